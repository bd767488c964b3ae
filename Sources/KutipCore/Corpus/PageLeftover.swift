#if canImport(Glibc)
import Glibc
#endif

/// Lines that a scraper carried over from the web page around an article: ads, bylines,
/// subscription blurbs, "Baca juga" links, photo captions, share counters, section labels.
/// The reader dims them and the title finder skips them.
public enum PageLeftover {
    /// What kind of leftover a line is, or nil when it reads as article text.
    public enum Kind: String, Sendable { case advert, byline, subscription, readAlso, caption, counter, label, outletName }

    /// Runs on every line of every article, so it works on the line's UTF-8 bytes with ASCII
    /// case folding (all the cue words are ASCII) rather than on Characters, which cost a
    /// grapheme break each.
    public static func kind(of rawLine: String) -> Kind? {
        let line = rawLine.trimmingWhitespace()
        if line.isEmpty { return nil }
        return kind(LineProbe(line), line: { line })
    }

    /// `kind(of: String(scalars: line))` for a line of an article's code points, without making
    /// the String unless the line is short enough to need it (three words or fewer).
    static func kind(ofLine line: ArraySlice<Unicode.Scalar>) -> Kind? {
        // Trimmed as `trimmingWhitespace` trims (the same `isSpaceLike` test).
        var start = line.startIndex, end = line.endIndex
        while start < end, line[start].isSpaceLike { start += 1 }
        if start == end { return nil }
        while line[end - 1].isSpaceLike { end -= 1 }
        let trimmed = line[start..<end]
        return kind(LineProbe(trimmed), line: { String(scalars: trimmed) })
    }

    /// The lines of a text that are leftovers (`kind(ofLine:)` of each line of `TextLines`), found
    /// on the text's own UTF-8 (`utf8`, the bytes `scalars` decode from): the lines are split and
    /// the text is ASCII-folded once for the whole article, and each line's probe is a slice of
    /// those bytes, where `kind(ofLine:)` encodes and folds every line into two new arrays.
    static func lines(in scalars: [Unicode.Scalar], utf8 raw: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let bytes = Array(raw)
        let folded = [UInt8](unsafeUninitializedCapacity: raw.count) { out, count in
            for i in 0..<raw.count {
                let b = raw[i]
                out[i] = b &- 0x41 < 26 ? b | 0x20 : b  // A-Z to a-z, the rest as is
            }
            count = raw.count
        }
        var result: [Range<Int>] = []
        @inline(__always) func length(_ scalar: Unicode.Scalar) -> Int {
            let v = scalar.value
            return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        // A line: code points `start..<end`, bytes from `byteStart` (trimmed as `kind(ofLine:)` trims).
        func line(_ range: Range<Int>, byteStart: Int, byteEnd: Int) {
            var start = range.lowerBound, end = range.upperBound, from = byteStart, to = byteEnd
            while start < end, scalars[start].isSpaceLike { from += length(scalars[start]); start += 1 }
            if start == end { return }
            while scalars[end - 1].isSpaceLike { end -= 1; to -= length(scalars[end]) }
            let probe = LineProbe(raw: bytes[from..<to], folded: folded[from..<to])
            if kind(probe, line: { String(scalars: scalars[start..<end]) }) != nil { result.append(range) }
        }
        // The line breaks of `TextLines` (`\n`, `\r\n`, a lone `\r`), found on the bytes; a code
        // point is counted at each byte that does not continue one (10xxxxxx).
        let n = raw.count
        var b = 0, s = 0, lineByte = 0, lineScalar = 0
        while b < n {
            // Eight bytes at a time while none is a control character (no byte below 0x0E: the
            // SWAR "has a byte less than" test), counting their code points by the bytes that
            // are not continuation bytes (top bits 10), as `scalarArray` counts them.
            if b + 8 <= n {
                let w = UnsafeRawPointer(raw.baseAddress!).loadUnaligned(fromByteOffset: b, as: UInt64.self)
                let highs: UInt64 = 0x8080_8080_8080_8080
                if (w &- 0x0E0E_0E0E_0E0E_0E0E) & ~w & highs == 0 {
                    s += 8 - (w & ~(w << 1) & highs).nonzeroBitCount
                    b += 8
                    continue
                }
            }
            let c = raw[b]
            if c <= 0x0D, c == 0x0A || c == 0x0D {
                line(lineScalar..<s, byteStart: lineByte, byteEnd: b)
                if c == 0x0D, b + 1 < n, raw[b + 1] == 0x0A { b += 1; s += 1 }
                b += 1; s += 1
                lineByte = b; lineScalar = s
            } else {
                if c & 0xC0 != 0x80 { s += 1 }
                b += 1
            }
        }
        if lineScalar < s { line(lineScalar..<s, byteStart: lineByte, byteEnd: n) }
        return result
    }

    private static func kind(_ probe: LineProbe, line makeLine: () -> String) -> Kind? {

        if probe.starts(with: "baca juga") || probe.starts(with: "lihat juga") || probe.starts(with: "simak juga")
            || probe.starts(with: "artikel terkait") { return .readAlso }
        // Words counted once, no further than the tests below ask (`<= 25`, `<= 12`, `<= 3`): a
        // long paragraph is not read to its end, and a line of more than 12 words needs no
        // search for the ad cue.
        let words = probe.wordCount(upTo: 26)
        // An ad cue inside a long line is text the scraper ran into one line with the ad
        // (`… ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT “Ancaman …` over a whole article): that
        // line is the article, not a leftover.
        if words <= 12 && probe.contains("scroll to continue") || probe.equals("advertisement")
            || probe.equals("iklan") || probe.starts(with: "advertisement ") && words <= 12
            || probe.equals("sponsored") { return .advert }
        for marker in bylineMarkers where probe.starts(with: marker) { return .byline }
        if probe.starts(with: "(kisah ini") || probe.starts(with: "(artikel ini") { return .byline }
        if probe.containsExactly("Foto/") || probe.starts(with: "foto:") || probe.starts(with: "(foto")
            || probe.ends(with: "/istimewa") || probe.ends(with: "(istimewa)") { return .caption }
        if words <= 25, subscriptionNeedles.contains(where: { probe.contains($0) }) { return .subscription }
        guard words <= 3 else { return nil }
        let line = makeLine()
        if NewsOutlets.canonicalName(for: line) != nil { return .outletName }
        if isCounterOrAdCode(line, probe: probe, words: words) { return .counter }
        if line == line.uppercased(), line.unicodeScalars.contains(where: { $0.properties.isUppercase }),
           line.unicodeScalars.count >= 4, !line.hasSuffix(".") { return .label }
        return nil
    }

    private static let bylineMarkers: [StaticString] = [
        "oleh:", "oleh ", "penulis:", "penulis :", "reporter:", "reporter :", "editor:", "editor :",
        "pewarta:", "pewarta :", "sumber:", "laporan wartawan", "by ", "written by", "kontributor:",
        "copyright", "©", "hak cipta",
    ]

    private static let subscriptionCues = [
        "mendaftarlah", "daftar sekarang", "berlangganan", "langganan", "newsletter", "subscribe",
        "kotak masuk", "email harian", "email gratis", "sign up", "unduh aplikasi", "download aplikasi",
        "ikuti kami", "follow us", "klik di sini", "google news", "dapatkan email",
    ]

    private static let counterWords: [StaticString] = ["bagikan", "share", "tweet", "komentar", "comments"]

    /// `subscriptionCues` as bytes, made once.
    private static let subscriptionNeedles = subscriptionCues.map { Array($0.utf8) }

    /// Ad codes and counters: one or two short "words" that are not prose: `keren989`, `- 0`,
    /// `in`, `12 Komentar`, `Bagikan`.
    private static func isCounterOrAdCode(_ line: String, probe: LineProbe, words: Int) -> Bool {
        if words > 2 { return false }
        if counterWords.contains(where: { probe.ends(with: $0) || probe.starts(with: $0) }) {
            return true
        }
        var letters = 0, digits = 0, count = 0
        for scalar in line.unicodeScalars {
            count += 1
            if scalar.properties.isAlphabetic { letters += 1 } else if scalar.properties.numericType != nil { digits += 1 }
        }
        if letters == 0 { return true }
        if words == 1, digits > 0 { return true }
        return count <= 3
    }
}

/// A line's UTF-8 bytes with ASCII letters lower-cased, for fast cue-word tests: slices of the
/// line's own arrays, or of a whole article's (`PageLeftover.lines(in:utf8:)`).
struct LineProbe {
    let folded: ArraySlice<UInt8>
    let raw: ArraySlice<UInt8>

    init(raw: ArraySlice<UInt8>, folded: ArraySlice<UInt8>) {
        self.raw = raw
        self.folded = folded
    }

    init(_ line: ArraySlice<Unicode.Scalar>) {
        // The line's UTF-8 bytes, encoded from its code points, and their ASCII-folded copy.
        var folded: [UInt8] = []
        let raw = [UInt8](unsafeUninitializedCapacity: line.count * 4) { bytes, count in
            var n = 0
            for scalar in line { n = scalar.writeUTF8(into: bytes, at: n) }
            count = n
            folded = [UInt8](unsafeUninitializedCapacity: n) { out, foldedCount in
                for i in 0..<n {
                    let b = bytes[i]
                    out[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                }
                foldedCount = n
            }
        }
        self.raw = raw[...]
        self.folded = folded[...]
    }

    init(_ line: String) { self.init(raw: Array(line.utf8)) }

    private init(raw: [UInt8]) {
        self.raw = raw[...]
        folded = [UInt8](unsafeUninitializedCapacity: raw.count) { buffer, count in
            raw.withUnsafeBufferPointer { raw in
                for i in 0..<raw.count {
                    let b = raw[i]
                    buffer[i] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                }
            }
            count = raw.count
        }[...]
    }

    var wordCount: Int { wordCount(upTo: .max) }

    /// The number of words, counted no further than `limit` (a long paragraph is not read to its end).
    func wordCount(upTo limit: Int) -> Int {
        raw.withUnsafeBufferPointer { raw in
            var count = 0, inWord = false
            for byte in raw {
                let space = byte == 0x20 || byte == 0x09
                if !space && !inWord {
                    count += 1
                    if count >= limit { return count }
                }
                inWord = !space
            }
            return count
        }
    }

    // The cues are StaticStrings: their bytes are read in place, with nothing made per call
    // (this runs for some thirty cues on every line of every article). `withUTF8Buffer`, not
    // `utf8Start`: a one-character cue such as "©" is stored as a code point, not as bytes.

    func starts(with cue: StaticString) -> Bool {
        cue.withUTF8Buffer { c in
            guard c.count <= folded.count else { return false }
            return folded.withUnsafeBytes { memcmp($0.baseAddress!, c.baseAddress!, c.count) == 0 }
        }
    }

    func ends(with cue: StaticString) -> Bool {
        cue.withUTF8Buffer { c in
            guard c.count <= folded.count else { return false }
            return folded.withUnsafeBytes { memcmp($0.baseAddress! + (folded.count - c.count), c.baseAddress!, c.count) == 0 }
        }
    }

    func equals(_ cue: StaticString) -> Bool { cue.utf8CodeUnitCount == folded.count && starts(with: cue) }
    func contains(_ cue: StaticString) -> Bool { cue.withUTF8Buffer { Self.find(UnsafeRawBufferPointer($0), in: folded) } }
    func contains(_ needle: [UInt8]) -> Bool { needle.withUnsafeBytes { Self.find($0, in: folded) } }
    func containsExactly(_ text: StaticString) -> Bool { text.withUTF8Buffer { Self.find(UnsafeRawBufferPointer($0), in: raw) } }

    /// Whether `needle` occurs in `haystack`. This runs over every line of every article, so it
    /// jumps from one occurrence of the needle's first byte to the next with `memchr` (which reads
    /// many bytes at a time) and compares only there. (glibc's `memmem` is a GNU extension that
    /// Swift's Glibc module does not export.)
    private static func find(_ n: UnsafeRawBufferPointer, in haystack: ArraySlice<UInt8>) -> Bool {
        guard !n.isEmpty, n.count <= haystack.count else { return n.isEmpty }
        return haystack.withUnsafeBytes { h in
            guard let hay = h.baseAddress, let first = n.first else { return false }
            var at = 0
            let last = h.count - n.count
            while at <= last {
                guard let hit = memchr(hay + at, Int32(first), last - at + 1) else { return false }
                let offset = hay.distance(to: UnsafeRawPointer(hit))
                if memcmp(hay + offset, n.baseAddress!, n.count) == 0 { return true }
                at = offset + 1
            }
            return false
        }
    }
}
