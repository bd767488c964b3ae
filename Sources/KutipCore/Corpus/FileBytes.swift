import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole file's bytes, read with one `open`, `fstat` and as few `read`s as its size needs.
/// The corpus and the store read 10,000 small files for an export or the library's counts;
/// Foundation's `FileHandle.readToEnd` and `FileManager.contents` cost several more system calls
/// and a copy each.
enum FileBytes {
    /// Nil when the file does not exist; an error naming the reason when it cannot be read.
    static func read(_ path: String) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw FileBytesError(code: errno)
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw FileBytesError(code: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw FileBytesError(code: EISDIR) }
        // The size is a hint: a file that grows, or one that says 0 (/proc), is read on to its end.
        var bytes: [UInt8] = []
        var capacity = max(Int(status.st_size), 0) + 1
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                var total = 0
                while total < capacity {
                    let n = Glibc.read(fd, buffer.baseAddress! + total, capacity - total)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if n == 0 { break }
                    total += n
                }
                initialized = total
            }
            if failure != 0 { throw FileBytesError(code: failure) }
            if bytes.isEmpty { bytes = chunk } else { bytes.append(contentsOf: chunk) }
            if chunk.count < capacity { return bytes }
            capacity = max(capacity, 65_536)
        }
    }
}

/// Why a file could not be read: the C library's error number.
struct FileBytesError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { String(cString: strerror(code)) }
}
