import ArgumentParser
import Foundation
import KutipCore

/// `kutip export`: the tags (and, if asked, analysis) in formats other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the tags (and analysis, with --include) as json, jsonl, csv, w3c, brat, conll, doccano or label-studio.",
        discussion: """
            json: the store's own files ({"schema", "annotators": [{"annotator", "speakers", \
            "articles": [{"path", "id", "tags", "analysis"}]}]}). jsonl: one article a line, the analyze \
            contract's shape with "source" (user or auto) on every span and the annotator. csv: one \
            quotation a row (article, title, start, end, kind, speaker, text, annotator, source), RFC 4180, \
            UTF-8. w3c: a W3C Web Annotation AnnotationPage (JSON-LD; TextQuoteSelector and \
            TextPositionSelector). brat: brat standoff .txt/.ann pairs (<id>.<annotator>.ann when several \
            annotators are exported) and annotation.conf, into the \
            folder --out names. conll: entities as IOB2 tags, a token a line, for spaCy and NER tools. doccano: its JSONL \
            import format for sequence labelling (QUOTE:kind labels; speakers as metadata). label-studio: a JSON list of \
            Label Studio tasks (tags as annotations, analysis as predictions; the labelling configuration is in \
            README.md), its offsets in UTF-16 code units as Label Studio counts them. Other offsets are code \
            points into each file's text. brat files carry no source: import them (kutip import --format brat) \
            from an export made with --include user. Exit codes: 0 done, 1 bad \
            input (the message names the file), 2 usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, csv, w3c, brat, conll, doccano
        case labelStudio = "label-studio"
    }
    enum Include: String, ExpressibleByArgument, CaseIterable { case user, auto, all }

    @Option(help: "json, jsonl, csv, w3c, brat, conll, doccano or label-studio.")
    var format: Format

    @Option(help: "user: the tags; auto: what analysis suggests; all: both, tags winning, with the suggestions the annotator's tags teach (as in the reader).")
    var include: Include = .user

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Write to this file instead of standard output (brat: the folder to write into).")
    var out: String?

    func validate() throws {
        if format == .brat, out == nil { throw ValidationError("brat writes several files: give --out FOLDER") }
    }

    @Argument(help: "The corpus folder. Default: the bundled corpus data/articles.")
    var corpus: String?

    func run() throws {
        try valueOrExit { try write() }
    }

    /// Does the export; a failure is thrown as a `CommandFailure` naming the file and the problem.
    func write() throws {
        let corpusPath = corpus ?? BundledCorpus.path()
        let opened = try orFail { try Corpus.open(corpusPath) }
        let scope = ExportInclude(rawValue: include.rawValue)!
        // Analysis is needed for its spans, and conll needs its tokens and sentences.
        let analyzer: StandardAnalyzer? = scope == .user && format != .conll ? nil : try orFail { try StandardAnalyzer.load() }
        let selection = try orFail {
            try ExportSelection(corpus: opened, corpusPath: corpusPath, folders: scope == .auto ? [] : storeOptions.folders(corpus: corpusPath),
                                include: scope, analyzer: analyzer)
        }
        let exported = selection.exported
        let byID = Dictionary(selection.items.map { ($0.article.id.rawValue, $0.article) }, uniquingKeysWith: { a, _ in a })
        var output = Data()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            output = try encoder.encode(StoreExport(annotators: selection.stores)) + Data("\n".utf8)
        case .jsonl:
            // Written by hand (`ExportJSONLines`): the bytes JSONEncoder wrote, in a tenth of the time.
            var lines = ExportJSONLines()
            output = Data(try lines.lines(exported))
        case .csv:
            output = Data(QuotationTable.csv(exported))
        case .w3c:
            output = try WebAnnotations.page(exported.compactMap { item in byID[item.id].map { (item, $0) } })
        case .brat:
            try writeBrat(exported, articles: byID)
            return
        case .labelStudio:
            output = try LabelStudioTasks.tasks(exported.compactMap { item in byID[item.id].map { (item, $0) } })
        case .doccano:
            for item in exported {
                guard let article = byID[item.id] else { continue }
                output += try DoccanoLines.line(item, article: article)
            }
        case .conll:
            for item in exported {
                guard let article = byID[item.id], let analyzer else { continue }
                let (tokens, sentences) = analyzer.tokensAndSentences(of: article)
                output += Data(EntityColumns.document(item, scalars: article.scalars, tokens: tokens, sentences: sentences).utf8)
            }
        }
        if let out {
            _ = try orFail { try AtomicFile.write(Array(output), to: out) }
        } else {
            FileHandle.standardOutput.write(output)
        }
    }

    /// One .txt/.ann pair per article (per annotator, when several) and annotation.conf.
    private func writeBrat(_ exported: [ExportedArticle], articles: [String: Article]) throws {
        let folder = out!
        _ = try orFail { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let several = Set(exported.compactMap(\.annotator)).count > 1
        for item in exported {
            guard let article = articles[item.id] else { continue }
            let name = several ? "\(item.id).\(item.annotator ?? "auto")" : item.id
            let base = (folder as NSString).appendingPathComponent(name)
            _ = try orFail { try AtomicFile.write(Array(article.text.utf8), to: base + ".txt") }
            let ann = Array(BratStandoff.annotations(item, article: article).utf8)
            // brat wants an .ann beside each .txt, empty when there is nothing to show.
            if ann.isEmpty {
                FileManager.default.createFile(atPath: base + ".ann", contents: Data())
            } else {
                _ = try orFail { try AtomicFile.write(ann, to: base + ".ann") }
            }
        }
        _ = try orFail { try AtomicFile.write(Array(BratStandoff.configuration.utf8), to: (folder as NSString).appendingPathComponent("annotation.conf")) }
    }
}
