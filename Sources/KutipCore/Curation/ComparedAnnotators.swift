import Foundation

/// The annotators a curator compares (`kutip --compare ana,budi`): their tags, read from their
/// own folders and never written, and what each said about a quotation.
public struct ComparedAnnotators: Sendable {
    /// Whose tags a curation writes unless `--annotator` names another: the annotators' agreed
    /// version, not one more annotator (so `kutip agree` leaves it out unless it is named).
    public static let defaultCurator = "curated"

    public struct Annotator: Sendable {
        public let name: String
        public let store: AnnotationStore
        public let speakers: SpeakerRegistry
    }

    public let annotators: [Annotator]
    /// Each article's tags per annotator (nil: none yet), in `annotators`' order.
    public private(set) var tags: [ArticleID: [ArticleAnnotations?]] = [:]
    /// Files that could not be read, named with the problem.
    public private(set) var problems: [String] = []

    public init(annotators: [Annotator]) {
        self.annotators = annotators
    }

    /// Opens each annotator's folder read-only (no lock: they may be tagging meanwhile). A
    /// folder that does not exist is an error (a misspelt name), not an annotator with no tags.
    public static func open(names: [String], folder: (String) -> String) throws -> ComparedAnnotators {
        let annotators = try names.map { name in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder(name), isDirectory: &isFolder), isFolder.boolValue else {
                throw StoreProblem.noSuchAnnotator(name: name, path: folder(name))
            }
            let store = try AnnotationStore.reading(folder: folder(name), annotator: name)
            return Annotator(name: name, store: store, speakers: try store.speakers())
        }
        return ComparedAnnotators(annotators: annotators)
    }

    public var names: [String] { annotators.map(\.name) }

    /// Reads the annotators' tags on an article unless read already; a damaged file is
    /// remembered as a problem and read as no tags.
    public mutating func load(_ article: Article) {
        guard tags[article.id] == nil else { return }
        tags[article.id] = annotators.map { annotator in
            do {
                let stored = try annotator.store.annotations(for: article)
                return stored
            } catch {
                problems.append("\(error)")
                return nil
            }
        }
    }

    /// What each annotator said about `range` in an article: their tag at the same span, else
    /// the first of their tags that `QuotationOverlap` matches.
    public func verdicts(on range: Range<Int>, in id: ArticleID) -> [AnnotatorVerdict] {
        let perAnnotator = tags[id] ?? Array(repeating: nil, count: annotators.count)
        return zip(annotators, perAnnotator).map { annotator, tags in
            let placed = (tags?.quotes ?? []).filter { !$0.unplaced }
            guard let tag = placed.first(where: { $0.range == range })
                ?? placed.first(where: { QuotationOverlap.matches($0.range, range) }) else { return .untagged }
            if tag.notAQuotation { return .notAQuotation }
            return .quotation(range: tag.range, kind: tag.kind,
                              speaker: tag.speaker.map { annotator.speakers.speaker(id: $0)?.name ?? $0 })
        }
    }

    /// Whether the annotators disagree on a quotation.
    public func disagree(on range: Range<Int>, in id: ArticleID) -> Bool {
        let verdicts = verdicts(on: range, in: id)
        guard let first = verdicts.first else { return false }
        return verdicts.dropFirst().contains { !$0.agrees(with: first) }
    }

    /// The quotations the annotators tagged that `shown` (what analysis suggested) lacks, each
    /// once however many annotators tagged it: the curator must see them to choose. In text order.
    public func quotationsMissing(from shown: [Range<Int>], in id: ArticleID) -> [(range: Range<Int>, kind: QuoteKind)] {
        var known = shown
        var result: [(range: Range<Int>, kind: QuoteKind)] = []
        for tags in tags[id] ?? [] {
            for tag in tags?.quotes ?? [] where !tag.unplaced && !tag.notAQuotation {
                guard !known.contains(where: { QuotationOverlap.matches($0, tag.range) }) else { continue }
                known.append(tag.range)
                result.append((tag.range, tag.kind))
            }
        }
        return result.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }
}
