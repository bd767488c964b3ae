import Foundation

/// The BIO (IOB2) tags the entity tagger predicts. `I-X` may only follow `B-X` or `I-X`.
enum EntityTagSet {
    static let names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
    static let count = 7
    /// The row of the transition matrix that stands for "before the first token".
    static let start = 7
    static let types: [EntityType?] = [nil, .person, .person, .location, .location, .organisation, .organisation]

    static func index(of name: String) -> Int {
        switch name {
        case "B-PER": 1
        case "I-PER": 2
        case "B-LOC": 3
        case "I-LOC": 4
        case "B-ORG": 5
        case "I-ORG": 6
        default: 0
        }
    }

    static func isInside(_ tag: Int) -> Bool { tag != 0 && tag % 2 == 0 }

    /// Whether `tag` may follow `previous` (`start` for the first token).
    @inline(__always)
    static func allowed(_ previous: Int, _ tag: Int) -> Bool {
        guard isInside(tag) else { return true }
        return previous == tag || previous == tag - 1
    }
}

/// Feature hashing over code points and small integers, without building strings: stable across
/// runs and platforms, so that the weights file can key features by hash.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ h: UInt64, _ x: UInt64) -> UInt64 {
        var v = (h ^ x) &* 0x9E37_79B9_7F4A_7C15
        v ^= v >> 29
        return v
    }

    /// FNV-1a over code points.
    @inline(__always)
    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h = seed
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x100_0000_01b3 }
        return h
    }

    static func of(_ text: String) -> UInt64 { of(Array(text.unicodeScalars)[...]) }

    @inline(__always) static func of(_ template: UInt64) -> UInt64 { nonzero(mix(seed, template)) }
    @inline(__always) static func of(_ template: UInt64, _ a: UInt64) -> UInt64 { nonzero(mix(mix(seed, template), a)) }
    @inline(__always) static func of(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonzero(mix(mix(mix(seed, template), a), b))
    }
    @inline(__always) static func of(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        nonzero(mix(mix(mix(mix(seed, template), a), b), c))
    }

    /// 0 marks an empty slot in `FeatureTable`.
    @inline(__always) static func nonzero(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }
}

/// An open-addressing table from feature hash to its 7 tag weights, stored inline beside the key
/// (linear probing; key 0 is "empty"), so that a lookup while tagging touches one cache line
/// instead of three (`Dictionary` bucket, row, weights).
struct FeatureTable: Sendable {
    struct Entry: Sendable {
        var key: UInt64
        var w: (Float, Float, Float, Float, Float, Float, Float)
    }

    private var entries: [Entry]
    private let mask: Int

    init(keys: [UInt64], weights: [Float]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        entries = [Entry](repeating: Entry(key: 0, w: (0, 0, 0, 0, 0, 0, 0)), count: capacity)
        mask = capacity - 1
        for (row, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while entries[slot].key != 0 { slot = (slot + 1) & mask }
            let b = Int(row) * 7
            entries[slot] = Entry(key: key, w: (weights[b], weights[b + 1], weights[b + 2], weights[b + 3],
                                                weights[b + 4], weights[b + 5], weights[b + 6]))
        }
    }

    /// Runs `body` with the slots and the index mask (for look-ups outside this file).
    @inline(__always)
    func withUnsafeEntries(_ body: (UnsafeBufferPointer<Entry>, Int) -> Void) {
        entries.withUnsafeBufferPointer { body($0, mask) }
    }

    /// Adds the key's weights to `out[at..<at+7]`, if the key is known.
    @inline(__always)
    func add(_ key: UInt64, to out: UnsafeMutableBufferPointer<Float>, at: Int) {
        entries.withUnsafeBufferPointer { entries in
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let k = entries[slot].key
                if k == key {
                    let w = entries[slot].w
                    out[at] += w.0; out[at + 1] += w.1; out[at + 2] += w.2; out[at + 3] += w.3
                    out[at + 4] += w.4; out[at + 5] += w.5; out[at + 6] += w.6
                    return
                }
                if k == 0 { return }
                slot = (slot + 1) & mask
            }
        }
    }
}

/// Feature extraction for the entity tagger: one list of hashed features per token of a sentence.
///
/// Templates: bias; the lower-cased word and the word as written; its shape (`Xxxx` collapsed to
/// `Xx`, `XX`→`X`, `dd`→`d`) and shape class (capitalised, all caps, lower, digits, mixed); prefixes
/// and suffixes of 1–4 code points (lower-cased); capitalised, all caps, has a digit, has a hyphen,
/// has a bracket; sentence-initial (with the capitalisation); the words and shapes two either side;
/// word bigrams with the neighbours; whether the previous word (or the one before, or the next) is
/// a title, place, speech or organisation cue (`presiden`, `menteri`, `kota`, `kata`, `di`…) and
/// which kind; whether the word is in the lexicon of common words (with the capitalisation, and for
/// the neighbours); the previous and next word with this word's shape class; whether the sentence is
/// in title case (a headline); the classes (shape class and whether a common word) of the word and
/// its two neighbours together.
struct EntityFeatures {
    let lexicon: Lexicon

    /// Cue words (by the hash of their lower-cased form) and their kind: 1 titles before people,
    /// 2 speech verbs, 3 words before places, 4 words before organisations.
    static let cues: [UInt64: UInt64] = {
        var cues: [UInt64: UInt64] = [:]
        func add(_ words: [String], _ kind: UInt64) {
            for word in words where cues[FeatureHash.of(word)] == nil { cues[FeatureHash.of(word)] = kind }
        }
        add(["presiden", "wapres", "wakil", "menteri", "menko", "gubernur", "wagub", "bupati", "walikota", "wali",
             "ketua", "ketum", "sekjen", "direktur", "dirut", "kepala", "kapolri", "kapolda", "kapolres", "jenderal",
             "jaksa", "hakim", "pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "dr", "dr.", "prof", "prof.", "h.",
             "haji", "kh", "ustaz", "raja", "ratu", "pangeran", "perdana", "senator", "anggota", "tersangka",
             "terdakwa", "saksi", "mantan", "calon", "capres", "cawapres", "juru", "bicara", "jubir", "pelatih",
             "kapten", "kolonel", "mayor", "letnan", "brigjen", "irjen", "komjen", "kombes", "akbp", "sang", "oleh",
             "istri", "suami", "anak", "putra", "putri", "adik", "kakak", "rekan", "bersama", "dengan", "dan"], 1)
        add(["kata", "ujar", "ucap", "tutur", "jelas", "ungkap", "menurut", "imbuh", "tegas", "sebut", "terang"], 2)
        add(["kota", "provinsi", "kabupaten", "kecamatan", "desa", "kelurahan", "pulau", "negara", "negeri",
             "di", "ke", "dari", "wilayah", "daerah", "kawasan", "jalan", "jl", "jl.", "gunung", "sungai", "selat",
             "teluk", "laut", "benua", "ibukota"], 3)
        add(["partai", "kementerian", "kementrian", "komisi", "badan", "lembaga", "dewan", "majelis", "mahkamah",
             "pengadilan", "universitas", "bank", "pt", "pt.", "perusahaan", "organisasi", "fraksi", "kantor",
             "kejaksaan", "kepolisian", "polda", "polres", "dpr", "dprd", "klub", "tim"], 4)
        return cues
    }()

    static let before: UInt64 = 0x5EED_0001
    static let after: UInt64 = 0x5EED_0002
    static let openers: WordHashes = WordHashes(["\"", "“", "'", "(", "-", "‘", "«"].map { FeatureHash.of($0) })

    /// Where a training sentence comes from. The bias and word features are given twice, once shared and once
    /// specific to its domain (Daumé's "frustratingly easy" domain adaptation), so that the
    /// encyclopaedic NERGrit can teach what names look like without imposing its conventions (it
    /// marks every country as a place; idner-news-2k leaves `pemerintah Indonesia` unmarked).
    /// Tagging always uses the news copies.
    enum Domain: UInt8 { case news = 1, encyclopaedia = 2 }

    /// How many of the first features (bias, the word lower-cased and as written) get domain copies.
    static let domainSpecific = 3

    /// What the templates need to know of one word, as hashes and flags.
    struct Word {
        var lower: UInt64 = 0
        var cased: UInt64 = 0
        var shape: UInt64 = 0
        /// 0 punctuation, 1 digits, 2 `X`, 3 `XX`, 4 `xxxx`, 5 `Xxxx`, 6 mixed.
        var shapeClass: UInt64 = 0
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var length = 0
        var capitalised = false
        var allCaps = false
        var hasDigit = false
        var hasHyphen = false
        var hasBracket = false
        var known = false
        var letters: Bool { shapeClass >= 2 }
    }

    func describe(_ word: ArraySlice<Unicode.Scalar>) -> Word {
        var w = Word()
        var lower: [Unicode.Scalar] = []
        lower.reserveCapacity(word.count)
        var shape = FeatureHash.seed
        var last: UInt32 = 0
        var upper = 0, lowerCount = 0, digits = 0
        for s in word {
            let v = s.value
            let c: UInt32
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { c = 88; upper += 1; lower.append(Unicode.Scalar(v + 32)!) }
                else if v >= 0x61 && v <= 0x7A { c = 120; lowerCount += 1; lower.append(s) }
                else if v >= 0x30 && v <= 0x39 { c = 100; digits += 1; lower.append(s) }
                else {
                    c = v
                    if v == 0x2D { w.hasHyphen = true }
                    if v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D { w.hasBracket = true }
                    lower.append(s)
                }
            } else if s.properties.isUppercase {
                c = 88; upper += 1; lower.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
            } else if s.properties.isLowercase {
                c = 120; lowerCount += 1; lower.append(s)
            } else if s.properties.numericType != nil {
                c = 100; digits += 1; lower.append(s)
            } else {
                c = v; lower.append(s)
            }
            if c != last { shape = (shape ^ UInt64(c)) &* 0x100_0000_01b3; last = c }
        }
        w.shape = shape
        w.lower = FeatureHash.of(lower[...])
        w.cased = FeatureHash.of(word)
        w.length = lower.count
        let n = lower.count
        w.prefixes = (n >= 1 ? FeatureHash.of(lower[0..<1]) : 0, n >= 2 ? FeatureHash.of(lower[0..<2]) : 0,
                      n >= 3 ? FeatureHash.of(lower[0..<3]) : 0, n >= 4 ? FeatureHash.of(lower[0..<4]) : 0)
        w.suffixes = (n >= 1 ? FeatureHash.of(lower[(n - 1)...]) : 0, n >= 2 ? FeatureHash.of(lower[(n - 2)...]) : 0,
                      n >= 3 ? FeatureHash.of(lower[(n - 3)...]) : 0, n >= 4 ? FeatureHash.of(lower[(n - 4)...]) : 0)
        let first = word.first
        w.capitalised = first.map(Self.isUpper) ?? false
            || (word.count > 1 && (first == "(" || first == "\"") && Self.isUpper(word[word.startIndex + 1]))
        w.allCaps = upper > 0 && lowerCount == 0
        w.hasDigit = digits > 0
        if upper == 0 && lowerCount == 0 { w.shapeClass = digits > 0 ? 1 : 0 }
        else if w.allCaps { w.shapeClass = upper == 1 ? 2 : 3 }
        else if upper == 0 { w.shapeClass = 4 }
        else if w.capitalised && upper == 1 { w.shapeClass = 5 }
        else { w.shapeClass = 6 }
        w.known = !word.isEmpty && lexicon.contains(lower, in: 0..<lower.count)
        return w
    }

    /// A word's shape class with whether it is a common word (`Word.known`), for the window of
    /// three classes (feature 65); `edge` stands for the start (9) or end (10) of the sentence.
    @inline(__always)
    static func wordClass(_ w: Word?, edge: UInt64) -> UInt64 {
        guard let w else { return edge }
        return (w.known ? 1 : 0) << 4 | w.shapeClass
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 0x41 && s.value <= 0x5A) : s.properties.isUppercase
    }

    /// `properties.isLowercase`, answered for ASCII without the property look-up (a-z are its
    /// only lower-case letters).
    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value >= 0x61 && s.value <= 0x7A) : s.properties.isLowercase
    }

    /// The hashed features of every word of one sentence (given as `String`s).
    func features(of words: [String], domain: Domain = .news) -> [[UInt64]] {
        features(ofScalars: words.map { Array($0.unicodeScalars)[...] }, domain: domain)
    }

    /// The hashed features of every word of one sentence: shared, then the domain's copies of the first few.
    func features(ofScalars words: [ArraySlice<Unicode.Scalar>], domain: Domain = .news) -> [[UInt64]] {
        var result = [[UInt64]](repeating: [], count: words.count)
        forEachFeature(ofScalars: words, domain: domain) { i, hash in result[i].append(hash) }
        return result
    }

    /// Calls `body` with (word index, feature hash) for every feature of every word, in order.
    @inline(__always)
    func forEachFeature(ofScalars words: [ArraySlice<Unicode.Scalar>], domain: Domain = .news,
                        _ body: (Int, UInt64) -> Void) {
        let salt = UInt64(domain.rawValue) &* 0x9E37_79B9_7F4A_7C15
        let described = words.map(describe)
        let n = described.count
        @inline(__always) func lower(_ i: Int) -> UInt64 { i < 0 ? Self.before : i >= n ? Self.after : described[i].lower }
        @inline(__always) func shape(_ i: Int) -> UInt64 { i < 0 ? Self.before : i >= n ? Self.after : described[i].shape }
        @inline(__always) func b(_ x: Bool) -> UInt64 { x ? 1 : 0 }
        // A headline or a line in title case: most of its words are capitalised.
        var lettered = 0, capitalised = 0
        for w in described where w.letters { lettered += 1; if w.capitalised { capitalised += 1 } }
        let headline = lettered >= 3 && capitalised * 10 >= lettered * 7
        let initialAt = n > 1 && Self.openers.contains(described[0].lower) ? 1 : 0
        for i in 0..<n {
            let w = described[i]
            @inline(__always) func emit(_ hash: UInt64) { body(i, hash) }
            // The first `domainSpecific` (3) features, with their domain copies.
            let shared = (FeatureHash.of(0), FeatureHash.of(1, w.lower), FeatureHash.of(11, w.cased))
            emit(shared.0); emit(shared.1); emit(shared.2)
            emit(FeatureHash.nonzero(FeatureHash.mix(shared.0, salt)))
            emit(FeatureHash.nonzero(FeatureHash.mix(shared.1, salt)))
            emit(FeatureHash.nonzero(FeatureHash.mix(shared.2, salt)))
            emit(FeatureHash.of(2, w.shape))
            emit(FeatureHash.of(3, w.shapeClass))
            let p = w.prefixes, s = w.suffixes
            if w.length >= 1 { emit(FeatureHash.of(4, 0, p.0)); emit(FeatureHash.of(5, 0, s.0)) }
            if w.length >= 2 { emit(FeatureHash.of(4, 1, p.1)); emit(FeatureHash.of(5, 1, s.1)) }
            if w.length >= 3 { emit(FeatureHash.of(4, 2, p.2)); emit(FeatureHash.of(5, 2, s.2)) }
            if w.length >= 4 { emit(FeatureHash.of(4, 3, p.3)); emit(FeatureHash.of(5, 3, s.3)) }
            let initial = i <= initialAt
            emit(FeatureHash.of(6, b(w.capitalised), b(w.allCaps), b(initial)))
            if w.hasDigit { emit(FeatureHash.of(7)) }
            if w.hasHyphen { emit(FeatureHash.of(8)) }
            if w.hasBracket { emit(FeatureHash.of(9)) }
            emit(FeatureHash.of(10, b(w.known), b(w.capitalised), b(initial)))
            emit(FeatureHash.of(20, lower(i - 2))); emit(FeatureHash.of(30, shape(i - 2)))
            emit(FeatureHash.of(21, lower(i - 1))); emit(FeatureHash.of(31, shape(i - 1)))
            emit(FeatureHash.of(23, lower(i + 1))); emit(FeatureHash.of(33, shape(i + 1)))
            emit(FeatureHash.of(24, lower(i + 2))); emit(FeatureHash.of(34, shape(i + 2)))
            emit(FeatureHash.of(40, lower(i - 1), w.lower))
            emit(FeatureHash.of(41, w.lower, lower(i + 1)))
            emit(FeatureHash.of(42, shape(i - 1), w.shape, shape(i + 1)))
            emit(FeatureHash.of(48, lower(i - 1), w.shapeClass))
            emit(FeatureHash.of(49, w.shapeClass, lower(i + 1)))
            if headline { emit(FeatureHash.of(50, b(w.capitalised))) }
            if i > 0, let cue = Self.cues[described[i - 1].lower] { emit(FeatureHash.of(43, cue, b(w.capitalised))) }
            if i > 1, let cue = Self.cues[described[i - 2].lower] { emit(FeatureHash.of(44, cue, b(w.capitalised))) }
            if i + 1 < n, let cue = Self.cues[described[i + 1].lower] { emit(FeatureHash.of(45, cue)) }
            emit(FeatureHash.of(65, Self.wordClass(i > 0 ? described[i - 1] : nil, edge: 9), Self.wordClass(w, edge: 0),
                                Self.wordClass(i + 1 < n ? described[i + 1] : nil, edge: 10)))
            if i > 0 {
                let q = described[i - 1]
                emit(FeatureHash.of(46, b(q.known) << 1 | b(q.capitalised), b(w.capitalised)))
            }
            if i + 1 < n {
                let q = described[i + 1]
                emit(FeatureHash.of(47, b(q.known) << 1 | b(q.capitalised), b(w.capitalised)))
            }
        }
    }
}
