import Foundation
import Testing

/// The kutip binary under test: $KUTIP_BINARY (set by `make test`), else the debug build.
let kutipBinary: String = {
    if let path = ProcessInfo.processInfo.environment["KUTIP_BINARY"], !path.isEmpty { return path }
    return repositoryRoot.appendingPathComponent(".build/debug/kutip").path
}()

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A real terminal: a tmux session on a private server, driven with send-keys and read with
/// capture-pane.
final class TmuxSession {
    static let socket = "kutip-e2e-\(getpid())"
    let name: String
    let scratch: URL

    /// Starts `command` (given this session's scratch folder) in a new tmux session.
    init(width: Int = 100, height: Int = 30, environment: [String: String] = [:], command: (URL) -> String) throws {
        name = "s\(UUID().uuidString.prefix(8))"
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-e2e-\(name)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let command = command(scratch)
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(shellQuoted($0.value))" }.joined(separator: " ")
        let unsets = env["NO_COLOR"] == nil ? "unset NO_COLOR; " : ""
        let script = "\(unsets)cd \(shellQuoted(repositoryRoot.path)) && export \(exports) && \(command)"
        try tmux(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), "sh", "-c", script])
    }

    deinit {
        _ = try? tmux(["kill-session", "-t", name])
        try? FileManager.default.removeItem(at: scratch)
    }

    /// A path in this session's scratch folder, for files the command writes.
    func file(_ name: String) -> String { scratch.appendingPathComponent(name).path }

    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", name, key]) }
    }

    /// Types text literally, one key per character.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Waits until the screen satisfies `condition`; returns the screen, or fails the test with
    /// the last screen seen. The limit is generous: this waits for a state, it does not time one.
    @discardableResult
    func waitFor(_ what: String, limit: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(limit)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(screen)")
        throw TmuxError.timedOut(what)
    }

    @discardableResult
    func waitFor(text: String, limit: Double = 20) throws -> String {
        try waitFor("“\(text)”", limit: limit) { $0.contains(text) }
    }

    /// Waits for a file the command writes and returns its contents.
    func waitForFile(_ path: String, limit: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasSuffix("\n") { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(path); the screen was:\n\((try? capture()) ?? "")")
        throw TmuxError.timedOut(path)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try run("/usr/bin/env", ["tmux", "-L", Self.socket] + arguments).output
    }
}

enum TmuxError: Error { case timedOut(String), failed(String) }

func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

/// Runs a program to its end; returns its exit status and what it printed.
///
/// Written on posix_spawn rather than Foundation's Process, whose waitUntilExit on Linux can miss
/// the exit of a child (such as a tmux client whose server lives on) and wait for ever. Output
/// goes to files, so that a daemon that keeps a descriptor open cannot hold the caller up either.
@discardableResult
func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
         stdinPath: String = "/dev/null") throws -> (status: Int32, output: String, error: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outPath = folder.appendingPathComponent("out").path
    let errPath = folder.appendingPathComponent("err").path

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { env.forEach { free($0) } }

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, env)
    guard spawned == 0 else { throw TmuxError.failed("cannot start \(program): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let code: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    let error = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    return (code, output, error)
}
