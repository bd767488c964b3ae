import KutipCore

/// One save the terminal must make for the state: an article's tags or the speaker registry,
/// numbered so that the status line can say "saved" only once every save up to it is on disk.
public struct StoreWrite: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case article(ArticleAnnotations)
        case speakers(SpeakerRegistry)
    }
    public let sequence: Int
    public let content: Content
}

/// A change to the tags, kept for undo and redo: the article's tags (and the speaker registry,
/// when the change added a speaker or an alias) before and after.
struct TagEdit: Sendable, Equatable {
    let articleID: ArticleID
    let before: ArticleAnnotations
    let after: ArticleAnnotations
    let speakersBefore: SpeakerRegistry?
    let speakersAfter: SpeakerRegistry?
    /// What the change did, for the status line: `tagged “Kami siap…” as Alexander Lukashenko`.
    let summary: String
}

/// The annotator's tags as the session knows them, and what still has to reach the disk.
public struct AnnotationState: Sendable {
    /// Nil when kutip runs without a store (tests of reading alone); tagging then says so.
    public let store: AnnotationStore?
    public internal(set) var articles: [ArticleID: ArticleAnnotations] = [:]
    public internal(set) var speakers = SpeakerRegistry()
    /// Articles (and the registry, under the id `speakers.json`) whose store file is damaged or
    /// from a newer kutip: they are shown but not tagged, so the file is never overwritten.
    public internal(set) var problems: [ArticleID: String] = [:]
    var undoStack: [TagEdit] = []
    var redoStack: [TagEdit] = []
    var outbox: [StoreWrite] = []
    var nextSequence = 1
    /// Every write up to this sequence is on disk.
    public internal(set) var savedThrough = 0
    /// The last save that failed, shown until a later one succeeds.
    public internal(set) var saveFailure: String?

    static let registryID = ArticleID(AnnotationStore.speakersFile)

    init(store: AnnotationStore?) {
        self.store = store
        guard let store else { return }
        do {
            speakers = try store.speakers()
        } catch {
            problems[Self.registryID] = "\(error)"
        }
    }

    /// Whether writes are waiting or under way.
    public var isSaving: Bool { savedThrough < nextSequence - 1 }

    /// Reads an article's tags from the store unless known already.
    mutating func load(_ article: Article) {
        guard let store, articles[article.id] == nil, problems[article.id] == nil else { return }
        do {
            articles[article.id] = try store.annotations(for: article)
        } catch {
            problems[article.id] = "\(error)"
        }
    }

    mutating func queue(_ content: StoreWrite.Content) {
        outbox.append(StoreWrite(sequence: nextSequence, content: content))
        nextSequence += 1
    }

    /// Applies an edit's "after" side (or "before" side when undoing) and queues the saves.
    mutating func apply(_ edit: TagEdit, undoing: Bool) {
        let annotations = undoing ? edit.before : edit.after
        articles[edit.articleID] = annotations
        queue(.article(annotations))
        if let registry = undoing ? edit.speakersBefore : edit.speakersAfter {
            speakers = registry
            queue(.speakers(registry))
        }
    }
}
