import Foundation
import Synchronization

/// Reads several annotators' stores and compares them, article by article, on all cores.
///
/// An article is compared when at least one annotator has a file for it; an annotator without
/// one tagged nothing there. When the annotators' files were made on different versions of the
/// article's text (their fingerprints differ), each is re-anchored to the text as it is now
/// before comparing, as the reader would show it; files that agree on the fingerprint are
/// compared as saved, without reading the article.
public enum AgreementReading {
    public struct Outcome: Sendable {
        public var report: AgreementReport
        /// Messages naming the file and the problem: files that do not parse (their article is
        /// left out for everyone), tags naming a speaker the registry lacks, texts that cannot be
        /// read for re-anchoring. The rest of the report stands.
        public var problems: [String]
        /// Articles with tag files that the corpus does not have (left out).
        public var notInCorpus: [String]
    }

    /// One article's outcome.
    struct Slot: Sendable {
        var figures: AgreementReport.ArticleFigures?
        var problems: [String] = []
    }

    public struct Annotator: Sendable {
        public var name: String
        public var folder: String

        public init(name: String, folder: String) {
            self.name = name
            self.folder = folder
        }
    }

    /// Compares the annotators' tags on the articles of `corpus` (in its order). Throws when a
    /// registry (`speakers.json`) cannot be read.
    public static func read(_ annotators: [Annotator], corpus: Corpus) throws -> Outcome {
        let stores = try annotators.map { try AnnotationStore.reading(folder: $0.folder, annotator: $0.name) }
        let identities = try stores.map { SpeakerIdentity(try $0.speakers()) }
        let stored = stores.map { Set($0.storedArticleIDs()) }
        let everyStored = stored.reduce(into: Set<String>()) { $0.formUnion($1) }
        let entries = corpus.entries.filter { everyStored.contains($0.id.rawValue) }
        let inCorpus = Set(corpus.entries.map(\.id.rawValue))
        let notInCorpus = everyStored.subtracting(inCorpus).sorted()

        let names = annotators.map(\.name)
        // Articles in chunks on all cores; each chunk's figures, problems and their sum.
        struct Chunk: Sendable {
            var articles: [AgreementReport.ArticleFigures] = []
            var total: AgreementFigures
            var problems: [String] = []
        }
        let chunk = 64
        let chunks = (entries.count + chunk - 1) / chunk
        let done = Mutex([Chunk?](repeating: nil, count: chunks))
        let unknown = Mutex([Set<String>](repeating: [], count: annotators.count))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var result = Chunk(total: AgreementFigures(annotators: names.count))
            var unknownHere = [Set<String>](repeating: [], count: annotators.count)
            for index in c * chunk..<min(entries.count, (c + 1) * chunk) {
                let slot = compare(entries[index], corpus: corpus, stores: stores, stored: stored, identities: identities,
                                   unknown: &unknownHere)
                result.problems += slot.problems
                if let figures = slot.figures {
                    result.articles.append(figures)
                    result.total.merge(figures.figures)
                }
            }
            done.withLock { $0[c] = result }
            unknown.withLock { all in
                for index in all.indices { all[index].formUnion(unknownHere[index]) }
            }
        }
        var report = AgreementReport(annotators: names)
        var problems: [String] = []
        for result in done.withLock({ $0 }) {
            guard let result else { continue }
            problems += result.problems
            report.add(result.articles, total: result.total)
        }
        for (index, ids) in unknown.withLock({ $0 }).enumerated() where !ids.isEmpty {
            problems.append("\(stores[index].speakersPath): has no speaker \(ids.sorted().joined(separator: ", ")), which tags in \(stores[index].folder) name; those quotations count as having no speaker")
        }
        return Outcome(report: report, problems: problems, notInCorpus: notInCorpus)
    }

    private static func compare(_ entry: CorpusEntry, corpus: Corpus, stores: [AnnotationStore], stored: [Set<String>],
                                identities: [SpeakerIdentity], unknown: inout [Set<String>]) -> Slot {
        let id = entry.id.rawValue
        var files: [ArticleAnnotations?] = []
        var problems: [String] = []
        for (index, store) in stores.enumerated() {
            guard stored[index].contains(id) else {
                files.append(nil)
                continue
            }
            do {
                files.append(try store.storedSpans(of: id))
            } catch {
                problems.append("\(error)")
            }
        }
        guard problems.isEmpty else {
            problems.append("\(id): left out of the comparison, since not every annotator's tags could be read")
            return Slot(figures: nil, problems: problems)
        }
        let fingerprints = files.compactMap { $0?.fingerprint }
        if fingerprints.contains(where: { $0 != fingerprints[0] }) {
            switch corpus.load(entry) {
            case let .success(article):
                let fingerprint = article.fingerprint.description
                // Finding tags again needs their texts: these files are read whole.
                for (index, store) in stores.enumerated() where files[index] != nil {
                    do {
                        files[index] = try store.storedAnnotations(of: id).map {
                            $0.reanchored(to: article.scalars, fingerprint: fingerprint) ?? $0
                        }
                    } catch {
                        return Slot(figures: nil, problems: ["\(error)"])
                    }
                }
            case let .failure(problem):
                problems.append("\(entry.path): the annotators tagged different versions of this article and it cannot be read to find their tags again (\(problem)); compared as saved")
            }
        }
        var tags: [AnnotatorTags] = []
        for (index, file) in files.enumerated() {
            guard let file else {
                tags.append(AnnotatorTags())
                continue
            }
            var missing = Set<String>()
            tags.append(AnnotatorTags(file, speakers: identities[index], unknownSpeakers: &missing))
            unknown[index].formUnion(missing)
        }
        return Slot(figures: AgreementReport.ArticleFigures(article: id, figures: AgreementFigures(tags)), problems: problems)
    }
}
