import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that a crash at any instant leaves either the old file or the new one whole
/// (SQLite's "atomic commit" in small): the bytes go to a temporary file in the same folder,
/// which is flushed to disk, renamed over the old file, and then the folder itself is flushed so
/// that the rename survives a power cut too.
///
/// A path that names a device or a pipe (`--out /dev/null`, `/dev/stdout`, a FIFO) is written
/// straight into: renaming a file over it would replace the device with a plain file.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        guard !bytes.isEmpty else { throw StoreProblem.cannotWrite(path: path, reason: "refusing to write an empty file") }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR {
            try writeStraight(bytes, to: path)
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreProblem.cannotWrite(path: path, reason: errnoText()) }
        var ok = false
        defer { if !ok { unlink(temporary) } }
        if let failure = writeAll(bytes, to: fd) {
            close(fd)
            throw StoreProblem.cannotWrite(path: path, reason: failure)
        }
        // fdatasync: the bytes and the size reach the disk; the times of the file need not.
        guard fdatasync(fd) == 0 else {
            let reason = errnoText()
            close(fd)
            throw StoreProblem.cannotWrite(path: path, reason: reason)
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw StoreProblem.cannotWrite(path: path, reason: errnoText()) }
        ok = true
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Writes into a device or pipe as it is.
    private static func writeStraight(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreProblem.cannotWrite(path: path, reason: errnoText()) }
        defer { close(fd) }
        if let failure = writeAll(bytes, to: fd) { throw StoreProblem.cannotWrite(path: path, reason: failure) }
    }

    /// Writes every byte (again after an interruption); the reason when it cannot.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        var written = 0
        return bytes.withUnsafeBytes { buffer -> String? in
            while written < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errnoText()
                }
                written += n
            }
            return nil
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
