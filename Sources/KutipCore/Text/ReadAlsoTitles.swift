/// A "read also" link whose headline runs into the next sentence on the same line, as news sites'
/// text comes out of a scraper: `… Sabtu (31/5/2025). Baca juga:Mencegah Aturan Antidiskriminasi
/// Tenaga Kerja Tak Sekadar Lip Service Iqbal menilai, aturan …`. On its own line such a link is a
/// page leftover (`PageLeftover`); run in, nothing marks where the headline ends, and the
/// headline's words would open the next sentence (`Lip Service Iqbal menilai` makes a speaker of
/// `Kerja Tak Sekadar Lip Service Iqbal`).
///
/// The headline is in title case: capitalised words, numbers, the small words titles keep in
/// lower case (`di`, `ke`, `dan`, `yang`…) and punctuation. It ends before the sentence that
/// follows, which opens with a capitalised word followed by an ordinary lower-case word
/// (`Iqbal menilai`, `Dia menyarankan`, `Juru bicara Newsom`), or with a word that opens a
/// sentence or clause a little earlier (`Menurut Trump, dalam …`).
enum ReadAlsoTitles {
    /// Whether the token is `word` (lower-case ASCII) in any case: the cue's words are `Baca
    /// juga`, `Simak juga`, `Lihat juga`, `Baca pula`.
    static func spells(_ token: Token, _ word: StaticString, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { bytes in
            for (k, byte) in bytes.enumerated() {
                let v = scalars[token.start + k].value
                guard v < 0x80, UInt8(v) | 0x20 == byte else { return false }
            }
            return true
        }
    }

    /// Lower-case words that title case keeps small (Indonesian and English).
    static let smallWords: Set<String> = [
        "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "soal", "vs", "hingga", "usai", "bagi",
        "oleh", "jelang", "demi", "agar", "sebagai", "tentang", "terhadap", "dalam", "per", "ini", "itu", "akan",
        "the", "of", "in", "and", "a", "an", "to", "for", "on", "at", "by", "is",
    ]

    /// Words that open a sentence or clause after a headline (`Menurut Trump , …`, `Sementara
    /// itu`), capitalised there.
    static let openers: Set<String> = [
        "menurut", "dia", "ia", "mereka", "kami", "kita", "saya", "namun", "sementara", "sedangkan", "adapun",
        "selain", "sebelumnya", "kemudian", "bahkan", "padahal", "meski", "meskipun", "karena", "sebab", "jika",
        "apabila", "setelah", "sebelum", "saat", "ketika", "dalam", "di", "pada", "hal", "kata", "ujar",
    ]

    /// The headline may run this many tokens at most.
    static let longest = 40

    /// The run-in links of the text, in order, as token ranges from the cue (`Baca`) to the
    /// headline's last token; the next sentence starts at a range's upper bound.
    static func links(in scalars: [Unicode.Scalar], tokens: [Token]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = 0
        while i + 2 < tokens.count {
            defer { i += 1 }
            let cue = tokens[i]
            // Compared on the code points, ASCII case folded: this runs at every token, and
            // lower-casing each candidate into a String cost more than the rest of the pass.
            guard cue.kind == .word, cue.count == 4 || cue.count == 5, tokens[i + 1].kind == .word,
                  spells(cue, "baca", scalars) || spells(cue, "simak", scalars) || spells(cue, "lihat", scalars),
                  spells(tokens[i + 1], "juga", scalars) || spells(tokens[i + 1], "pula", scalars) else { continue }
            var t = i + 2
            if scalars[tokens[t].start] == ":" { t += 1 }
            let headlineStart = t
            // The first ordinary lower-case word after the headline, on the same line.
            var stop: Int?
            while t < tokens.count, t - headlineStart <= longest {
                if SentenceSplitter.hasLineBreak(scalars, tokens[t - 1].end, tokens[t].start) { break }
                let token = tokens[t]
                if token.kind == .word, scalars[token.start].letterCase == .lower,
                   !smallWords.contains(token.loweredText(in: scalars)) {
                    stop = t
                    break
                }
                t += 1
            }
            guard let stop, stop > headlineStart else { continue }
            // The next sentence's first word: an opener among the few tokens before `stop`, else
            // the capitalised word right before it.
            var start: Int?
            var k = stop - 1
            while k > headlineStart, stop - k <= 4 {
                let token = tokens[k]
                if token.kind == .word, scalars[token.start].letterCase == .upper,
                   openers.contains(token.loweredText(in: scalars)) { start = k }
                guard token.kind == .word || token.kind == .punctuation && scalars[token.start] == "," else { break }
                k -= 1
            }
            if start == nil, tokens[stop - 1].kind == .word, scalars[tokens[stop - 1].start].letterCase == .upper {
                start = stop - 1
            }
            // At least two of the headline's tokens before the sentence.
            guard let start, start - headlineStart >= 2 else { continue }
            found.append(i..<start)
            i = start - 1
        }
        return found
    }
}
