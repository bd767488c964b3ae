import Foundation
import Testing

/// The store survives a process killed at any instant: `kutip-save-loop` saves through the real
/// AnnotationStore, printing "saved N" once save N is on disk; it is killed with SIGKILL at
/// random moments, many times over, and after each kill every file must parse and hold every
/// save that was reported.
struct CrashSafetyTests {
    let saveLoop = URL(fileURLWithPath: kutipBinary).deletingLastPathComponent().appendingPathComponent("kutip-save-loop").path

    @Test func killingASaveAtAnyInstantLosesNothingReportedSaved() throws {
        #expect(FileManager.default.isExecutableFile(atPath: saveLoop), "build the test tool first: \(saveLoop)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store")
        var reported = 0, reportedSpeakers = 0
        var kills = 0
        for round in 0..<40 {
            let output = folder.appendingPathComponent("out-\(round)").path
            let pid = try spawn(saveLoop, [store.path], stdout: output)
            usleep(UInt32.random(in: 30_000...250_000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            if (status & 0x7F) == SIGKILL { kills += 1 }
            let lines = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n")
            if let last = lines.last(where: { $0.hasPrefix("saved ") }) {
                let counts = last.split(separator: " ").dropFirst().compactMap { Int($0) }
                if counts.count == 2 {
                    reported = max(reported, counts[0])
                    reportedSpeakers = max(reportedSpeakers, counts[1])
                }
            }

            let tags = try parse(store.appendingPathComponent("a.json"), round: round)
            let speakers = try parse(store.appendingPathComponent("speakers.json"), round: round)
            let quoteCount = (tags?["quotes"] as? [Any])?.count ?? 0
            let speakerCount = (speakers?["speakers"] as? [Any])?.count ?? 0
            #expect(quoteCount >= reported, "round \(round): \(reported) saves reported, \(quoteCount) tags on disk")
            #expect(speakerCount >= reportedSpeakers, "round \(round): \(reportedSpeakers) speakers reported saved, \(speakerCount) on disk")
        }
        #expect(kills == 40, "every round ended by SIGKILL")
        #expect(reported > 0, "some saves happened between the kills")
        // Temporary files of killed saves are cleared when the store is next opened.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.count <= 1, "\(leftovers)")
    }

    /// The file as JSON (nil when it does not exist yet); a file that does not parse fails the test.
    private func parse(_ url: URL, round: Int) throws -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let value = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(value != nil, "round \(round): \(url.lastPathComponent) does not parse: \(data.count) bytes")
        return value
    }

    private func spawn(_ program: String, _ arguments: [String], stdout: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError.failed("cannot start \(program): \(String(cString: strerror(spawned)))") }
        return pid
    }
}
