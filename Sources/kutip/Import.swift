import ArgumentParser
import Foundation
import KutipCore

/// `kutip import`: tags from a json or jsonl export into the store, merged, never duplicated.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring tags from a kutip json or jsonl export into the store (merging).",
        discussion: """
            Tags are matched to the corpus's articles by id and to existing tags by span: a tag at the \
            same span is updated, never added twice, so importing an export is a no-op. Speakers are \
            matched by name or alias. Only spans whose source is user are brought in. Exit codes: 0 \
            done, 1 bad input (the message names the file and line), 2 usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Option(help: "json or jsonl (as kutip export writes them).")
    var format: Format

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The export file to read.")
    var file: String

    @Argument(help: "The corpus folder. Default: the bundled corpus data/articles.")
    var corpus: String?

    func run() throws {
        let corpusPath = corpus ?? BundledCorpus.path()
        let opened = try valueOrExit { try Corpus.open(corpusPath) }
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("kutip: \(file): cannot read it\n".utf8))
            throw ExitCode.failure
        }
        let items = try valueOrExit { try ImportFile.read(data, format: format, file: file) }
        guard let (annotator, folder) = storeOptions.folders(corpus: corpusPath).first, storeOptions.annotator != "all" else {
            throw ValidationError("import writes one annotator's tags: give --annotator NAME")
        }
        let store = try valueOrExit { try AnnotationStore(folder: folder, annotator: annotator) }
        var speakers = try valueOrExit { try store.speakers() }
        let before = speakers
        var changed = 0
        for entry in opened.entries {
            guard let incoming = items[entry.id.rawValue], case let .success(article) = opened.load(entry) else { continue }
            let tags = try valueOrExit { try store.annotations(for: article) }
            let merged = try valueOrExit {
                try TagImport.merge(quotes: incoming.quotes, entities: incoming.entities, into: tags, of: article, speakers: &speakers)
            }
            if merged != tags {
                _ = try valueOrExit { try store.save(merged) }
                changed += 1
            }
        }
        if speakers != before { _ = try valueOrExit { try store.save(speakers) } }
        FileHandle.standardError.write(Data("kutip: \(changed) article\(changed == 1 ? "" : "s") changed in \(folder)\n".utf8))
    }
}

/// What an export file says about each article, as import items.
enum ImportFile {
    struct Article {
        var quotes: [TagImport.QuoteItem] = []
        var entities: [TagImport.EntityItem] = []
    }

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ data: Data, format: Import.Format, file: String) throws -> [String: Article] {
        var result: [String: Article] = [:]
        switch format {
        case .jsonl:
            for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                let exported: ExportedArticle
                do {
                    exported = try JSONDecoder().decode(ExportedArticle.self, from: Data(line))
                } catch {
                    throw Problem(description: "\(file):\(number + 1): not an exported article (\(error))")
                }
                var article = result[exported.id] ?? Article()
                switch TagImport.items(of: exported) {
                case let .success(items):
                    article.quotes += items.quotes
                    article.entities += items.entities
                case let .failure(problem):
                    throw Problem(description: "\(file):\(number + 1): \(problem)")
                }
                result[exported.id] = article
            }
        case .json:
            let export: StoreExport
            do {
                export = try JSONDecoder().decode(StoreExport.self, from: data)
            } catch {
                throw Problem(description: "\(file): not a kutip json export (\(error))")
            }
            guard export.schema <= StoreExport.currentSchema else {
                throw Problem(description: "\(file): written by a newer kutip (schema \(export.schema))")
            }
            for annotator in export.annotators {
                for entry in annotator.articles {
                    var article = result[entry.id] ?? Article()
                    let items = TagImport.items(of: entry.tags, speakers: annotator.speakers)
                    article.quotes += items.quotes
                    article.entities += items.entities
                    result[entry.id] = article
                }
            }
        }
        return result
    }
}
