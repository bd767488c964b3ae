import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes many files at once (an export's folder of brat files): each file is written under a
/// temporary name beside it (on every core) and renamed into place, so no reader ever sees a
/// half-written file, and a failure before the renames changes no file (the temporary ones are
/// removed).
///
/// Unlike `AtomicFile`, which guards the user's tags, the files are not flushed to disk: an
/// export can be made again, and flushing costs more than the export. Here 20,000 flushes one by
/// one took 12 s whatever the number of threads, and one flush of the whole file system
/// (`syncfs`) made the export pay for every other program's unwritten data (13 s of CPU once,
/// while a build ran). ext4 writes a renamed file's data before the rename in any case.
public enum AtomicFiles {
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws {
        let pid = getpid()
        let planned = files.enumerated().map { index, file in
            Planned(path: file.path, temporary: temporaryPath(for: file.path, pid: pid, index: index), bytes: file.bytes)
        }
        do {
            _ = try planned.parallelMap { file in
                let fd = open(file.temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard fd >= 0 else { throw StoreProblem.cannotWrite(path: file.path, reason: AtomicFile.errnoText()) }
                defer { close(fd) }
                if let failure = AtomicFile.writeAll(file.bytes, to: fd) {
                    unlink(file.temporary)
                    throw StoreProblem.cannotWrite(path: file.path, reason: failure)
                }
            }
        } catch {
            // Some workers may have written theirs before another failed: remove every one.
            for file in planned { unlink(file.temporary) }
            throw error
        }
        for file in planned {
            guard rename(file.temporary, file.path) == 0 else {
                let reason = AtomicFile.errnoText()
                for rest in planned { unlink(rest.temporary) }
                throw StoreProblem.cannotWrite(path: file.path, reason: reason)
            }
        }
    }

    private struct Planned: Sendable {
        var path: String
        var temporary: String
        var bytes: [UInt8]
    }

    private static func temporaryPath(for path: String, pid: Int32, index: Int) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/.\(url.lastPathComponent).\(pid).\(index).tmp"
    }
}
