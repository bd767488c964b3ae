/// Why the annotation store cannot do what was asked, naming the file concerned.
public enum StoreProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON of the expected shape.
    case unreadable(path: String, reason: String)
    /// The file was written by a newer kutip.
    case newerSchema(path: String, found: Int, supported: Int)
    /// Another kutip holds the store.
    case locked(path: String, pid: Int32, host: String)
    case cannotWrite(path: String, reason: String)
    /// No folder of tags for an annotator asked for by name (`--compare`).
    case noSuchAnnotator(name: String, path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "\(path): cannot read the annotations (\(reason)); the file is left as it is and kutip will not overwrite it"
        case let .newerSchema(path, found, supported):
            "\(path): written by a newer kutip (schema \(found), this one reads up to \(supported)); the file is left as it is and kutip will not overwrite it"
        case let .locked(path, pid, host):
            "\(path): another kutip (pid \(pid) on \(host)) is using these annotations; close it first"
                + " (if it is gone and was on another machine, remove \(path))"
        case let .cannotWrite(path, reason):
            "\(path): cannot save (\(reason))"
        case let .noSuchAnnotator(name, path):
            "\(path): no tags of an annotator called \(name) (no such folder)"
        }
    }
}
