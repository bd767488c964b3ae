/// An entity over tokens: the token indices it covers and its type. The passes after the tagger
/// work on these; `EntitySpan` (code points) is made at the end.
struct TokenSpan: Hashable, Sendable {
    var tokens: Range<Int>
    var type: EntityType
}

/// What the passes after the tagger need to know of each token of one article, computed once:
/// hashes of its code points as written and lower-cased, its case, and where sentences start.
struct ArticleTokens {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// `FeatureHash.of` the token's code points as written.
    var cased: [UInt64]
    /// `FeatureHash.of` the token's code points lower-cased.
    var lower: [UInt64]
    /// The token starts with a capital letter (or is an all-capitals word).
    var capitalised: [Bool]
    /// The token is a word written in lower case only.
    var lowercaseWord: [Bool]
    /// The token is the first word of its sentence (after any opening quote or bracket).
    var sentenceInitial: [Bool]
    /// The token is in a line whose words are mostly capitalised and that does not end in a full
    /// stop (a headline).
    var inHeadline: [Bool]
    /// The lower-cased hashes of the words this article writes in lower case somewhere.
    private var lowercaseForms: HashIndex

    init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>]) {
        self.scalars = scalars
        self.tokens = tokens
        let n = tokens.count
        var cased = [UInt64](repeating: 0, count: n)
        var lower = [UInt64](repeating: 0, count: n)
        var capitalised = [Bool](repeating: false, count: n)
        var lowercaseWord = [Bool](repeating: false, count: n)
        sentenceInitial = [Bool](repeating: false, count: n)
        inHeadline = [Bool](repeating: false, count: n)
        // Room for every token of an article (most words are written in lower case: no
        // regrowth), but no more than 8,192: a long text has far fewer distinct words than
        // tokens, and a table sized by its tokens (8 MB for 1 MB of text) was written to the
        // memory at every insert instead of the cache.
        var lowercaseForms = HashIndex(capacity: min(n, 8192) + 16)
        // One pass over each token's code points: FNV-1a as written and lower-cased (the same
        // values as `FeatureHash.of`), and its case; written into local arrays through pointers.
        scalars.withUnsafeBufferPointer { text in
        tokens.withUnsafeBufferPointer { tokens in
        cased.withUnsafeMutableBufferPointer { cased in
        lower.withUnsafeMutableBufferPointer { lower in
        capitalised.withUnsafeMutableBufferPointer { capitalised in
        lowercaseWord.withUnsafeMutableBufferPointer { lowercaseWord in
            for i in 0..<tokens.count {
                let token = tokens[i]
                var h = FeatureHash.seed, l = FeatureHash.seed
                var upper = 0, lowerCount = 0
                for k in token.start..<token.end {
                    let s = text[k]
                    let v = s.value
                    h = (h ^ UInt64(v)) &* 0x100_0000_01b3
                    if v < 0x80 {
                        if v >= 0x41 && v <= 0x5A { upper += 1; l = (l ^ UInt64(v + 32)) &* 0x100_0000_01b3 }
                        else { if v >= 0x61 && v <= 0x7A { lowerCount += 1 }; l = (l ^ UInt64(v)) &* 0x100_0000_01b3 }
                    } else if s.properties.isUppercase {
                        upper += 1
                        for m in s.properties.lowercaseMapping.unicodeScalars { l = (l ^ UInt64(m.value)) &* 0x100_0000_01b3 }
                    } else {
                        if s.properties.isLowercase { lowerCount += 1 }
                        l = (l ^ UInt64(v)) &* 0x100_0000_01b3
                    }
                }
                cased[i] = h
                lower[i] = l
                let first = token.end > token.start && EntityFeatures.isUpper(text[token.start])
                capitalised[i] = token.kind == .word && (first || (upper > 0 && lowerCount == 0))
                lowercaseWord[i] = token.kind == .word && upper == 0 && lowerCount > 0
                // Most lower-case words come again: looked up first, inserted only when new (an
                // insert is a call and a write even for a key already there).
                if lowercaseWord[i], lowercaseForms.value(for: FeatureHash.nonzero(l)) == nil {
                    lowercaseForms.insert(FeatureHash.nonzero(l), 1)
                }
            }
        }
        }
        }
        }
        }
        }
        self.cased = cased
        self.lower = lower
        self.capitalised = capitalised
        self.lowercaseWord = lowercaseWord
        self.lowercaseForms = lowercaseForms
        // Sentence starts and headline lines, by the sentence groups the tagger uses.
        for group in EntityTagger.groups(tokens: tokens, sentences: sentences) {
            var t = group.lowerBound
            while t < group.upperBound && tokens[t].kind != .word && tokens[t].kind != .number { t += 1 }
            if t < group.upperBound { sentenceInitial[t] = true }
        }
        // Lines (by line breaks) in title case.
        var t = 0
        while t < n {
            var end = t + 1
            while end < n && !Self.lineBreak(between: tokens[end - 1], and: tokens[end], in: scalars) { end += 1 }
            var words = 0, caps = 0
            for k in t..<end where tokens[k].kind == .word && (capitalised[k] || lowercaseWord[k]) {
                words += 1
                if capitalised[k] { caps += 1 }
            }
            // A headline does not end in a full stop (a sentence in running text does).
            let endsSentence = tokens[end - 1].kind == .punctuation && scalars[tokens[end - 1].start] == "."
            if words >= 3 && caps * 10 >= words * 7 && !endsSentence { for k in t..<end { inHeadline[k] = true } }
            t = end
        }
    }

    static func lineBreak(between a: Token, and b: Token, in scalars: [Unicode.Scalar]) -> Bool {
        for k in a.end..<b.start where scalars[k] == "\n" || scalars[k] == "\r" || scalars[k] == "\u{2029}" { return true }
        return false
    }

    var count: Int { tokens.count }

    /// Whether the article also writes token `i`'s word in lower case (so it is a common word).
    func writtenInLowercase(_ i: Int) -> Bool { lowercaseForms.value(for: FeatureHash.nonzero(lower[i])) != nil }

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(String.UnicodeScalarView(scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end]))
    }

    /// Whether token `i` is the single punctuation mark `mark`.
    func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].count == 1 && scalars[tokens[i].start] == mark
    }

    /// Whether two tokens touch (no white space between them).
    func touching(_ i: Int, _ j: Int) -> Bool { tokens[i].end == tokens[j].start }
}

extension FeatureHash {
    /// The hash of a lower-case ASCII or Unicode word, as `ArticleTokens.lower` computes it.
    static func lowercased(_ text: String) -> UInt64 { of(Array(text.lowercased().unicodeScalars)[...]) }
}
