import Foundation
import Testing

/// The real binary in a real terminal (tmux). `make test` installs tmux when it is missing.
@Suite(.serialized) struct ReaderEndToEndTests {
    init() throws {
        #expect(FileManager.default.isExecutableFile(atPath: kutipBinary), "build kutip first: \(kutipBinary)")
        let tmux = try run("/usr/bin/env", ["sh", "-c", "command -v tmux"])
        #expect(tmux.status == 0, "tmux is needed for the end-to-end tests (make test installs it)")
    }

    var kutip: String { shellQuoted(kutipBinary) }

    @Test func opensTwoArticlesSideBySide() throws {
        let session = try TmuxSession(width: 100, height: 30) { scratch in "\(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles; sleep 30" }
        try session.waitFor(text: "Putin dan Lukashenko mengadakan")
        try session.send("j", "Enter")
        try session.waitFor(text: "keren989")
        try session.send("q", "j", "v")
        // The whole frame, down to the status line: on a loaded machine a capture may fall between
        // the first rows drawn and the last.
        let screen = try session.waitFor("two columns") {
            $0.split(separator: "\n").first?.contains("Jika Diperlukan") == true && $0.contains("column 2/2") && $0.contains("Minsk")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Titles side by side on the first row, the separator between them.
        #expect(lines[0].hasPrefix(" Putin dan Lukashenko"))
        let separator = try #require(lines[1].firstIndex(of: "│"))
        let column = lines[1].distance(from: lines[1].startIndex, to: separator)
        #expect((45...55).contains(column))
        // Each column holds its own article's text.
        let left = lines[1..<27].map { String($0.prefix(column)) }.joined(separator: " ")
        let right = lines[1..<27].map { String($0.dropFirst(column + 1)) }.joined(separator: " ")
        #expect(left.contains("keren989"))
        #expect(left.contains("Presiden Rusia Vladimir Putin"))
        #expect(right.contains("Jika Diperlukan, Rusia Akan"))
        #expect(right.contains("Minsk"))
        #expect(!left.contains("Jika Diperlukan"))
        #expect(lines[29].contains("column 2/2"))
        // Tab moves the focus to the first column.
        try session.send("Tab")
        try session.waitFor(text: "column 1/2")
    }

    @Test func quitGivesTheTerminalBackSane() throws {
        try checkRestored(after: { session, _ in try session.send("q") }, expectedExit: 0)
    }

    @Test func ctrlCGivesTheTerminalBackSane() throws {
        try checkRestored(after: { session, _ in try session.send("C-c") }, expectedExit: 130)
    }

    @Test(arguments: [("TERM", Int32(143)), ("HUP", 129), ("SEGV", 139)])
    func aSignalOrACrashGivesTheTerminalBackSane(signal: String, exit: Int32) throws {
        try checkRestored(after: { session, pid in
            try run("/bin/kill", ["-\(signal)", pid])
        }, expectedExit: exit)
    }

    /// Starts kutip under a shell that ignores SIGINT itself (as an interactive shell does), does
    /// `action`, then reads the exit status and `stty -a` as the shell sees them afterwards.
    func checkRestored(after action: (TmuxSession, String) throws -> Void, expectedExit: Int32) throws {
        let session = try TmuxSession { scratch in
            let out = shellQuoted(scratch.appendingPathComponent("out").path)
            let pid = shellQuoted(scratch.appendingPathComponent("pid").path)
            return """
                trap '' INT; sh -c 'echo $$ > '\(pid)'; exec '\(kutip)' --store '\(shellQuoted(scratch.path + "/store"))' data/articles'; \
                code=$?; { stty -a | tr '\\n' ' '; echo; echo "EXIT=$code"; } > \(out).tmp; mv \(out).tmp \(out); sleep 30
                """
        }
        try session.waitFor(text: "Title")
        let pid = try session.waitForFile(session.file("pid")).trimmingCharacters(in: .whitespacesAndNewlines)
        try action(session, pid)
        let report = try session.waitForFile(session.file("out"))
        #expect(report.contains("EXIT=\(expectedExit)"), "\(report)")
        let flags = Set(report.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(flags.contains("icanon") && flags.contains("echo") && flags.contains("icrnl"), "terminal left raw: \(report)")
        #expect(!flags.contains("-icanon") && !flags.contains("-echo"))
        // The alternate screen is gone: kutip's library is no longer on it.
        let screen = try session.capture()
        #expect(!screen.contains("Putin dan Lukashenko mengadakan"), "\(screen)")
    }
}
