import ArgumentParser
import Foundation
import KutipCore

/// `kutip analyze PATH...`: entities and quotations as JSON, for scripts and other tools.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the entities and quotations kutip finds, as JSON.",
        discussion: """
            Offsets are Unicode code points into each file's text exactly as read (UTF-8, nothing \
            normalised), end exclusive: Python's open(path, encoding="utf-8", newline="").read()[start:end] \
            gives the span's text. Articles that cannot be read are named on standard error and the \
            exit code is 1; the others are still printed.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Option(help: "json: one document {\"articles\": [...]}; jsonl: one article a line.")
    var format: Format = .json

    @Argument(help: "Article files or folders of articles.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or folder to analyze.") }
    }

    func run() throws {
        let analyzer = try valueOrExit { try StandardAnalyzer.load() }
        // Every article is analysed before any is printed: a speaker's canonical name comes from
        // all the articles (`PersonAliases`), so jsonl too waits for the last one. What is kept
        // until then is each article as it will be printed and the people it names, not its text
        // and code points (a tenth of the memory, which costs page faults to grow into).
        var analysed: [AnalyzedArticle] = []
        var people: [PersonAliases.Mention] = []
        var failed = false
        for path in paths {
            let corpus: Corpus
            do {
                corpus = try Corpus.open(path)
            } catch {
                FileHandle.standardError.write(Data("kutip: \(error)\n".utf8))
                failed = true
                continue
            }
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            for entry in corpus.entries {
                switch corpus.load(entry) {
                case let .success(article):
                    // The path as the user would type it: theirs for a file, folder/name for a
                    // folder's file (a JSONL record names its .jsonl file; its id tells it apart).
                    let fileName = String(entry.fileName.split(separator: "#").first ?? "")
                    let shown = isFolder.boolValue ? (path as NSString).appendingPathComponent(fileName) : path
                    let analysis = analyzer.analyze(article)
                    let printed = AnalyzedArticle(path: shown, article: article, analysis: analysis)
                    people += PersonAliases.mentions(in: printed, analysis: analysis)
                    analysed.append(printed)
                case let .failure(problem):
                    FileHandle.standardError.write(Data("kutip: \(entry.path): \(problem)\n".utf8))
                    failed = true
                }
            }
        }
        let aliases = PersonAliases(mentions: people, knownNames: analyzer.knownPeople)
        let articles = analysed.map { aliases.canonicalised($0) }
        // Written by hand (`AnalyzeJSON`): the same bytes as JSONEncoder, which on Linux cost more
        // than the analysis of short articles.
        var json = AnalyzeJSON()
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(try json.document(articles) + [UInt8(ascii: "\n")]))
        case .jsonl:
            var lines: [UInt8] = []
            for article in articles {
                lines += try json.article(article)
                lines.append(UInt8(ascii: "\n"))
                // Written every 64 KB: below glibc's mmap threshold (128 KB), so neither this buffer
                // nor its Data copy is a fresh mapping whose pages fault in at every write.
                if lines.count >= 1 << 16 { FileHandle.standardOutput.write(Data(lines)); lines.removeAll(keepingCapacity: true) }
            }
            FileHandle.standardOutput.write(Data(lines))
        }
        if failed { throw ExitCode.failure }
    }
}
