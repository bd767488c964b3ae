/// Why kutip cannot take over the terminal. Each is told to the user in one line.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal
    case noTerminalType
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "kutip needs a terminal: standard input and output must be a terminal (for scripts, see kutip --help)"
        case .noTerminalType:
            return "kutip cannot tell what terminal this is: TERM is not set (try TERM=xterm-256color)"
        case let .unknownTerminalType(name):
            return "kutip does not know the terminal type \"\(name)\" (TERM); try TERM=xterm-256color"
        }
    }
}
