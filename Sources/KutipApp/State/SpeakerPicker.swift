import Foundation
import KutipCore

/// The speaker picker (`s` on a quotation): the suggested speaker first, then the people of the
/// article, then every speaker the annotator has tagged; typing filters them (fuzzy).
public struct SpeakerPicker: Sendable, Equatable {
    public struct Candidate: Sendable, Equatable {
        public let name: String
        /// The registry's id, when this is a known speaker.
        public let speakerID: String?
        /// Why it is listed: `suggested`, `in this article`, `tagged before`.
        public let note: String
    }

    public var query = LineEditor()
    public var cursor = 0
    public let articleID: ArticleID
    public let quoteIndex: Int
    /// All candidates, in the order above, each name once.
    public let candidates: [Candidate]

    init(articleID: ArticleID, quoteIndex: Int, candidates: [Candidate]) {
        self.articleID = articleID
        self.quoteIndex = quoteIndex
        var seen: Set<String> = []
        self.candidates = candidates.filter { candidate in
            guard let key = PersonName(candidate.name)?.key ?? Optional(candidate.name.lowercased()) else { return false }
            return seen.insert(key).inserted
        }
    }

    /// The candidates the query lets through, best first (the original order breaks ties).
    public var matches: [Candidate] {
        let text = query.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return candidates }
        return candidates.enumerated()
            .compactMap { index, candidate in FuzzyMatch.score(text, in: candidate.name).map { (candidate, $0, index) } }
            .sorted { ($0.1, -$0.2) > ($1.1, -$1.2) }
            .map(\.0)
    }

    mutating func move(by delta: Int) {
        let count = matches.count
        cursor = count == 0 ? 0 : min(max(0, cursor + delta), count - 1)
    }
}

/// Fuzzy matching for pickers: the query's letters in order within the name, case and
/// diacritics aside; runs of letters and letters at word starts score higher.
public enum FuzzyMatch {
    public static func score(_ query: String, in name: String) -> Int? {
        let needle = fold(query).filter { $0 != " " }
        let haystack = fold(name)
        guard !needle.isEmpty else { return 0 }
        var score = 0
        var n = 0
        var previousMatched = false
        for (i, c) in haystack.enumerated() {
            guard n < needle.count else { break }
            if c == needle[n] {
                score += 1
                if previousMatched { score += 2 }
                if i == 0 || haystack[i - 1] == " " { score += 3 }
                n += 1
                previousMatched = true
            } else {
                previousMatched = false
            }
        }
        return n == needle.count ? score : nil
    }

    private static func fold(_ text: String) -> [Character] {
        Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }
}
