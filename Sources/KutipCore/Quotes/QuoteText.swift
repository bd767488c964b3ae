/// An article's tokens as the quotation layer reads them: each token's lower-cased text, its
/// sentence, and the entity it lies in. Built once per article in one pass over the tokens.
struct QuoteText {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Lower-cased text of each token (punctuation as its mark).
    let lower: [String]
    /// The token range of each sentence.
    let sentences: [Range<Int>]
    /// The sentence of each token.
    let sentenceOf: [Int32]
    /// The entity each token lies in (an index into `entities`), or -1.
    let entityOf: [Int32]
    let entities: [EntitySpan]
    /// The line (paragraph) of each token, counted from 0.
    let lineOf: [Int32]
    /// The `SpeechWords` lists each token's lower-cased text is in, looked up once.
    let classes: [WordClasses]
    /// Each token's lower-cased text's `WordClasses.hash`, for finding a word without comparing
    /// strings at every token.
    let hashes: [UInt64]
    /// Each token is a reporting verb (`SpeechWords.reportingVerbs`), looked up once.
    let isReporting: [Bool]
    /// Each token looks like a predicate: an affixed verb or a predicate word.
    let isPredicate: [Bool]

    init(scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>], entities: [EntitySpan]) {
        var words = LoweredWords()
        self.init(scalars: scalars, tokens: tokens, sentences: sentences, entities: entities, words: &words)
    }

    /// `words`: the words met before (in this article or earlier ones), taken from there instead
    /// of lower-cased again; this article's new short words are added.
    init(scalars: [Unicode.Scalar], tokens: [Token], sentences sentenceRanges: [Range<Int>], entities: [EntitySpan],
         words: inout LoweredWords) {
        self.scalars = scalars
        self.tokens = tokens
        self.entities = entities
        // Each token's lower-cased text, its lists and its verb tests, in one pass (the text's
        // hash for `WordClasses` taken while it is lower-cased).
        var lower: [String] = [], classes: [WordClasses] = [], isReporting: [Bool] = [], isPredicate: [Bool] = []
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        lower.reserveCapacity(tokens.count)
        classes.reserveCapacity(tokens.count)
        isReporting.reserveCapacity(tokens.count)
        isPredicate.reserveCapacity(tokens.count)
        let lookup = WordClasses.lookup
        scalars.withUnsafeBufferPointer { text in
            for token in tokens {
                let short = token.count <= LoweredWords.longest
                let packed = short ? QuoteText.packedLowered(text, token) : nil
                if let packed, let found = words.find(hash: packed.hash, bytes: packed.bytes, length: token.count) {
                    // (Each field read in place: a copy of the whole entry cost a retain and a release.)
                    lower.append(words.entries[found].word)
                    hashes.append(packed.hash)
                    let c = words.entries[found].classes
                    classes.append(c)
                    isReporting.append(c.contains(.reportingVerbs))
                    isPredicate.append(words.entries[found].isPredicate)
                    continue
                }
                let (word, hash, ascii) = QuoteText.loweredWithHash(text, token)
                let c = lookup.of(word, hash: hash)
                lower.append(word)
                hashes.append(hash)
                classes.append(c)
                isReporting.append(c.contains(.reportingVerbs))
                // An ASCII token's verb prefix is read on its code points (its bytes, lower-cased).
                let looksLikeVerb = ascii
                    ? token.count >= 5 && QuoteText.hasVerbPrefix(text, token.start) && !c.contains(.prefixLookalikes)
                    : SpeechWords.looksLikeVerb(word, classes: c)
                isPredicate.append(c.contains(.predicateWords) || looksLikeVerb)
                if let packed {
                    words.add(LoweredWords.Entry(word: word, classes: c, isPredicate: isPredicate[isPredicate.count - 1],
                                                 bytes: packed.bytes, length: token.count), hash: hash)
                }
            }
        }
        self.lower = lower
        self.hashes = hashes
        self.classes = classes
        self.isReporting = isReporting
        self.isPredicate = isPredicate

        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(sentenceRanges.count + 1)
        var t = 0
        for range in sentenceRanges {
            var first = t
            while t < tokens.count, tokens[t].start < range.upperBound {
                // `&nbsp;` written out after a sentence's final mark (web copy) ends the sentence.
                // (`&` tested on its code point first: a String comparison per token cost more.)
                if t > first, t + 2 < tokens.count, tokens[t].count == 1, scalars[tokens[t].start] == "&",
                   lower[t + 1] == "nbsp", lower[t + 2] == ";",
                   tokens[t - 1].kind == .punctuation, scalars[tokens[t - 1].start].isSentenceFinal
                    || scalars[tokens[t - 1].start] == "\"" || scalars[tokens[t - 1].start] == "”" {
                    for k in first..<t { sentenceOf[k] = Int32(sentences.count) }
                    sentences.append(first..<t)
                    first = t
                }
                t += 1
            }
            if t > first {
                for k in first..<t { sentenceOf[k] = Int32(sentences.count) }
                sentences.append(first..<t)
            }
        }
        if t < tokens.count {
            for k in t..<tokens.count { sentenceOf[k] = Int32(sentences.count) }
            sentences.append(t..<tokens.count)
        }
        self.sentences = sentences
        self.sentenceOf = sentenceOf

        var entityOf = [Int32](repeating: -1, count: tokens.count)
        var k = 0
        for (e, entity) in entities.enumerated() {
            while k < tokens.count, tokens[k].end <= entity.start { k += 1 }
            var j = k
            while j < tokens.count, tokens[j].start < entity.end { entityOf[j] = Int32(e); j += 1 }
        }
        self.entityOf = entityOf

        var lineOf = [Int32](repeating: 0, count: tokens.count)
        var line: Int32 = 0
        for i in 0..<tokens.count {
            lineOf[i] = line
            if i + 1 < tokens.count {
                var k = tokens[i].end
                while k < tokens[i + 1].start {
                    let v = scalars[k].value
                    if v == 0x0A || v == 0x0D || v == 0x2029 { line += 1; break }
                    k += 1
                }
            }
        }
        self.lineOf = lineOf
    }

    /// `SpeechWords.hasVerbPrefix` of an ASCII token of five code points or more that starts at
    /// `start`: its first code points, lower-cased, are `me`, `di`, `ber` or `ter`.
    @inline(__always)
    static func hasVerbPrefix(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int) -> Bool {
        func lowered(_ k: Int) -> UInt32 {
            let v = scalars[k].value
            return v >= 0x41 && v <= 0x5A ? v | 0x20 : v
        }
        let a = lowered(start), b = lowered(start + 1)
        if a == 0x6D, b == 0x65 { return true }  // me
        if a == 0x64, b == 0x69 { return true }  // di
        return (a == 0x62 || a == 0x74) && b == 0x65 && lowered(start + 2) == 0x72  // ber, ter
    }

    /// For an ASCII token of up to 16 code points: `WordClasses.hash` of its lower-cased text
    /// (what `loweredWithHash` gives) and its lower-cased bytes packed into two words, first byte
    /// lowest (`LoweredWords`); nil for a token that is not ASCII.
    @inline(__always)
    static func packedLowered(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ token: Token)
        -> (hash: UInt64, bytes: (UInt64, UInt64))? {
        var h = FeatureHash.seed
        var low: UInt64 = 0, high: UInt64 = 0
        // The first eight code points into `low`, the rest into `high`: two loops, no test of `k`.
        for k in 0..<min(token.count, 8) {
            let v = scalars[token.start + k].value
            guard v < 0x80 else { return nil }
            let b = UInt64(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
            h = (h ^ b) &* 0x100_0000_01b3
            low |= b << UInt64(8 * k)
        }
        for k in min(token.count, 8)..<token.count {
            let v = scalars[token.start + k].value
            guard v < 0x80 else { return nil }
            let b = UInt64(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
            h = (h ^ b) &* 0x100_0000_01b3
            high |= b << UInt64(8 * (k - 8))
        }
        return (FeatureHash.nonzero(h), (low, high))
    }

    /// `lowered` and `WordClasses.hash` of the result, the hash taken as an ASCII token is
    /// lower-cased; and whether the token is ASCII.
    static func loweredWithHash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ token: Token) -> (String, UInt64, Bool) {
        var ascii = true
        for k in token.start..<token.end where scalars[k].value >= 0x80 { ascii = false; break }
        if ascii {
            var h = FeatureHash.seed
            let word = String(unsafeUninitializedCapacity: token.count) { buffer in
                var n = 0
                for k in token.start..<token.end {
                    let v = UInt8(truncatingIfNeeded: scalars[k].value)
                    let b = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                    buffer[n] = b
                    h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                    n += 1
                }
                return n
            }
            return (word, FeatureHash.nonzero(h), true)
        }
        let word = String(scalars: Array(scalars[token.start..<token.end])[...]).lowercased()
        return (word, WordClasses.hash(word), false)
    }

    var count: Int { tokens.count }

    /// Token `i`'s lower-cased text is in the `SpeechWords` list `list`.
    @inline(__always)
    func has(_ i: Int, _ list: WordClasses) -> Bool { classes[i].contains(list) }

    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word }

    /// The token is one punctuation mark equal to `mark`.
    func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        tokens[i].kind == .punctuation && tokens[i].count == 1 && scalars[tokens[i].start] == mark
    }

    func isQuoteMark(_ i: Int) -> Bool {
        guard tokens[i].kind == .punctuation, tokens[i].count == 1 else { return false }
        switch scalars[tokens[i].start].value {
        case 0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0x201E, 0xAB, 0xBB: return true
        default: return false
        }
    }

    func isSentenceFinal(_ i: Int) -> Bool {
        tokens[i].kind == .punctuation && scalars[tokens[i].start].isSentenceFinal
    }

    func isCapitalised(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        // ASCII answered without a property look-up (A–Z are its only upper-case letters).
        let first = scalars[tokens[i].start]
        return first.value < 0x80 ? first.value >= 0x41 && first.value <= 0x5A : first.properties.isUppercase
    }

    func entity(_ i: Int) -> EntitySpan? {
        let e = entityOf[i]
        return e < 0 ? nil : entities[Int(e)]
    }

    func isPerson(_ i: Int) -> Bool { entity(i)?.type == .person }

    /// A line break lies between tokens `i` and `i + 1`.
    func lineBreakAfter(_ i: Int) -> Bool {
        i + 1 >= tokens.count || lineOf[i] != lineOf[i + 1]
    }

    /// The index of the first token whose start is at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The tokens' words joined with single spaces (glued words come apart: `AlexanderLukashenko`
    /// gives `Alexander Lukashenko`); punctuation joins without a space.
    func phrase(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            if !out.isEmpty, tokens[i].start > tokens[i - 1].end || tokens[i].splitFromGlue && tokens[i - 1].splitFromGlue
                && tokens[i].kind == .word && tokens[i - 1].kind == .word {
                out += " "
            }
            out += String(scalars: scalars[tokens[i].start..<tokens[i].end])
        }
        return out
    }

    /// The code-point span of a token range.
    func span(_ range: Range<Int>) -> Range<Int> { tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end }

}
