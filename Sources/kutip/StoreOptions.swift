import ArgumentParser
import Foundation
import KutipCore

/// The options every command that reads or writes tags shares, with the reader's defaults.
struct StoreOptions: ParsableArguments {
    @Option(help: "Whose tags: they are kept under annotations/<name>/ (for export, `all` takes every annotator's). Default: your login name.")
    var annotator: String?

    @Option(help: "The folder of the tags. Default: annotations/<annotator>/ beside the corpus.")
    var store: String?

    /// Another annotator's folder: beside --store's folder when it is given, else in the
    /// annotations folder beside the corpus.
    func folder(ofAnnotator name: String, corpus: String) -> String {
        guard let store else { return AnnotationStore.defaultFolder(corpus: corpus, annotator: name) }
        return URL(fileURLWithPath: store).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// The annotators and their store folders: one, or with `all` every folder under the
    /// annotations folder (the parent of --store when given).
    func folders(corpus: String) -> [(annotator: String, folder: String)] {
        let name = annotator ?? LoginName.current()
        guard name == "all" else { return [(name, store ?? AnnotationStore.defaultFolder(corpus: corpus, annotator: name))] }
        let root = store.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            ?? URL(fileURLWithPath: AnnotationStore.defaultFolder(corpus: corpus, annotator: "x")).deletingLastPathComponent().path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { ($0, (root as NSString).appendingPathComponent($0)) }
    }
}
