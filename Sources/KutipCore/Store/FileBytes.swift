import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A whole file's bytes with open/fstat/read, without Foundation's Data in between: for reading
/// many small files at once (`kutip agree` reads a store's every file).
enum FileBytes {
    /// Nil when the file cannot be read whole (the caller's slow path then says why).
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 0, info.st_size < 64 << 20 else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }
}
