import Foundation
import Testing

/// The binary's messages and exit codes when it cannot or need not open the reader.
@Suite struct CommandLineTests {
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        return env
    }

    @Test func helpAndVersion() throws {
        let help = try run(kutipBinary, ["--help"], environment: environment)
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE"))
        #expect(help.output.contains("side by side"))
        let version = try run(kutipBinary, ["--version"], environment: environment)
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func outputThatIsNotATerminalGetsOneLineAndExitOne() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try run(kutipBinary, ["--store", store, repositoryRoot.appendingPathComponent("data/articles").path],
                             environment: environment)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("kutip: kutip needs a terminal"))
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.output.isEmpty, "no escape codes on a pipe")
    }

    @Test func aMissingPathOrAnEmptyFolderIsNamed() throws {
        let missing = "/nonexistent/kutip-corpus"
        let result = try run(kutipBinary, [missing], environment: environment)
        #expect(result.status == 1)
        #expect(result.error == "kutip: \(missing): no such file or folder\n")
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try run(kutipBinary, [empty.path], environment: environment)
        #expect(none.status == 1)
        #expect(none.error.contains("\(empty.path): no articles here"))
    }

    @Test func anUnknownOrMissingTermGetsOneLineAndExitOne() throws {
        let session = try TmuxSession { scratch in
            let out = shellQuoted(scratch.appendingPathComponent("out").path)
            let err = shellQuoted(scratch.appendingPathComponent("err").path)
            let kutip = shellQuoted(kutipBinary)
            return """
                TERM=no-such-terminal \(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles 2> \(err).1; a=$?; \
                env -u TERM \(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles 2> \(err).2; b=$?; \
                { echo "A=$a B=$b"; } > \(out); sleep 30
                """
        }
        let codes = try session.waitForFile(session.file("out"))
        #expect(codes == "A=1 B=1\n")
        let unknown = try String(contentsOfFile: session.file("err.1"), encoding: .utf8)
        #expect(unknown == "kutip: kutip does not know the terminal type \"no-such-terminal\" (TERM); try TERM=xterm-256color\n")
        let missing = try String(contentsOfFile: session.file("err.2"), encoding: .utf8)
        #expect(missing.hasPrefix("kutip: kutip cannot tell what terminal this is"))
        #expect(missing.split(separator: "\n").count == 1)
    }
}

/// What the screen shows in a real terminal: colour or none, resizing.
@Suite(.serialized) struct ScreenEndToEndTests {
    var kutip: String { shellQuoted(kutipBinary) }

    @Test func noColorTurnsColourOffButKeepsAttributes() throws {
        let colour = try TmuxSession { scratch in "\(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles; sleep 30" }
        try colour.waitFor(text: "Title")
        try colour.send("Enter")
        try colour.waitFor(text: "PER  LOC")
        let coloured = try colour.capture(escapes: true)
        #expect(coloured.contains("38;5;"), "the 256-colour theme sends indexed colours")

        let plain = try TmuxSession(environment: ["NO_COLOR": ""]) { scratch in "\(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles; sleep 30" }
        try plain.waitFor(text: "Title")
        try plain.send("Enter")
        try plain.waitFor(text: "PER  LOC")
        let screen = try plain.capture(escapes: true)
        let colourCodes = screen.components(separatedBy: "\u{1B}[").filter { sequence in
            let parameters = sequence.prefix { $0 != "m" }
            return parameters.split(separator: ";").contains { code in
                guard let n = Int(code) else { return false }
                return (30...37).contains(n) || (40...47).contains(n) || n == 38 || n == 48 || (90...107).contains(n)
            }
        }
        #expect(colourCodes.isEmpty, "colour sent under NO_COLOR: \(colourCodes.prefix(3))")
        #expect(screen.contains("\u{1B}[1m") || screen.contains(";1m") || screen.contains("[1;"), "bold still marks people")
    }

    /// An xterm mouse report in SGR encoding (mode 1006, which ncurses asks xterm-256color for):
    /// button code, column and row counted from 1; M for a press, m for a release.
    func mouse(_ button: Int, x: Int, y: Int, release: Bool = false) -> String {
        "\u{1B}[<\(button);\(x + 1);\(y + 1)" + (release ? "m" : "M")
    }

    @Test func theWheelScrollsTheColumnUnderThePointerAndAClickFocusesIt() throws {
        let session = try TmuxSession(width: 100, height: 30) { scratch in "\(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles; sleep 30" }
        try session.waitFor(text: "Title")
        try session.send("j", "v", "q", "j", "v")
        try session.waitFor(text: "column 2/2")
        let before = try session.capture().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before[1].hasPrefix("  Putin dan Lukashenko"))
        try session.type(mouse(65, x: 10, y: 5))  // wheel down (button 5) over the left column
        let after = try session.waitFor("the left column to scroll") { $0.split(separator: "\n")[1].hasPrefix("  keren989") }
        let lines = after.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].dropFirst(51).hasPrefix("  in"), "the right column did not move: \(lines[1])")
        #expect(lines[29].contains("column 2/2"), "the wheel does not move the focus")
        try session.type(mouse(0, x: 10, y: 5) + mouse(0, x: 10, y: 5, release: true))  // press and release on the left column
        try session.waitFor(text: "column 1/2")
    }

    @Test func resizingRedrawsWithoutStaleCells() throws {
        let session = try TmuxSession(width: 120, height: 40) { scratch in "\(kutip) --store \(shellQuoted(scratch.path + "/store")) data/articles; sleep 30" }
        try session.waitFor(text: "Title")
        try session.send("Enter")
        try session.waitFor(text: "PER  LOC")
        try session.resize(width: 60, height: 20)
        let small = try session.waitFor("the 60x20 layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 20 && lines[18].contains("PER") && lines[19].contains("kutip")
        }
        let lines = small.split(separator: "\n", omittingEmptySubsequences: false)
        // Rows below the status line are gone, and no row holds text wider than the window.
        #expect(lines.prefix(20).allSatisfy { $0.count <= 60 })
        #expect(!lines.dropFirst(20).contains { $0.contains("kutip") })
        try session.resize(width: 14, height: 4)
        try session.waitFor("the too-small message") { $0.replacingOccurrences(of: "\n", with: " ").contains("too small") }
        try session.resize(width: 100, height: 30)
        try session.waitFor("the 100x30 layout again") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 30 && lines[28].contains("PER") && !screen.contains("too small")
        }
    }
}
