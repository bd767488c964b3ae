import ArgumentParser
import Foundation
import KutipCore

/// `kutip train-entities`: trains the statistical entity tagger and writes its weights (`make train`).
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-entities",
        abstract: "Train the entity tagger on token-per-line NER data and write its weights.",
        discussion: """
            Trains an averaged structured perceptron (IOB2 tags PER/LOC/ORG, Viterbi decoding) on the \
            train file, prints precision, recall and F1 per type on the dev file after every epoch \
            (strict span and type, conlleval chunks), and keeps the epoch with the best dev micro F1.
            """
    )

    @Option(help: "Training file (token POS NER per line, as idner-news-2k).")
    var train: String = "../shared/datasets/idner-news-2k/train.txt"

    @Option(help: "Auxiliary training files of another domain (NERGrit's token<TAB>tag format); repeat for more, or give an empty string for none.")
    var aux: [String] = ["../shared/datasets/nergrit/train.txt"]

    @Option(help: "Development file, for choosing the epoch.")
    var dev: String = "../shared/datasets/idner-news-2k/dev.txt"

    @Option(help: "Where to write the weights.")
    var out: String = "data/models/entities-id.bin"

    @Option(help: "Training epochs.")
    var epochs: Int = 15

    @Option(help: "How many times each news (train file) sentence is given per epoch, so that it outweighs the auxiliary files.")
    var newsRepeats: Int = 2

    @Flag(inversion: .prefixedNo, help: "Re-cut the data sets' tokens into kutip's own before training (as kutip analyze tokenises).")
    var retokenize = true

    @Option(help: "Seed of the training shuffle (the shipped model uses the default).")
    var seed: UInt64 = EntityTraining.seed

    func run() throws {
        _ = try EntityTraining.run(trainPath: train, devPath: dev, outputPath: out,
                                     auxiliaryPaths: aux.filter { !$0.isEmpty }, newsRepeats: newsRepeats, epochs: epochs, retokenize: retokenize, seed: seed) { line in
            print(line)
        }
    }
}
