import Synchronization

/// One `EmissionScorer` kept by a tagger and reused from text to text, so that what it sums once
/// per distinct word (and per pair of neighbouring words) is summed once per run instead of once
/// per article. Real input is many short articles that share most of their words; a fresh scorer
/// per article spent most of its time describing the same words again.
///
/// The scorer's sums depend on the words alone, never on the text they were first seen in, so
/// reuse gives the same scores. A caller that finds the scorer in use (another thread tagging)
/// gets nil and tags with a fresh one rather than wait. The cache is emptied when it grows past
/// `limit` entries, so memory stays bounded on endless input.
final class ScorerCache: Sendable {
    private let scorer: Mutex<EmissionScorer>
    private let limit: Int

    init(_ scorer: EmissionScorer, limit: Int = 200_000) {
        self.scorer = Mutex(scorer)
        self.limit = limit
    }

    /// `body` run on the shared scorer, or nil when another caller is using it.
    func withScorer<Result: Sendable>(_ body: (inout EmissionScorer) -> Result) -> Result? {
        scorer.withLockIfAvailable { scorer -> Result in
            if scorer.cachedCount > limit { scorer.forget() }
            return body(&scorer)
        }
    }
}
