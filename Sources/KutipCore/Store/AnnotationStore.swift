import Foundation

/// One annotator's tags on a corpus, in JSON files: `<folder>/<article-id>.json` per article
/// and `<folder>/speakers.json` (DESIGN.md "Files"). Pretty-printed with sorted keys so that git
/// diffs and merges stay small. Opening takes the store's lock; reading an article's file
/// re-anchors its tags when the article's text has changed. A file that does not parse, or
/// that a newer kutip wrote, is reported by name and never overwritten.
public struct AnnotationStore: Sendable {
    public let folder: String
    public let annotator: String
    /// Nil for a store opened to read only.
    private let lock: StoreLock?

    /// `annotations/<annotator>/` beside the corpus folder (or beside a corpus file).
    public static func defaultFolder(corpus path: String, annotator: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("annotations").appendingPathComponent(annotator).path
    }

    /// Opens (creating it if need be) the store in `folder` and takes its lock.
    public init(folder: String, annotator: String) throws {
        try self.init(folder: folder, annotator: annotator, readOnly: false)
    }

    /// Opens the store to read it alongside a running kutip (`kutip stats`): no lock, and saving
    /// is refused. Safe because every save replaces a whole file by renaming.
    public static func reading(folder: String, annotator: String) throws -> AnnotationStore {
        try AnnotationStore(folder: folder, annotator: annotator, readOnly: true)
    }

    private init(folder: String, annotator: String, readOnly: Bool) throws {
        if readOnly {
            self.folder = folder
            self.annotator = annotator
            lock = nil
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreProblem.cannotWrite(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        self.folder = folder
        self.annotator = annotator
        lock = try StoreLock(folder: folder)
        removeAbandonedTemporaryFiles()
        ignoreMachineFiles()
    }

    /// What a store folder tells git to leave out: the lock (it names this machine's kutip, and
    /// committed it would stop the store opening on every other machine, and conflict between
    /// branches) and temporary files of saves under way.
    public static let gitignore = "# kutip: this machine's lock and unfinished saves, not the team's tags\n.lock\n.*.tmp\n"

    /// Writes `.gitignore` into the folder when it has none, so that a team sharing its tags
    /// through git commits the tags alone.
    private func ignoreMachineFiles() {
        let path = (folder as NSString).appendingPathComponent(".gitignore")
        guard !FileManager.default.fileExists(atPath: path) else { return }
        try? AtomicFile.write(Array(Self.gitignore.utf8), to: path)
    }

    /// Temporary files of saves that a killed kutip never finished (`AtomicFile` names them
    /// `.<file>.<pid>.<random>.tmp`): the lock is ours, so no save of another kutip is under way.
    private func removeAbandonedTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    public static let speakersFile = "speakers.json"

    public func path(of articleID: String) -> String { (folder as NSString).appendingPathComponent(articleID + ".json") }
    public var speakersPath: String { (folder as NSString).appendingPathComponent(Self.speakersFile) }

    /// The article ids that have a file in the store.
    public func storedArticleIDs() -> [String] {
        FolderNames.visible(in: folder).filter { $0.hasSuffix(".json") && $0 != Self.speakersFile }
            .map { String($0.dropLast(5)) }.sorted()
    }

    // MARK: Reading

    /// The tags on `article`: empty when it has no file yet; re-anchored to its text as it is now
    /// when it changed since they were saved (the file itself is rewritten only by the next save).
    public func annotations(for article: Article) throws -> ArticleAnnotations {
        let path = path(of: article.id.rawValue)
        let fingerprint = article.fingerprint.description
        guard let stored: ArticleAnnotations = try read(path) else {
            return ArticleAnnotations(article: article.id.rawValue, fingerprint: fingerprint, annotator: annotator)
        }
        return stored.reanchored(to: article.scalars, fingerprint: fingerprint) ?? stored
    }

    /// The tags stored for an article id, as saved (no re-anchoring); nil when it has no file.
    public func storedAnnotations(of articleID: String) throws -> ArticleAnnotations? {
        try read(path(of: articleID))
    }

    /// The tags stored for an article id with their offsets, kinds, speakers and marks but each
    /// anchor's `text`, `before` and `after` empty (when the file is read by hand; else whole):
    /// what comparing annotators needs, read faster. Nil when it has no file.
    public func storedSpans(of articleID: String) throws -> ArticleAnnotations? {
        let path = path(of: articleID)
        if let data = try? FileBytes.read(path),
           let spans = data.withUnsafeBufferPointer({ StoreFileDecoding.articleAnnotations($0, anchorTexts: false) }),
           spans.schema <= ArticleAnnotations.currentSchema {
            return spans
        }
        return try read(path)
    }

    public func speakers() throws -> SpeakerRegistry {
        try read(speakersPath) ?? SpeakerRegistry()
    }

    private func read<Value: Decodable & SchemaVersioned>(_ path: String) throws -> Value? {
        let bytes: [UInt8]
        do {
            guard let read = try FileBytes.read(path) else { return nil }
            bytes = read
        } catch {
            throw StoreProblem.unreadable(path: path, reason: "cannot open it (\(error))")
        }
        // One parse for a good file (by hand when `Value` knows how, see `StoreFileDecoding`); the
        // schema alone is read only to tell why one does not decode.
        let value: Value
        do {
            value = try bytes.withUnsafeBufferPointer { Value.decodedQuickly(from: $0) } ?? JSONDecoder().decode(Value.self, from: Data(bytes))
        } catch {
            if let version = try? JSONDecoder().decode(SchemaOnly.self, from: Data(bytes)).schema, version > Value.currentSchema {
                throw StoreProblem.newerSchema(path: path, found: version, supported: Value.currentSchema)
            }
            throw StoreProblem.unreadable(path: path, reason: Self.describe(error))
        }
        guard value.schema <= Value.currentSchema else {
            throw StoreProblem.newerSchema(path: path, found: value.schema, supported: Value.currentSchema)
        }
        return value
    }

    // MARK: Writing

    /// Saves an article's tags durably (see `AtomicFile`); when it returns, they are on disk.
    public func save(_ annotations: ArticleAnnotations) throws {
        var annotations = annotations
        annotations.normalise()
        try write(annotations, to: path(of: annotations.article))
    }

    public func save(_ registry: SpeakerRegistry) throws {
        try write(registry, to: speakersPath)
    }

    private func write<Value: Codable & Equatable & SchemaVersioned>(_ value: Value, to path: String) throws {
        guard lock != nil else { throw StoreProblem.cannotWrite(path: path, reason: "the store was opened to read only") }
        // A file this kutip cannot read is the user's data all the same: never written over.
        if FileManager.default.fileExists(atPath: path) {
            let _: Value? = try read(path)
        }
        let bytes = try Self.encode(value)
        // What goes to disk must read back as what was meant, or nothing is written.
        guard let back = try? JSONDecoder().decode(Value.self, from: Data(bytes)), back == value else {
            throw StoreProblem.cannotWrite(path: path, reason: "the encoded annotations did not read back the same")
        }
        try AtomicFile.write(bytes, to: path)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.dataCorrupted(context): "not valid JSON: \(context.debugDescription)"
        case let DecodingError.keyNotFound(key, context): "missing \"\(key.stringValue)\" at \(path(context))"
        case let DecodingError.typeMismatch(_, context): "wrong type at \(path(context)): \(context.debugDescription)"
        case let DecodingError.valueNotFound(_, context): "missing value at \(path(context))"
        default: "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return parts.isEmpty ? "the top" : parts
    }
}

/// A store file's layout version, read before the rest so that a newer file is told apart from
/// a damaged one.
protocol SchemaVersioned {
    static var currentSchema: Int { get }
    var schema: Int { get }
    /// The value read without `JSONDecoder`, or nil to leave the bytes to it.
    static func decodedQuickly(from bytes: UnsafeBufferPointer<UInt8>) -> Self?
}
extension SchemaVersioned {
    static func decodedQuickly(from bytes: UnsafeBufferPointer<UInt8>) -> Self? { nil }
}
extension ArticleAnnotations: SchemaVersioned {
    static func decodedQuickly(from bytes: UnsafeBufferPointer<UInt8>) -> ArticleAnnotations? {
        StoreFileDecoding.articleAnnotations(bytes)
    }
}
extension SpeakerRegistry: SchemaVersioned {}
private struct SchemaOnly: Decodable { var schema: Int }
