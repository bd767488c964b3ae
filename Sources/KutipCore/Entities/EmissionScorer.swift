/// The tagger's emission scores for news text, computed fast: the same features and weights as
/// `EntityFeatures.forEachFeature` (news domain), but what depends on one word alone — its own
/// features, and what it adds as the word two or one before or after another — is summed once per
/// distinct word and kept for the rest of the text. A token then costs one dictionary look-up and
/// two look-ups of the features it shares with its neighbours (cached per pair of words) and
/// one or two table look-ups, instead of ~45 table look-ups.
///
/// A tagger keeps one scorer for all the texts it tags (`ScorerCache`): the sums depend on the
/// words alone, so they carry over from text to text.
struct EmissionScorer {
    typealias Vector = SIMD8<Float>

    struct WordScores {
        var word: EntityFeatures.Word
        /// Its own features, not at / at the start of a sentence.
        var own: (Vector, Vector)
        /// What it adds as the word 2 before, 1 before, 1 after, 2 after another.
        var prev2: Vector, prev1: Vector, next1: Vector, next2: Vector
        /// Its kind of cue word (`EntityFeatures.cues`), or 0.
        var cue: UInt64
    }

    let table: FeatureTable
    let extractor: EntityFeatures
    private var index = HashIndex()
    private var words: [WordScores] = []
    /// A link between neighbouring words: the features of the right word with the word before it
    /// (40, 43, 46, 48) and of the left word with the word after it (41, 45, 47, 49).
    struct Link {
        var fromPrevious: Vector
        var toNext: Vector
    }
    /// The links by the pair of word ids + 1 (0 at the edges), summed once per distinct pair:
    /// pair key → index into `links`.
    private var linkIndex = HashIndex(capacity: 4096)
    private var links: [Link] = []
    /// Features 42 (the shapes of the word and its neighbours), 65 (their classes) and 44 (a cue
    /// two words back), by their hash: few distinct values (`cached`).
    private var shapeTriples = HashIndex(capacity: 1024)
    private var pairs: [Vector] = []
    /// The word ids and link ids of the sentence being scored, kept between sentences so that
    /// scoring one allocates nothing.
    private var idScratch: [Int] = []
    private var linkScratch: [Int] = []
    private let bias: Vector
    private let sentinels: (prev2: Vector, prev1: Vector, next1: Vector, next2: Vector)
    private let salt: UInt64
    /// Feature 50 (a word in a headline), not capitalised / capitalised.
    private let headlineVectors: (Vector, Vector)

    init(table: FeatureTable, lexicon: Lexicon) {
        self.table = table
        extractor = EntityFeatures(lexicon: lexicon)
        salt = UInt64(EntityFeatures.Domain.news.rawValue) &* 0x9E37_79B9_7F4A_7C15
        let b = FeatureHash.of(0)
        bias = table.vector(b) + table.vector(FeatureHash.nonzero(FeatureHash.mix(b, salt)))
        headlineVectors = (table.vector(FeatureHash.of(50, 0)), table.vector(FeatureHash.of(50, 1)))
        let before = EntityFeatures.before, after = EntityFeatures.after
        sentinels = (table.vector(FeatureHash.of(20, before)) + table.vector(FeatureHash.of(30, before)),
                     table.vector(FeatureHash.of(21, before)) + table.vector(FeatureHash.of(31, before)),
                     table.vector(FeatureHash.of(23, after)) + table.vector(FeatureHash.of(33, after)),
                     table.vector(FeatureHash.of(24, after)) + table.vector(FeatureHash.of(34, after)))
    }

    /// How many words, pairs and shape triples are cached.
    var cachedCount: Int { words.count + links.count + pairs.count }

    /// Empties the caches (same scores afterwards, summed again on first sight).
    mutating func forget() {
        index = HashIndex()
        words = []
        linkIndex = HashIndex(capacity: 4096)
        links = []
        shapeTriples = HashIndex(capacity: 1024)
        pairs = []
    }

    /// Each token's hash as written: `FeatureHash.of` its code points, as `ArticleTokens.cased`
    /// holds them (for a caller that has no `ArticleTokens`).
    static func casedHashes(of tokens: [Token], in scalars: [Unicode.Scalar]) -> [UInt64] {
        tokens.map { FeatureHash.of(scalars[$0.start..<$0.end]) }
    }

    /// The scores of the word with these code points, whose hash as written is `cased`
    /// (described and summed on first sight).
    private mutating func scores(of token: Token, cased: UInt64, in scalars: [Unicode.Scalar]) -> Int {
        let key = FeatureHash.nonzero(cased)
        if let found = index.value(for: key) { return Int(found) }
        let w = extractor.describe(scalars[token.start..<token.end])
        let t = table
        @inline(__always) func v(_ h: UInt64) -> Vector { t.vector(h) }
        @inline(__always) func b(_ x: Bool) -> UInt64 { x ? 1 : 0 }
        let lower = FeatureHash.of(1, w.lower), cased = FeatureHash.of(11, w.cased)
        var own = bias + v(lower) + v(cased)
        own += v(FeatureHash.nonzero(FeatureHash.mix(lower, salt))) + v(FeatureHash.nonzero(FeatureHash.mix(cased, salt)))
        own += v(FeatureHash.of(2, w.shape)) + v(FeatureHash.of(3, w.shapeClass))
        let p = w.prefixes, s = w.suffixes
        if w.length >= 1 { own += v(FeatureHash.of(4, 0, p.0)) + v(FeatureHash.of(5, 0, s.0)) }
        if w.length >= 2 { own += v(FeatureHash.of(4, 1, p.1)) + v(FeatureHash.of(5, 1, s.1)) }
        if w.length >= 3 { own += v(FeatureHash.of(4, 2, p.2)) + v(FeatureHash.of(5, 2, s.2)) }
        if w.length >= 4 { own += v(FeatureHash.of(4, 3, p.3)) + v(FeatureHash.of(5, 3, s.3)) }
        if w.hasDigit { own += v(FeatureHash.of(7)) }
        if w.hasHyphen { own += v(FeatureHash.of(8)) }
        if w.hasBracket { own += v(FeatureHash.of(9)) }
        let inner = own + v(FeatureHash.of(6, b(w.capitalised), b(w.allCaps), 0)) + v(FeatureHash.of(10, b(w.known), b(w.capitalised), 0))
        let initial = own + v(FeatureHash.of(6, b(w.capitalised), b(w.allCaps), 1)) + v(FeatureHash.of(10, b(w.known), b(w.capitalised), 1))
        words.append(WordScores(word: w, own: (inner, initial),
                                prev2: v(FeatureHash.of(20, w.lower)) + v(FeatureHash.of(30, w.shape)),
                                prev1: v(FeatureHash.of(21, w.lower)) + v(FeatureHash.of(31, w.shape)),
                                next1: v(FeatureHash.of(23, w.lower)) + v(FeatureHash.of(33, w.shape)),
                                next2: v(FeatureHash.of(24, w.lower)) + v(FeatureHash.of(34, w.shape)),
                                cue: EntityFeatures.cues[w.lower] ?? 0))
        index.insert(key, Int32(words.count - 1))
        return words.count - 1
    }

    /// The weights of a feature that takes few distinct values (the shapes around a word, a cue
    /// two words back): `table.vector(key)`, kept by key after the first look-up in the big table.
    @inline(__always)
    private mutating func cached(_ key: UInt64) -> Vector {
        if let found = shapeTriples.value(for: key) { return pairs[Int(found)] }
        let vector = table.vector(key)
        pairs.append(vector)
        shapeTriples.insert(key, Int32(pairs.count - 1))
        return vector
    }

    /// The index into `links` of the link between two neighbouring words (word id + 1, 0 for the
    /// edge of the sentence), summed on first sight: what the right word adds with the left one
    /// before it (features 40, 48, 43, 46) and what the left word adds with the right one after it
    /// (41, 49, 45, 47), each summed in the order the features are listed.
    private mutating func link(_ left: Int, _ right: Int, _ words: UnsafeBufferPointer<WordScores>) -> Int {
        let key = UInt64(truncatingIfNeeded: left) << 32 | UInt64(truncatingIfNeeded: right)
        if let found = linkIndex.value(for: key) { return Int(found) }
        let t = table
        @inline(__always) func v(_ h: UInt64) -> Vector { t.vector(h) }
        @inline(__always) func b(_ x: Bool) -> UInt64 { x ? 1 : 0 }
        var fromPrevious = Vector(), toNext = Vector()
        if right > 0 {
            let w = words[right - 1].word
            let prevLower = left > 0 ? words[left - 1].word.lower : EntityFeatures.before
            fromPrevious = v(FeatureHash.of(40, prevLower, w.lower)) + v(FeatureHash.of(48, prevLower, w.shapeClass))
            if left > 0 {
                let q = words[left - 1]
                if q.cue != 0 { fromPrevious += v(FeatureHash.of(43, q.cue, b(w.capitalised))) }
                fromPrevious += v(FeatureHash.of(46, b(q.word.known) << 1 | b(q.word.capitalised), b(w.capitalised)))
            }
        }
        if left > 0 {
            let w = words[left - 1].word
            let nextLower = right > 0 ? words[right - 1].word.lower : EntityFeatures.after
            toNext = v(FeatureHash.of(41, w.lower, nextLower)) + v(FeatureHash.of(49, w.shapeClass, nextLower))
            if right > 0 {
                let q = words[right - 1]
                if q.cue != 0 { toNext += v(FeatureHash.of(45, q.cue)) }
                toNext += v(FeatureHash.of(47, b(q.word.known) << 1 | b(q.word.capitalised), b(w.capitalised)))
            }
        }
        links.append(Link(fromPrevious: fromPrevious, toNext: toNext))
        linkIndex.insert(key, Int32(links.count - 1))
        return links.count - 1
    }

    /// The emission scores (`count × 7`, row-major) of one sentence of tokens of `scalars`, given
    /// the tokens' hashes as written (`ArticleTokens.cased`, `casedHashes`), computed once per
    /// article. Written into `out` (emptied first), so that a tagger reuses one buffer for all the
    /// sentences of a text; the scorer reuses its own for word and link ids.
    mutating func emissions(of sentence: ArraySlice<Token>, cased: ArraySlice<UInt64>, in scalars: [Unicode.Scalar],
                            into out: inout [Float]) {
        let n = sentence.count
        let k = EntityTagSet.count
        precondition(k == 7, "emissions are written for seven tags")
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement(0, count: n * k))
        guard n > 0 else { return }
        // The scratch rows taken out of the scorer while in use (so they are not shared), put back at the end.
        var ids = idScratch, linkIds = linkScratch
        idScratch = []
        linkScratch = []
        defer { idScratch = ids; linkScratch = linkIds }
        ids.removeAll(keepingCapacity: true)
        ids.append(contentsOf: repeatElement(0, count: n))
        linkIds.removeAll(keepingCapacity: true)
        linkIds.append(contentsOf: repeatElement(0, count: n + 1))
        for i in 0..<n { ids[i] = scores(of: sentence[sentence.startIndex + i], cased: cased[cased.startIndex + i], in: scalars) }
        var lettered = 0, capitalised = 0
        for id in ids where words[id].word.letters {
            lettered += 1
            if words[id].word.capitalised { capitalised += 1 }
        }
        let headline = lettered >= 3 && capitalised * 10 >= lettered * 7
        let initialAt = n > 1 && EntityFeatures.openers.contains(words[ids[0]].word.lower) ? 1 : 0
        @inline(__always) func b(_ x: Bool) -> UInt64 { x ? 1 : 0 }
        let before = EntityFeatures.before, after = EntityFeatures.after
        let all = words
        all.withUnsafeBufferPointer { words in
        // The links between neighbours first, in a pass of their own: the look-ups do not wait
        // on each other, so their cache misses overlap. `linkIds[i]` links token i - 1 and i.
        linkIds[0] = self.link(0, ids[0] + 1, words)
        for i in 0..<n { linkIds[i + 1] = self.link(ids[i] + 1, i + 1 < n ? ids[i + 1] + 1 : 0, words) }
        let linkTable = links  // no link is added below
        linkTable.withUnsafeBufferPointer { links in
        out.withUnsafeMutableBufferPointer { out in
        for i in 0..<n {
            let me = ids[i]
            let shape = words[me].word.shape, capitalisedWord = words[me].word.capitalised
            var e = i <= initialAt ? words[me].own.1 : words[me].own.0
            e += i >= 2 ? words[ids[i - 2]].prev2 : sentinels.prev2
            e += i >= 1 ? words[ids[i - 1]].prev1 : sentinels.prev1
            e += i + 1 < n ? words[ids[i + 1]].next1 : sentinels.next1
            e += i + 2 < n ? words[ids[i + 2]].next2 : sentinels.next2
            // The features `me` shares with the word before it, then with the word after it:
            // both halves of a link between neighbours are summed once per pair of words, and the
            // link to the next word is the next token's link to its previous one.
            e += links[linkIds[i]].fromPrevious
            e += links[linkIds[i + 1]].toNext
            let prevShape = i > 0 ? words[ids[i - 1]].word.shape : before
            let nextShape = i + 1 < n ? words[ids[i + 1]].word.shape : after
            e += cached(FeatureHash.of(42, prevShape, shape, nextShape))
            e += cached(FeatureHash.of(65, EntityFeatures.wordClass(i > 0 ? words[ids[i - 1]].word : nil, edge: 9),
                                       EntityFeatures.wordClass(words[me].word, edge: 0),
                                       EntityFeatures.wordClass(i + 1 < n ? words[ids[i + 1]].word : nil, edge: 10)))
            if headline { e += capitalisedWord ? headlineVectors.1 : headlineVectors.0 }
            if i > 1, words[ids[i - 2]].cue != 0 { e += cached(FeatureHash.of(44, words[ids[i - 2]].cue, b(capitalisedWord))) }
            // Seven tags (checked above), written without a loop over a count read at run time.
            let row = i * 7
            out[row] = e[0]; out[row + 1] = e[1]; out[row + 2] = e[2]; out[row + 3] = e[3]
            out[row + 4] = e[4]; out[row + 5] = e[5]; out[row + 6] = e[6]
        }
        }
        }
        }
    }
}

extension FeatureTable {
    /// The key's 7 tag weights (and a zero), or zeros when the key is unknown.
    @inline(__always)
    func vector(_ key: UInt64) -> SIMD8<Float> {
        var result = SIMD8<Float>()
        withUnsafeEntries { entries, mask in
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while true {
                let k = entries[slot].key
                if k == key {
                    let w = entries[slot].w
                    result = SIMD8(w.0, w.1, w.2, w.3, w.4, w.5, w.6, 0)
                    return
                }
                if k == 0 { return }
                slot = (slot + 1) & mask
            }
        }
        return result
    }
}
