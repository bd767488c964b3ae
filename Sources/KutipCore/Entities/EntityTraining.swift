import Foundation

/// Trains the entity tagger from token-per-line files (`kutip train-entities`, `make train`) and
/// writes its weights.
public enum EntityTraining {
    /// The seed of the training shuffle, fixed so that the shipped model can be rebuilt exactly.
    public static let seed: UInt64 = 20_201_004

    /// Trains on `trainPath` (idner-news-2k format, or NERGrit's), scores the averaged model on
    /// `devPath` after every epoch (strict span and type, conlleval chunks over the file's tokens),
    /// keeps the epoch with the best dev micro F1 and writes it to `outputPath`. The lexicon is
    /// `lexiconPath`, or data/lexicon/words-id.txt beside the output's folder. Returns the report;
    /// `progress` gets each epoch's lines as they come.
    /// `auxiliaryPaths` (NERGrit's train split) are trained on as a second domain; the news sentences
    /// are given `newsRepeats` times in each epoch so that they outweigh it (2 was best on dev).
    /// With `retokenize`, every sentence is first re-cut into kutip's own tokens (`Retokenization`),
    /// so that the tagger trains on the tokens `kutip analyze` gives it.
    public static func run(trainPath: String, devPath: String, outputPath: String, lexiconPath: String? = nil,
                           auxiliaryPaths: [String] = [], newsRepeats: Int = 2, epochs: Int = 15,
                           retokenize: Bool = true, seed: UInt64 = EntityTraining.seed, progress: ((String) -> Void)? = nil) throws -> String {
        let lexiconFile = lexiconPath ?? URL(fileURLWithPath: outputPath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lexicon/words-id.txt").path
        let lexicon = FileManager.default.fileExists(atPath: lexiconFile) ? try Lexicon.load(from: lexiconFile) : .empty
        let tokenizer = Tokenizer(lexicon: lexicon)
        func read(_ path: String) throws -> [ConllReader.Sentence] {
            let sentences = try ConllReader.read(path: path)
            return retokenize ? sentences.map { Retokenization.retokenize($0, with: tokenizer) } : sentences
        }
        let train = try read(trainPath)
        let dev = try read(devPath)
        let auxiliary = try auxiliaryPaths.flatMap { try read($0) }
        var report: [String] = []
        func log(_ line: String) { report.append(line); progress?(line) }
        log("train \(trainPath): \(train.count) sentences; dev \(devPath): \(dev.count) sentences; lexicon \(lexicon.count) words; auxiliary \(auxiliaryPaths): \(auxiliary.count) sentences")
        let started = Date()
        let news = Array(repeating: train, count: max(newsRepeats, 1)).flatMap { $0 }
        let tagger = EntityTagger.train(sentences: news, epochs: epochs, seed: seed, lexicon: lexicon,
                                        auxiliary: auxiliary, dev: dev, log: log)
        log(String(format: "trained in %.1f s", Date().timeIntervalSince(started)))
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: outputPath).deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try tagger.save(to: outputPath)
        let size = (try? FileManager.default.attributesOfItem(atPath: outputPath)[.size] as? Int) ?? 0
        let loadStart = Date()
        let loaded = try EntityTagger.load(from: outputPath, lexicon: lexicon)
        let loadTime = Date().timeIntervalSince(loadStart)
        log("wrote \(outputPath): \(loaded.featureCount) features, \(size) bytes, loads in \(String(format: "%.1f", loadTime * 1000)) ms")
        log("dev (best epoch, as saved):\n" + loaded.score(dev).report)
        return report.joined(separator: "\n")
    }
}
