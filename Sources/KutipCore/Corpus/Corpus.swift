import Foundation

/// A folder of news articles (`.txt`, `.md`, `.jsonl`), listed in file-name order.
///
/// Opening a corpus only lists it: an article's file is read when it is first asked for, so that
/// the library of a 10,000-article corpus draws at once.
public struct Corpus: Sendable {
    public let folder: URL
    public let entries: [CorpusEntry]

    public static let articleExtensions: Set<String> = ["txt", "md", "jsonl"]

    /// Lists the articles at `path`: a folder, or a single article file.
    public static func open(_ path: String) throws(CorpusError) -> Corpus {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw .missing(path: path)
        }
        if !isFolder.boolValue {
            let ext = url.pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { throw .notAnArticle(path: path) }
            let entries = try entries(for: url, displayPath: path)
            return Corpus(folder: url.deletingLastPathComponent(), entries: entries)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw .unreadable(path: path, reason: CorpusError.reason(error))
        }
        var entries: [CorpusEntry] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let ext = (name as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let file = url.appendingPathComponent(name)
            entries += try Corpus.entries(for: file, displayPath: (path as NSString).appendingPathComponent(name))
        }
        guard !entries.isEmpty else { throw .empty(path: path) }
        return Corpus(folder: url, entries: entries)
    }

    public init(folder: URL, entries: [CorpusEntry]) {
        self.folder = folder
        self.entries = entries
    }

    /// Reads an entry's article, or says why it cannot be read.
    public func load(_ entry: CorpusEntry) -> Result<Article, ArticleProblem> {
        switch entry.content {
        case let .record(text, title, outlet):
            return .success(Article(id: entry.id, source: entry.fileName, text: text, title: title, outlet: outlet))
        case let .problem(problem):
            return .failure(problem)
        case .file:
            let bytes: [UInt8]
            do {
                bytes = try Corpus.readBytes(entry.url)
            } catch {
                return .failure(.unreadable(reason: CorpusError.reason(error)))
            }
            switch TextDecoding.decode(bytes) {
            case let .success(text):
                return .success(Article(id: entry.id, source: entry.fileName, text: text))
            case let .failure(problem):
                return .failure(.text(problem))
            }
        }
    }

    static func readBytes(_ url: URL) throws -> [UInt8] {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return [UInt8](try handle.readToEnd() ?? Data())
    }

    /// A `.txt`/`.md` file is one entry (not read yet); a `.jsonl` file is read now and gives
    /// one entry per record, or one entry marked with the problem if it cannot be read.
    private static func entries(for file: URL, displayPath: String) throws(CorpusError) -> [CorpusEntry] {
        let name = file.lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        guard file.pathExtension.lowercased() == "jsonl" else {
            return [CorpusEntry(id: ArticleID(stem), fileName: name, url: file, byteCount: size, content: .file)]
        }
        do {
            let bytes = try readBytes(file)
            return JSONLinesArticles.entries(bytes: bytes, file: file, stem: stem)
        } catch {
            let problem = ArticleProblem.unreadable(reason: CorpusError.reason(error))
            return [CorpusEntry(id: ArticleID(stem), fileName: name, url: file, byteCount: size, content: .problem(problem))]
        }
    }
}

/// One article in a corpus listing, before it is read.
public struct CorpusEntry: Sendable, Identifiable {
    public let id: ArticleID
    /// The file name, or `file.jsonl#line` for a JSONL record.
    public let fileName: String
    public let url: URL
    public let byteCount: Int
    let content: Content

    enum Content: Sendable {
        case file
        case record(text: String, title: String?, outlet: String?)
        case problem(ArticleProblem)
    }

    init(id: ArticleID, fileName: String, url: URL, byteCount: Int, content: Content) {
        self.id = id
        self.fileName = fileName
        self.url = url
        self.byteCount = byteCount
        self.content = content
    }
}

/// Why a corpus cannot be opened. Each message names the path.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case empty(path: String)
    case notAnArticle(path: String)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(path): return "\(path): no such file or folder"
        case let .empty(path): return "\(path): no articles here (kutip reads .txt, .md and .jsonl files)"
        case let .notAnArticle(path): return "\(path): not an article file (kutip reads .txt, .md and .jsonl files)"
        case let .unreadable(path, reason): return "\(path): cannot be read: \(reason)"
        }
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadNoSuchFileError: return "no such file"
            default: break
            }
        }
        return ns.localizedDescription
    }
}

/// Why one article cannot be shown. The library lists the article with this marker.
public enum ArticleProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case text(TextProblem)
    case unreadable(reason: String)
    case badRecord(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .text(problem): return problem.description
        case let .unreadable(reason): return "cannot be read: \(reason)"
        case let .badRecord(line, reason): return "line \(line): \(reason)"
        }
    }

    /// A word or two for the library's list.
    public var marker: String {
        switch self {
        case .text(.binary): return "binary"
        case .text(.notUTF8): return "not UTF-8"
        case .unreadable: return "unreadable"
        case .badRecord: return "bad record"
        }
    }
}
