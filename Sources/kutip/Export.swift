import ArgumentParser
import Foundation
import KutipCore

/// `kutip export`: the tags (and, if asked, analysis) in formats other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
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
        var exportFormat: ExportFormat { ExportFormat(rawValue: rawValue)! }
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
        let format = format.exportFormat
        let analyzer: StandardAnalyzer? = scope == .user && !format.needsAnalysis ? nil : try orFail { try StandardAnalyzer.load() }
        let selection = try orFail {
            try ExportSelection(corpus: opened, corpusPath: corpusPath, folders: scope == .auto ? [] : storeOptions.folders(corpus: corpusPath),
                                include: scope, analyzer: analyzer)
        }
        if format.isFolder {
            let folder = out!
            _ = try orFail { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let files = ExportOutput.bratFiles(of: selection).map { ((folder as NSString).appendingPathComponent($0.name), $0.bytes) }
            _ = try orFail { try AtomicFiles.write(files) }
            return
        }
        let output = try orFail { try ExportOutput.bytes(format, of: selection, analyzer: analyzer) }
        if let out {
            _ = try orFail { try AtomicFile.write(output, to: out) }
        } else {
            FileHandle.standardOutput.write(Data(output))
        }
    }
}
