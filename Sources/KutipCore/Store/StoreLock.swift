import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a second kutip off the same annotations: a `.lock` file holding the holder's pid and
/// host, with an flock on it for as long as this value lives. The kernel drops an flock when its
/// process dies, however it dies, so a lock file left by a dead kutip on this machine is simply
/// taken over; one naming another machine is respected, since its process cannot be checked.
public final class StoreLock: @unchecked Sendable {
    public let path: String
    private let fd: Int32

    public init(folder: String) throws {
        path = (folder as NSString).appendingPathComponent(".lock")
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreProblem.cannotWrite(path: path, reason: AtomicFile.errnoText()) }
        let holder = Self.holder(fd)
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw StoreProblem.locked(path: path, pid: holder?.pid ?? 0, host: holder?.host ?? "this machine")
        }
        let host = Self.hostName
        if let holder, holder.host != host, !holder.host.isEmpty {
            flock(fd, LOCK_UN)
            close(fd)
            throw StoreProblem.locked(path: path, pid: holder.pid, host: holder.host)
        }
        let text = Array("\(getpid()) \(host)\n".utf8)
        ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        fsync(fd)
        self.fd = fd
    }

    deinit {
        ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        return String(cString: buffer)
    }

    /// The pid and host written in the lock file, if any.
    private static func holder(_ fd: Int32) -> (pid: Int32, host: String)? {
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        let parts = String(decoding: buffer[0..<n], as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard parts.count >= 2, let pid = Int32(parts[0]) else { return nil }
        return (pid, String(parts[1]))
    }
}
