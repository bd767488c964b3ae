import Foundation
import Testing
@testable import KutipCore

@Suite struct NERTaggerTests {
    /// A tiny synthetic training set: people after `Presiden`/`kata`, places after `di`/`kota`,
    /// organisations after `partai`/`kementerian`-like cues, with names that vary.
    static func synthetic() -> [[(word: String, tag: String)]] {
        let people = [["Budi", "Santoso"], ["Ani", "Wulandari"], ["Joko", "Susilo"], ["Rina", "Marlina"], ["Agus", "Salim"], ["Dewi", "Lestari"]]
        let places = ["Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Padang"]
        let orgs = [["Bank", "Mandiri"], ["Partai", "Hijau"], ["Komisi", "Pemilihan"], ["Badan", "Pusat"], ["Bank", "Nusantara"], ["Partai", "Biru"]]
        var sentences: [[(word: String, tag: String)]] = []
        for i in 0..<30 {
            let person = people[i % people.count], place = places[(i * 5 + 1) % places.count], org = orgs[(i * 7 + 2) % orgs.count]
            var s: [(word: String, tag: String)] = [("Presiden", "O")]
            s += [(person[0], "B-PER"), (person[1], "I-PER")]
            s += [("datang", "O"), ("ke", "O"), (place, "B-LOC"), ("bersama", "O"), ("pejabat", "O")]
            s += [(org[0], "B-ORG"), (org[1], "I-ORG"), (".", "O")]
            sentences.append(s)
        }
        return sentences
    }

    @Test func learnsTheSyntheticSet() {
        let tagger = EntityTagger.train(sentences: Self.synthetic(), epochs: 5, seed: 1)
        let words = ["Presiden", "Rina", "Salim", "datang", "ke", "Medan", "bersama", "pejabat", "Bank", "Hijau", "."]
        #expect(tagger.tags(of: words) == ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O"])
        // An untrained model finds nothing.
        let empty = EntityTagger.train(sentences: [], epochs: 1, seed: 1)
        #expect(empty.tags(of: words).allSatisfy { $0 == "O" })
    }

    @Test func trainingIsReproducible() {
        let a = EntityTagger.train(sentences: Self.synthetic(), epochs: 3, seed: 7)
        let b = EntityTagger.train(sentences: Self.synthetic(), epochs: 3, seed: 7)
        #expect(a.keys == b.keys && a.weights == b.weights && a.transitions == b.transitions)
    }

    @Test func saveAndLoadGiveTheSamePredictions() throws {
        let folder = try TemporaryFolder()
        let tagger = EntityTagger.train(sentences: Self.synthetic(), epochs: 4, seed: 3)
        let path = folder.url.appendingPathComponent("model.bin").path
        try tagger.save(to: path)
        let loaded = try EntityTagger.load(from: path, lexicon: .empty)
        #expect(loaded.keys == tagger.keys)
        #expect(loaded.weights == tagger.weights)
        #expect(loaded.transitions == tagger.transitions)
        for sentence in Self.synthetic() + [[("Ani", "O"), ("di", "O"), ("Padang", "O")]] {
            let words = sentence.map(\.word)
            #expect(loaded.tags(of: words) == tagger.tags(of: words))
        }
        #expect(throws: (any Error).self) {
            try folder.write("bad.bin", "not a model")
            _ = try EntityTagger.load(from: folder.url.appendingPathComponent("bad.bin").path, lexicon: .empty)
        }
    }

    @Test func spansUseCodePointOffsets() {
        let tagger = EntityTagger.train(sentences: Self.synthetic(), epochs: 5, seed: 1)
        let text = "“北京” — Presiden Rina Salim datang ke Medan bersama pejabat Bank Hijau."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer(lexicon: .empty).tokens(in: scalars)
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens)
        let spans = tagger.entities(in: scalars, tokens: tokens, sentences: sentences)
        // The toy model may also mark the CJK or the dash; what matters is where the names land.
        let prefix = Array("“北京” — Presiden ".unicodeScalars).count
        #expect(spans.contains(EntitySpan(start: prefix, end: prefix + 10, type: .person)))
        let medan = Array("“北京” — Presiden Rina Salim datang ke ".unicodeScalars).count
        #expect(spans.contains(EntitySpan(start: medan, end: medan + 5, type: .location)))
        let bank = Array("“北京” — Presiden Rina Salim datang ke Medan bersama pejabat ".unicodeScalars).count
        #expect(spans.contains(EntitySpan(start: bank, end: bank + 10, type: .organisation)))
        #expect(String(scalars: scalars[prefix..<prefix + 10]) == "Rina Salim")
    }

    @Test func conllChunksAndScores() {
        #expect(EntityScore.chunks(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-LOC"]).map { "\($0.start)-\($0.end)\($0.type)" }
                == ["0-2PER", "3-4LOC", "4-5LOC", "5-6LOC"])
        var score = EntityScore()
        score.add(gold: ["B-PER", "I-PER", "O", "B-LOC"], predicted: ["B-PER", "O", "O", "B-LOC"])
        #expect(score.prf().precision == 0.5 && score.prf().recall == 0.5)
        let sentences = ConllReader.parse("Joko PROPN B-PER\nWidodo PROPN I-PER\n\nKPU\tB-ORGANISATION\ndi\tO\nBali\tI-PLACE\n")
        #expect(sentences.count == 2)
        #expect(sentences[1].map(\.tag) == ["B-ORG", "O", "I-LOC"])
    }

    @Test func retokenizationMovesTagsOntoKutipsTokens() {
        let tokenizer = Tokenizer(lexicon: .empty)
        // idner-news-2k keeps brackets on their words: `(KPK)` continues the name.
        let sentence: ConllReader.Sentence = [("Kata", "O"), ("Komisi", "B-ORG"), ("Pemberantasan", "I-ORG"), ("(KPK)", "I-ORG"),
                                              ("kepada", "O"), ("Budi", "B-PER"), ("Santoso,", "I-PER"), ("di", "O"), ("Bali.", "B-LOC")]
        let result = Retokenization.retokenize(sentence, with: tokenizer)
        #expect(result.map(\.word) == ["Kata", "Komisi", "Pemberantasan", "(", "KPK", ")", "kepada", "Budi", "Santoso", ",",
                                       "di", "Bali", "."])
        // Brackets out and the acronym a mention of its own; punctuation glued to the last word outside.
        #expect(result.map(\.tag) == ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"])
        // Two mentions side by side stay two.
        let adjacent = Retokenization.retokenize([("Jakarta", "B-LOC"), ("Bandung", "B-LOC")], with: tokenizer)
        #expect(adjacent.map(\.tag) == ["B-LOC", "B-LOC"])
    }

    @Test func shippedModelTagsPeopleWithoutTheirTitles() throws {
        let modelPath = repositoryRoot.appendingPathComponent("data/models/entities-id.bin").path
        let start = Date()
        let tagger = try EntityTagger.load(from: modelPath)
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 1.0)  // < 50 ms in a release build; debug builds are slower
        let text = "Presiden Joko Widodo bertemu Menteri Sri Mulyani di Jakarta."
        let scalars = Array(text.unicodeScalars)
        let lexicon = try Lexicon.load(from: repositoryRoot.appendingPathComponent("data/lexicon/words-id.txt").path)
        let tokens = Tokenizer(lexicon: lexicon).tokens(in: scalars)
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens)
        let found = tagger.entities(in: scalars, tokens: tokens, sentences: sentences)
            .map { "\(String(scalars: scalars[$0.range]))/\($0.type.rawValue)" }
        #expect(found == ["Joko Widodo/PER", "Sri Mulyani/PER", "Jakarta/LOC"])
    }

    /// The SIMD Viterbi used for tagging finds the path the plain one finds, ties included
    /// (scores drawn from a few values, so that equal sums are common), for sequences of 1 to 40
    /// tokens.
    @Test func fastViterbiFindsThePlainViterbisPath() {
        var generator = SystemRandomNumberGenerator()
        let k = EntityTagSet.count
        let values: [Float] = [-2, -1, -0.5, 0, 0.5, 1, 3]
        for _ in 0..<500 {
            let n = Int.random(in: 1...40, using: &generator)
            let emissions = (0..<n * k).map { _ in values.randomElement(using: &generator)! }
            let transitions = (0..<(k + 1) * k).map { _ in values.randomElement(using: &generator)! }
            #expect(EntityTagger.fastViterbi(emissions: emissions, count: n, transitions: transitions)
                == EntityTagger.viterbi(emissions: emissions, count: n, transitions: transitions))
        }
    }

    /// Tagging passes the same `tags` and `back` arrays for every sentence of a text: left over
    /// from a longer or a shorter sentence, they must not change the path found.
    @Test func fastViterbiWithReusedArraysFindsThePlainViterbisPath() {
        var generator = SystemRandomNumberGenerator()
        let k = EntityTagSet.count
        let values: [Float] = [-2, -1, -0.5, 0, 0.5, 1, 3]
        var tags: [Int] = [], back: [UInt8] = []
        var lengths: Set<Int> = []
        for _ in 0..<500 {
            let n = Int.random(in: 0...40, using: &generator)
            lengths.insert(n)
            let emissions = (0..<n * k).map { _ in values.randomElement(using: &generator)! }
            let transitions = (0..<(k + 1) * k).map { _ in values.randomElement(using: &generator)! }
            EntityTagger.fastViterbi(emissions: emissions, count: n, transitions: transitions, tags: &tags, back: &back)
            #expect(tags == EntityTagger.viterbi(emissions: emissions, count: n, transitions: transitions))
        }
        #expect(lengths.count > 20)
    }
}
