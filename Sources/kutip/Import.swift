import ArgumentParser
import Foundation
import KutipCore

/// `kutip import`: tags from a json, jsonl or brat export into the store, merged, never duplicated.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring tags from a kutip json, jsonl or brat export into the store (merging).",
        discussion: """
            Tags are matched to the corpus's articles by id and to existing tags by span: a tag at the \
            same span is updated, never added twice, so importing an export is a no-op. Speakers are \
            matched by name or alias. json and jsonl: only spans whose source is user are brought in. \
            brat: FILE is the folder of .txt/.ann pairs (kutip's export, or the same files after edits \
            in brat); <id>.ann is article <id>'s, and <id>.<annotator>.ann (an export of several \
            annotators) is read only when <annotator> is the --annotator importing, other annotators' \
            files are left out. brat files say nothing of where a span came from: every span in them \
            becomes a tag, so import brat exports made with --include user. Quotation spans with a \
            Kind attribute (direct when absent) and PER, LOC, ORG, MISC entities are read; a \
            quotation's speaker is its "speaker: NAME" AnnotatorNotes note, else the text of the \
            Speaker span its SaidBy relation points to. Other entity types, relations, attributes and \
            events are left out with a warning naming the file and line; a line that is not brat's \
            grammar, or whose text is not the article's text at its offsets, stops the import before \
            anything is written. Exit codes: 0 done, 1 bad input (the message names the file and \
            line), 2 usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl, brat }

    @Option(help: "json or jsonl (a file, as kutip export writes them), or brat (a folder of .txt/.ann pairs).")
    var format: Format

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The export file to read (brat: the folder).")
    var file: String

    @Argument(help: "The corpus folder. Default: the bundled corpus data/articles.")
    var corpus: String?

    func run() throws {
        let corpusPath = corpus ?? BundledCorpus.path()
        let opened = try valueOrExit { try Corpus.open(corpusPath) }
        guard let (annotator, folder) = storeOptions.folders(corpus: corpusPath).first, storeOptions.annotator != "all" else {
            throw ValidationError("import writes one annotator's tags: give --annotator NAME")
        }
        // Everything is read and checked before the first file is written.
        var articles: [KutipCore.Article] = []
        let items: [String: ImportFile.Article]
        if format == .brat {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue else {
                FileHandle.standardError.write(Data("kutip: \(file): not a folder (brat import reads the folder of .ann files)\n".utf8))
                throw ExitCode.failure
            }
            let ids = Set(opened.entries.map(\.id.rawValue))
            let names = try valueOrExit { try FileManager.default.contentsOfDirectory(atPath: file) }
            let files = BratImport.files(names, articleIDs: ids, annotator: annotator)
            var read: [String: ImportFile.Article] = [:]
            for entry in opened.entries {
                guard let annFiles = files.mine[entry.id.rawValue], case let .success(article) = opened.load(entry) else { continue }
                articles.append(article)
                var incoming = ImportFile.Article()
                for name in annFiles {
                    let path = (file as NSString).appendingPathComponent(name)
                    guard let data = FileManager.default.contents(atPath: path) else {
                        FileHandle.standardError.write(Data("kutip: \(path): cannot read it\n".utf8))
                        throw ExitCode.failure
                    }
                    guard let content = String(data: data, encoding: .utf8) else {
                        FileHandle.standardError.write(Data("kutip: \(path): not UTF-8 text\n".utf8))
                        throw ExitCode.failure
                    }
                    let found = try valueOrExit { try BratImport.items(content, file: path, article: article) }
                    for warning in found.warnings { FileHandle.standardError.write(Data("kutip: warning: \(warning)\n".utf8)) }
                    incoming.quotes += found.quotes
                    incoming.entities += found.entities
                }
                read[entry.id.rawValue] = incoming
            }
            if !files.others.isEmpty {
                FileHandle.standardError.write(Data("kutip: \(files.others.count) .ann file\(files.others.count == 1 ? "" : "s") of other annotators left out (\(files.others.prefix(3).joined(separator: ", "))\(files.others.count > 3 ? ", …" : ""))\n".utf8))
            }
            for name in files.unmatched {
                FileHandle.standardError.write(Data("kutip: warning: \((file as NSString).appendingPathComponent(name)): no article \(name.dropLast(4)) in \(corpusPath); left out\n".utf8))
            }
            items = read
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("kutip: \(file): cannot read it\n".utf8))
                throw ExitCode.failure
            }
            items = try valueOrExit { try ImportFile.read(data, format: format, file: file) }
            for entry in opened.entries where items[entry.id.rawValue] != nil {
                if case let .success(article) = opened.load(entry) { articles.append(article) }
            }
        }
        let store = try valueOrExit { try AnnotationStore(folder: folder, annotator: annotator) }
        var speakers = try valueOrExit { try store.speakers() }
        let before = speakers
        var merged: [ArticleAnnotations] = []
        for article in articles {
            guard let incoming = items[article.id.rawValue] else { continue }
            let tags = try valueOrExit { try store.annotations(for: article) }
            let result = try valueOrExit {
                try TagImport.merge(quotes: incoming.quotes, entities: incoming.entities, into: tags, of: article, speakers: &speakers)
            }
            if result != tags { merged.append(result) }
        }
        for tags in merged { _ = try valueOrExit { try store.save(tags) } }
        if speakers != before { _ = try valueOrExit { try store.save(speakers) } }
        let changed = merged.count
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
        case .brat:
            preconditionFailure("brat is read folder by folder (BratImport)")
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
