import ArgumentParser
import Foundation
import KutipCore

/// `kutip agree [CORPUS]`: how far several annotators' tags agree.
struct Agree: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Compare several annotators' tags: quotations, their speakers (Cohen's κ, Krippendorff's α) and entities.",
        discussion: """
            Reads every annotator's store (annotations/<name>/) without locking it and prints, per \
            article that anyone tagged and over all of them: how many quotations each annotator \
            tagged, and for every pair of annotators how many of them match, their speaker \
            agreement and their entity agreement; then the speaker agreement of all annotators \
            together.

            Quotations: a tag marked "not a quotation" or unplaced is no quotation. Two annotators' \
            quotations match when they share at least half of each (the evaluation's rule), one to \
            one, greedily in text order (the first annotator's quotations each take the first \
            unused matching quotation of the second's).

            Speakers: compared by the speaker's name in each annotator's own registry, folded \
            (case, diacritics and glued words aside; aliases are not compared). A matched quotation \
            without a speaker is a missing value, not a value of its own. Cohen's κ, per pair, over \
            the matched quotations both gave a speaker (as scikit-learn's cohen_kappa_score). \
            Krippendorff's α (nominal), over units of quotations matched across all annotators: \
            built annotator by annotator in the order given, a quotation joining the first unit \
            (in text order) whose every quotation it matches, as pairs match; units with fewer than \
            two speakers add nothing (as the krippendorff package). Totals pool every article's \
            data; they are not averages of the articles' figures.

            Undefined figures: with nothing to compare, or when every value compared is one and the \
            same speaker (chance agreement 1, so the formula is 0/0; scikit-learn returns nan and \
            krippendorff raises), kutip prints "undefined" with the reason (json: null and \
            "undefined"), never NaN.

            Entities: each annotator's own entity tags (the corrections in the store, not the \
            analysis both see), per label PER, LOC, ORG, MISC and none (said to be no entity): how \
            many spans each gave it, how many both gave it on exactly the same span, and \
            F1 = 2·both / (first + second); and Cohen's κ of the labels over the spans both tagged.

            An annotator without a file for an article tagged nothing in it. Files made on \
            different versions of an article's text are re-anchored to its text now before they are \
            compared. json keys: schema, annotators, overall, articles (see README.md). Exit codes: \
            0 done, 1 bad input (the message names the file; the report is still printed when only \
            some files are bad), 2 usage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The corpus folder the tags were made on. Default: the bundled corpus data/articles.")
    var corpus: String?

    @Option(help: ArgumentHelp("The annotators to compare, in this order, comma-separated (at least two). Default: every folder in the store, by name, but the curation (curated/).",
                               valueName: "a,b,…"))
    var annotators: String?

    @Option(help: ArgumentHelp("The folder that holds one folder per annotator. Default: annotations/ beside the corpus.", valueName: "dir"))
    var store: String?

    @Option(help: "text (for reading) or json (for scripts).")
    var format: Format = .text

    /// The names given to --annotators.
    var chosen: [String]? {
        annotators.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    func validate() throws {
        guard let chosen else { return }
        if chosen.contains(where: \.isEmpty) { throw ValidationError("--annotators: an empty name in \"\(annotators ?? "")\"") }
        if Set(chosen).count != chosen.count { throw ValidationError("--annotators: a name given twice in \"\(annotators ?? "")\"") }
        if chosen.count < 2 { throw ValidationError("--annotators: agreement needs at least two annotators") }
    }

    func run() throws {
        let corpusPath = corpus ?? BundledCorpus.path()
        let opened = try valueOrExit { try Corpus.open(corpusPath) }
        let root = store ?? URL(fileURLWithPath: AnnotationStore.defaultFolder(corpus: corpusPath, annotator: "x"))
            .deletingLastPathComponent().path
        let folders = try annotatorFolders(root: root)
        let outcome = try valueOrExit {
            try AgreementReading.read(folders.map { AgreementReading.Annotator(name: $0.name, folder: $0.folder) }, corpus: opened)
        }
        switch format {
        case .text: FileHandle.standardOutput.write(Data(AgreementText.render(outcome.report).utf8))
        case .json: FileHandle.standardOutput.write(AgreementJSON.encode(outcome.report))
        }
        if !outcome.notInCorpus.isEmpty {
            let some = outcome.notInCorpus.prefix(3).joined(separator: ", ") + (outcome.notInCorpus.count > 3 ? ", …" : "")
            note("\(outcome.notInCorpus.count) article\(outcome.notInCorpus.count == 1 ? " has" : "s have") tags in \(root) but \(outcome.notInCorpus.count == 1 ? "is" : "are") not in \(corpusPath) (\(some)); left out")
        }
        for problem in outcome.problems { note(problem) }
        if !outcome.problems.isEmpty { throw ExitCode.failure }
    }

    /// The annotators compared and their folders: those --annotators names, or every folder in
    /// `root`.
    func annotatorFolders(root: String) throws -> [(name: String, folder: String)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            note("\(root): no annotations folder here (give --store, the folder that holds one folder per annotator)")
            throw ExitCode.failure
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(name), isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
        let path = { (name: String) in (root as NSString).appendingPathComponent(name) }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        if files.contains(where: { $0.hasSuffix(".json") && !$0.hasPrefix(".") }) {
            throw ValidationError("--store \(root) is one annotator's folder: give the folder that holds one folder per annotator (\((root as NSString).deletingLastPathComponent))")
        }
        if let chosen {
            for name in chosen where !names.contains(name) {
                note("\(path(name)): no such annotator folder (there \(names.count == 1 ? "is" : "are"): \(names.isEmpty ? "none" : names.joined(separator: ", ")))")
                throw ExitCode.failure
            }
            return chosen.map { ($0, path($0)) }
        }
        // The curation is made from the others' tags: comparing it with them by default would
        // count their agreement twice. Named in --annotators, it is compared like anyone.
        let annotators = names.filter { $0 != ComparedAnnotators.defaultCurator }
        guard annotators.count >= 2 else {
            note("\(root): agreement needs two annotators' folders; found \(names.isEmpty ? "none" : names.joined(separator: ", "))"
                 + (annotators.count < names.count ? " (\(ComparedAnnotators.defaultCurator) is the curation: name it in --annotators to compare it)" : ""))
            throw ExitCode.failure
        }
        if annotators.count < names.count {
            note("leaving out \(path(ComparedAnnotators.defaultCurator)), the curation of the others' tags (name it in --annotators to compare it)")
        }
        return annotators.map { ($0, path($0)) }
    }

    private func note(_ message: String) {
        FileHandle.standardError.write(Data("kutip: \(message)\n".utf8))
    }
}
