import Foundation

/// A folder of news articles (`.txt`, `.md`, `.jsonl`), listed in file-name order.
///
/// Opening a corpus only lists it: an article's file is read when it is first asked for, so that
/// the library of a 10,000-article corpus draws at once.
public struct Corpus: Sendable {
    public let folder: URL
    public let entries: [CorpusEntry]

    public static let articleExtensions: Set<String> = ["txt", "md", "jsonl"]

    /// Articles above this size are listed but not read: a news article is tens of kilobytes,
    /// and a 20 MB file is a dump that would stall the reader while it is read and analysed.
    public static let maximumArticleBytes = 8 << 20

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
            let entries = try entries(for: url.path, displayPath: path)
            return Corpus(folder: url.deletingLastPathComponent(), entries: entries)
        }
        let names = try articleFileNames(in: url.path, displayPath: path)
        var entries: [CorpusEntry] = []
        entries.reserveCapacity(names.count)
        for name in names {
            entries += try Corpus.entries(for: url.path + "/" + name, displayPath: path + "/" + name)
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
            var info = stat()
            if stat(entry.path, &info) == 0, Int(info.st_size) > Corpus.maximumArticleBytes {
                return .failure(.tooLarge(bytes: Int(info.st_size)))
            }
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

    /// The names of the article files in a folder, in byte order (as `ls` sorts in the C locale),
    /// hidden files left out. Read with readdir: a folder of 10,000 articles is listed in a few
    /// milliseconds, where FileManager took half a second.
    static func articleFileNames(in folder: String, displayPath: String) throws(CorpusError) -> [String] {
        guard let directory = opendir(folder) else {
            throw .unreadable(path: displayPath, reason: String(cString: strerror(errno)))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix("."), let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { continue }
            let ext = String(name[name.index(after: dot)...]).lowercased()
            if articleExtensions.contains(ext) { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The file's bytes (`FileBytes`: open, fstat, read; no FileHandle or Data in between).
    static func readBytes(_ url: URL) throws -> [UInt8] {
        guard let bytes = try FileBytes.read(url.path) else { throw FileBytesError(code: ENOENT) }
        return bytes
    }

    /// A `.txt`/`.md` file is one entry (not read yet); a `.jsonl` file is read now and gives
    /// one entry per record, or one entry marked with the problem if it cannot be read.
    private static func entries(for file: String, displayPath: String) throws(CorpusError) -> [CorpusEntry] {
        // Byte-wise: Character-wise searches cost a grapheme break per character, 10,000 times over.
        let bytes = file.utf8
        let name = String(file[(bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex)...])
        let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) ?? name.endIndex
        let stem = String(name[..<dot])
        guard name.utf8[dot...].count == 6, name[dot...].lowercased() == ".jsonl" else {
            return [CorpusEntry(id: ArticleID(stem), fileName: name, path: file, content: .file)]
        }
        do {
            let bytes = try readBytes(URL(fileURLWithPath: file))
            return JSONLinesArticles.entries(bytes: bytes, path: file, name: name, stem: stem)
        } catch {
            let problem = ArticleProblem.unreadable(reason: CorpusError.reason(error))
            return [CorpusEntry(id: ArticleID(stem), fileName: name, path: file, content: .problem(problem))]
        }
    }
}

/// One article in a corpus listing, before it is read.
public struct CorpusEntry: Sendable, Identifiable {
    public let id: ArticleID
    /// The file name, or `file.jsonl#line` for a JSONL record.
    public let fileName: String
    /// The file's path: the file itself, or the `.jsonl` file that holds the record.
    public let path: String
    let content: Content

    public var url: URL { URL(fileURLWithPath: path) }

    enum Content: Sendable {
        case file
        case record(text: String, title: String?, outlet: String?)
        case problem(ArticleProblem)
    }

    init(id: ArticleID, fileName: String, path: String, content: Content) {
        self.id = id
        self.fileName = fileName
        self.path = path
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
        if let error = error as? FileBytesError {
            switch error.code {
            case EACCES: return "permission denied"
            case ENOENT: return "no such file"
            default: return error.description
            }
        }
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
    case tooLarge(bytes: Int)

    public var description: String {
        switch self {
        case let .tooLarge(bytes):
            let megabytes = Double(bytes) / 1_048_576
            let limit = Corpus.maximumArticleBytes >> 20
            return "too large to read as one article (\((megabytes * 10).rounded() / 10) MB; kutip reads up to \(limit) MB)"
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
        case .tooLarge: return "too large"
        }
    }
}
