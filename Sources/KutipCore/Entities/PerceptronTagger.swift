import Foundation

/// A named-entity tagger: an averaged structured perceptron over IOB2 tags (PER, LOC, ORG) with
/// Viterbi decoding and a transition matrix, trained in Swift (`EntityTagger.train`) on
/// idner-news-2k. Its weights ship in data/models/entities-id.bin.
///
/// The model is a table from hashed feature (`EntityFeatures`) to one weight per tag, plus the
/// transition scores (8 rows: the 7 tags and "start", 7 columns). `I-X` may only follow `B-X` or
/// `I-X`; Viterbi never proposes anything else.
public struct EntityTagger: Sendable {
    /// The feature hash of each row of `weights`, in increasing order.
    let keys: [UInt64]
    /// `keys.count × 7` weights, row-major.
    let weights: [Float]
    /// `8 × 7` transition scores; row 7 is the start of a sentence.
    let transitions: [Float]
    let lexicon: Lexicon
    /// The keys and weights as an open-addressing table, for tagging.
    let table: FeatureTable
    /// The emission scorer reused across texts (its per-word sums).
    let scorers: ScorerCache

    init(keys: [UInt64], weights: [Float], transitions: [Float], lexicon: Lexicon) {
        self.keys = keys
        self.table = FeatureTable(keys: keys, weights: weights)
        self.scorers = ScorerCache(EmissionScorer(table: table, lexicon: lexicon))
        self.weights = weights
        self.transitions = transitions
        self.lexicon = lexicon
    }

    /// How many features carry weights.
    public var featureCount: Int { keys.count }

    // MARK: Tagging

    /// The IOB2 tags of one sentence of words.
    public func tags(of words: [String]) -> [String] {
        predict(EntityFeatures(lexicon: lexicon).features(of: words)).map { EntityTagSet.names[$0] }
    }

    /// The entities of a text: each sentence (a code-point range, as `SentenceSplitter` gives) is
    /// tagged on its tokens, and each B/I run becomes a span from its first token's start to its last
    /// token's end. With no sentences, all tokens are tagged as one.
    public func entities(in scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>]) -> [EntitySpan] {
        tokenSpans(in: scalars, tokens: tokens, sentences: sentences).map {
            EntitySpan(start: tokens[$0.tokens.lowerBound].start, end: tokens[$0.tokens.upperBound - 1].end, type: $0.type)
        }
    }

    /// The token groups tagged as one sequence: each sentence's tokens, and alone each token
    /// outside every sentence. With no sentences, all tokens are one group.
    static func groups(tokens: [Token], sentences: [Range<Int>]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        if sentences.isEmpty {
            if !tokens.isEmpty { groups.append(0..<tokens.count) }
            return groups
        }
        var t = 0
        for sentence in sentences {
            while t < tokens.count && tokens[t].start < sentence.lowerBound {
                groups.append(t..<t + 1)  // a token outside every sentence is tagged alone
                t += 1
            }
            let first = t
            while t < tokens.count && tokens[t].start < sentence.upperBound { t += 1 }
            if t > first { groups.append(first..<t) }
        }
        if t < tokens.count { groups.append(t..<tokens.count) }
        return groups
    }

    /// The tagger's entities as token ranges (indices into `tokens`).
    /// `cased`: each token's hash as written (`ArticleTokens.cased`; computed here when nil).
    func tokenSpans(in scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>], cased: [UInt64]? = nil) -> [TokenSpan] {
        let cased = cased ?? EmissionScorer.casedHashes(of: tokens, in: scalars)
        if let spans = scorers.withScorer({ tokenSpans(in: scalars, tokens: tokens, sentences: sentences, cased: cased, scorer: &$0) }) {
            return spans
        }
        var scorer = EmissionScorer(table: table, lexicon: lexicon)
        return tokenSpans(in: scalars, tokens: tokens, sentences: sentences, cased: cased, scorer: &scorer)
    }

    private func tokenSpans(in scalars: [Unicode.Scalar], tokens: [Token], sentences: [Range<Int>], cased: [UInt64],
                            scorer: inout EmissionScorer) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        spans.reserveCapacity(tokens.count / 8 + 8)  // room for a news text's names, most of the time
        var emissions: [Float] = [], tags: [Int] = [], back: [UInt8] = []  // reused from sentence to sentence
        for group in Self.groups(tokens: tokens, sentences: sentences) {
            scorer.emissions(of: tokens[group], cased: cased[group], in: scalars, into: &emissions)
            Self.fastViterbi(emissions: emissions, count: group.count, transitions: transitions, tags: &tags, back: &back)
            var i = 0
            while i < tags.count {
                guard let type = EntityTagSet.types[tags[i]] else { i += 1; continue }
                var j = i + 1
                while j < tags.count && EntityTagSet.isInside(tags[j]) && EntityTagSet.types[tags[j]] == type { j += 1 }
                spans.append(TokenSpan(tokens: group.lowerBound + i..<group.lowerBound + j, type: type))
                i = j
            }
        }
        return spans
    }

    func predict(_ features: [[UInt64]]) -> [Int] {
        let k = EntityTagSet.count
        var emissions = [Float](repeating: 0, count: features.count * k)
        for (i, f) in features.enumerated() {
            emissions.withUnsafeMutableBufferPointer { emissions in
                for hash in f { table.add(hash, to: emissions, at: i * k) }
            }
        }
        return Self.viterbi(emissions: emissions, count: features.count, transitions: transitions)
    }

    /// `viterbi` for tagging: the same best path, with the allowed predecessors of each tag
    /// listed once and no bounds checks in the inner loop.
    static func fastViterbi(emissions: [Float], count n: Int, transitions: [Float]) -> [Int] {
        var tags: [Int] = [], back: [UInt8] = []
        fastViterbi(emissions: emissions, count: n, transitions: transitions, tags: &tags, back: &back)
        return tags
    }

    /// `fastViterbi` into `tags` (emptied first), with `back` as room for the back pointers: a
    /// tagger passes the same arrays for every sentence, so tagging one allocates nothing.
    static func fastViterbi(emissions: [Float], count n: Int, transitions: [Float], tags: inout [Int], back: inout [UInt8]) {
        let k = EntityTagSet.count
        tags.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        let worst = -Float.greatestFiniteMagnitude
        tags.append(contentsOf: repeatElement(0, count: n))
        if back.count < n * k { back.append(contentsOf: repeatElement(0, count: n * k - back.count)) }
        let start = EntityTagSet.start
        var last = 0
        // O and the B- tags (any tag may come before them) are scored four at a time: one lane per
        // tag, the predecessors taken in order and a lane's best replaced only by a greater score,
        // as the one-tag loop does.
        precondition(tagSetIsFourWide, "fastViterbi is written for the tag set O, B-/I- × 3")
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * k) { rows in
            rows.initialize(repeating: worst)
            // The two score rows, swapped by pointer after each token.
            var previous = rows.baseAddress!, current = previous + k
            for t in 0..<k where EntityTagSet.allowed(start, t) { previous[t] = emissions[t] + transitions[start * k + t] }
            withUnsafeTemporaryAllocation(of: SIMD4<Float>.self, capacity: k) { columns in
                // The transition scores from each tag into O, B-PER, B-LOC and B-ORG.
                for p in 0..<k {
                    columns[p] = SIMD4(transitions[p * k], transitions[p * k + 1], transitions[p * k + 3], transitions[p * k + 5])
                }
                emissions.withUnsafeBufferPointer { e in
                    transitions.withUnsafeBufferPointer { tr in
                        back.withUnsafeMutableBufferPointer { back in
                            for i in 1..<max(n, 1) {
                                var best = SIMD4<Float>(repeating: worst), arg = SIMD4<Int32>(repeating: 0)
                                for p in 0..<k {
                                    let s = SIMD4(repeating: previous[p]) + columns[p]
                                    let better = s .> best
                                    best.replace(with: s, where: better)
                                    arg.replace(with: SIMD4(repeating: Int32(p)), where: better)
                                }
                                let row = i * k
                                current[0] = best[0] + e[row]
                                current[1] = best[1] + e[row + 1]
                                current[3] = best[2] + e[row + 3]
                                current[5] = best[3] + e[row + 5]
                                back[row] = UInt8(arg[0])
                                back[row + 1] = UInt8(arg[1])
                                back[row + 3] = UInt8(arg[2])
                                back[row + 5] = UInt8(arg[3])
                                // Only B-X (t - 1) and I-X (t) may come before I-X.
                                for t in stride(from: 2, through: 6, by: 2) {
                                    let a = previous[t - 1] + tr[(t - 1) * k + t], b = previous[t] + tr[t * k + t]
                                    if a >= b {
                                        current[t] = a + e[row + t]
                                        back[row + t] = UInt8(t - 1)
                                    } else {
                                        current[t] = b + e[row + t]
                                        back[row + t] = UInt8(t)
                                    }
                                }
                                swap(&previous, &current)
                            }
                        }
                    }
                }
            }
            var best = worst
            for t in 0..<k where previous[t] > best { best = previous[t]; last = t }
        }
        tags[n - 1] = last
        var i = n - 1
        while i > 0 { tags[i - 1] = Int(back[i * k + tags[i]]); i -= 1 }
    }

    /// The tag set is O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG: the four tags no I- tag is
    /// (O and the B- tags) stand at 0, 1, 3 and 5, as `fastViterbi` reads them.
    private static let tagSetIsFourWide = EntityTagSet.count == 7
        && (0..<EntityTagSet.count).filter { !EntityTagSet.isInside($0) } == [0, 1, 3, 5]

    static func viterbi<W: BinaryFloatingPoint>(emissions: [W], count n: Int, transitions: [W]) -> [Int] {
        let k = EntityTagSet.count
        guard n > 0 else { return [] }
        var score = [W](repeating: 0, count: n * k)
        var back = [Int](repeating: 0, count: n * k)
        let start = EntityTagSet.start
        for t in 0..<k {
            score[t] = EntityTagSet.allowed(start, t) ? emissions[t] + transitions[start * k + t] : -W.greatestFiniteMagnitude
        }
        for i in 1..<max(n, 1) {
            for t in 0..<k {
                var best = -W.greatestFiniteMagnitude, arg = 0
                for p in 0..<k where EntityTagSet.allowed(p, t) {
                    let s = score[(i - 1) * k + p] + transitions[p * k + t]
                    if s > best { best = s; arg = p }
                }
                score[i * k + t] = best + emissions[i * k + t]
                back[i * k + t] = arg
            }
        }
        var tags = [Int](repeating: 0, count: n)
        var best = -W.greatestFiniteMagnitude
        for t in 0..<k where score[(n - 1) * k + t] > best { best = score[(n - 1) * k + t]; tags[n - 1] = t }
        var i = n - 1
        while i > 0 { tags[i - 1] = back[i * k + tags[i]]; i -= 1 }
        return tags
    }

    // MARK: Training

    /// Trains an averaged structured perceptron on sentences of (word, IOB2 tag) pairs, shuffling
    /// them each epoch with a generator seeded by `seed` (the same data and seed give the same model).
    /// With `dev` sentences, the model is scored on them after every epoch (`log` gets the report)
    /// and the averaged weights of the epoch with the best micro F1 are kept. `auxiliary` sentences
    /// (NERGrit) are trained on too, with their own domain copies of every feature (`EntityFeatures.Domain`).
    public static func train(sentences: [[(word: String, tag: String)]], epochs: Int, seed: UInt64,
                             lexicon: Lexicon = .empty, auxiliary: [[(word: String, tag: String)]] = [],
                             dev: [[(word: String, tag: String)]] = [],
                             log: ((String) -> Void)? = nil) -> EntityTagger {
        let k = EntityTagSet.count
        let extractor = EntityFeatures(lexicon: lexicon)
        let data: [(features: [[UInt64]], gold: [Int])] = sentences.map { sentence in
            (extractor.features(of: sentence.map(\.word)), sentence.map { EntityTagSet.index(of: $0.tag) })
        } + auxiliary.map { sentence in
            (extractor.features(of: sentence.map(\.word), domain: .encyclopaedia), sentence.map { EntityTagSet.index(of: $0.tag) })
        }
        var index: [UInt64: Int32] = [:]
        var w: [Double] = []
        var u: [Double] = []  // c-weighted sums of the updates, for averaging
        var tw = [Double](repeating: 0, count: (k + 1) * k)
        var tu = [Double](repeating: 0, count: (k + 1) * k)
        var c = 1.0
        var rng = SplitMix64(seed: seed)
        var order = Array(data.indices)
        var best: (f1: Double, epoch: Int, tagger: EntityTagger)?

        func averaged() -> EntityTagger {
            var weights = [Float](repeating: 0, count: w.count)
            for i in 0..<w.count { weights[i] = Float(w[i] - u[i] / c) }
            var transitions = [Float](repeating: 0, count: tw.count)
            for i in 0..<tw.count { transitions[i] = Float(tw[i] - tu[i] / c) }
            return pruned(index: index, weights: weights, transitions: transitions, lexicon: lexicon)
        }

        for epoch in 1...max(epochs, 1) {
            order.shuffle(using: &rng)
            var errors = 0
            for s in order {
                let (features, gold) = data[s]
                let n = gold.count
                var emissions = [Double](repeating: 0, count: n * k)
                for i in 0..<n {
                    for hash in features[i] {
                        guard let row = index[hash] else { continue }
                        let base = Int(row) * k
                        for t in 0..<k { emissions[i * k + t] += w[base + t] }
                    }
                }
                let predicted = viterbi(emissions: emissions, count: n, transitions: tw)
                if predicted != gold {
                    errors += 1
                    for i in 0..<n {
                        let g = gold[i], p = predicted[i]
                        if g != p {
                            for hash in features[i] {
                                let row: Int
                                if let r = index[hash] { row = Int(r) } else {
                                    row = index.count
                                    index[hash] = Int32(row)
                                    w.append(contentsOf: repeatElement(0, count: k))
                                    u.append(contentsOf: repeatElement(0, count: k))
                                }
                                w[row * k + g] += 1; u[row * k + g] += c
                                w[row * k + p] -= 1; u[row * k + p] -= c
                            }
                        }
                        let gp = i == 0 ? EntityTagSet.start : gold[i - 1]
                        let pp = i == 0 ? EntityTagSet.start : predicted[i - 1]
                        if gp != pp || g != p {
                            tw[gp * k + g] += 1; tu[gp * k + g] += c
                            tw[pp * k + p] -= 1; tu[pp * k + p] -= c
                        }
                    }
                }
                c += 1
            }
            var line = "epoch \(epoch): \(errors) of \(data.count) train sentences wrong, \(index.count) features"
            if !dev.isEmpty {
                let tagger = averaged()
                let score = tagger.score(dev)
                let f1 = score.prf().f1
                line += "\n" + score.report
                if best == nil || f1 > best!.f1 { best = (f1, epoch, tagger) }
            }
            log?(line)
        }
        if let best {
            log?("best epoch \(best.epoch), dev micro F1 \(String(format: "%.4f", best.f1))")
            return best.tagger
        }
        return averaged()
    }

    /// conlleval-style score of the tagger on gold sentences.
    public func score(_ sentences: [[(word: String, tag: String)]]) -> EntityScore {
        var score = EntityScore()
        for sentence in sentences {
            score.add(gold: sentence.map(\.tag), predicted: tags(of: sentence.map(\.word)))
        }
        return score
    }

    /// A tagger of the training weights without the features whose weights are all (nearly) zero,
    /// its rows sorted by feature hash.
    static func pruned(index: [UInt64: Int32], weights: [Float], transitions: [Float], lexicon: Lexicon,
                       threshold: Float = 1e-3) -> EntityTagger {
        let k = EntityTagSet.count
        var keys: [UInt64] = []
        var newWeights: [Float] = []
        for (hash, row) in index.sorted(by: { $0.key < $1.key }) {
            let base = Int(row) * k
            let slice = weights[base..<base + k]
            if slice.contains(where: { abs($0) >= threshold }) {
                keys.append(hash)
                newWeights.append(contentsOf: slice)
            }
        }
        return EntityTagger(keys: keys, weights: newWeights, transitions: transitions, lexicon: lexicon)
    }

    // MARK: Weights file

    static let magic: UInt32 = 0x5245_4E4B  // "KNER" little-endian

    /// Writes the weights: `KNER`, version 1, tag count, feature count (UInt32 each), the 8 × 7
    /// transition scores, then one record per feature — its UInt64 hash and 7 Float32 weights —
    /// sorted by hash. All little-endian.
    public func save(to path: String) throws {
        let k = EntityTagSet.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16 + transitions.count * 4 + keys.count * (8 + 4 * k))
        func put32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        func put64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
        put32(Self.magic); put32(1); put32(UInt32(k)); put32(UInt32(keys.count))
        for t in transitions { put32(t.bitPattern) }
        for (row, hash) in keys.enumerated() {
            put64(hash)
            for t in 0..<k { put32(weights[row * k + t].bitPattern) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    public enum LoadError: Error, CustomStringConvertible {
        case notAModel(String)
        public var description: String {
            switch self { case .notAModel(let path): "\(path) is not a kutip entity model" }
        }
    }

    /// Reads a weights file written by `save(to:)`. The lexicon must be the one the model was trained
    /// with; by default it is `../lexicon/words-id.txt` beside the model's folder (data/lexicon for
    /// data/models), or none when that file is missing.
    public static func load(from path: String, lexicon: Lexicon? = nil) throws -> EntityTagger {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let k = EntityTagSet.count
        let lexicon = try lexicon ?? { () throws -> Lexicon in
            let lexiconPath = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("lexicon/words-id.txt").path
            return FileManager.default.fileExists(atPath: lexiconPath) ? try Lexicon.load(from: lexiconPath) : .empty
        }()
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> EntityTagger in
            guard raw.count >= 16 else { throw LoadError.notAModel(path) }
            func u32(_ at: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
            let count = Int(u32(12))
            let transitionCount = (k + 1) * k
            let recordSize = 8 + 4 * k
            guard u32(0) == magic, u32(4) == 1, Int(u32(8)) == k,
                  raw.count == 16 + transitionCount * 4 + count * recordSize else { throw LoadError.notAModel(path) }
            var offset = 16
            var transitions = [Float](repeating: 0, count: transitionCount)
            for i in 0..<transitionCount { transitions[i] = Float(bitPattern: u32(offset)); offset += 4 }
            var keys = [UInt64](repeating: 0, count: count)
            var weights = [Float](repeating: 0, count: count * k)
            for r in 0..<count {
                keys[r] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
                for t in 0..<k { weights[r * k + t] = Float(bitPattern: u32(offset)); offset += 4 }
            }
            return EntityTagger(keys: keys, weights: weights, transitions: transitions, lexicon: lexicon)
        }
    }
}

/// A small seeded generator (SplitMix64), so that training shuffles the same way on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
