import CCurses
import Foundation
import KutipGrid

/// The terminal, through ncursesw: shows grids, reads keys, mouse and resizes. The only code in
/// kutip that calls ncurses.
///
/// It keeps the last grid it showed and sends ncurses only the cells that changed.
public final class CursesTerminal {
    /// Whether colour may be used, and how much: decided from the terminal and NO_COLOR.
    public enum Colors: Sendable { case none, eight, many }

    public let colors: Colors
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var shown: Grid?
    private var pairs: ColorPairs
    private var ended = false

    /// Takes over the terminal on standard input and output.
    /// - Parameter allowColor: false when NO_COLOR is set (ncurses does not check it itself).
    public init(allowColor: Bool) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = ProcessInfo.processInfo.environment["TERM"], !term.isEmpty else { throw .noTerminalType }
        setlocale(LC_ALL, "")
        // Ask terminfo first so that an unknown TERM is a message, not an ncurses abort.
        guard kutip_terminal_known(term) == 1 else { throw .unknownTerminalType(term) }
        guard let screen = kutip_open_screen(nil) else { throw .unknownTerminalType(term) }
        self.screen = screen
        guard let window = kutip_stdscr() else { throw .unknownTerminalType(term) }
        self.window = window
        kutip_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, 250)
        mousemask(kutip_mouse_mask(), nil)
        mouseinterval(0)
        let canColor = allowColor && has_colors()
        if canColor {
            start_color()
            use_default_colors()
        }
        pairs = ColorPairs(enabled: canColor)
        colors = !canColor ? .none : (kutip_colors() >= 256 ? .many : .eight)
    }

    deinit { end() }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
        delscreen(screen)
    }

    public var size: (width: Int, height: Int) {
        (Int(kutip_max_x(window)), Int(kutip_max_y(window)))
    }

    /// Shows a grid, sending only the cells that differ from the last one shown.
    public func draw(_ grid: Grid, forceAll: Bool = false) {
        let previous = (forceAll || shown?.width != grid.width || shown?.height != grid.height) ? nil : shown
        if previous == nil {
            werase(window)
            clearok(window, true)
        }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if let previous, previous[x, y] == cell, x + 1 >= grid.width || previous[x + 1, y] == grid[x + 1, y] { continue }
                put(cell, x: x, y: y)
            }
        }
        wnoutrefresh(window)
        doupdate()
        shown = grid
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var text: [wchar_t] = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if text.isEmpty { text = [wchar_t(32)] }
        text.append(0)
        var attributes = kutip_a_normal()
        let a = cell.style.attributes
        if a.contains(.bold) { attributes |= kutip_a_bold() }
        if a.contains(.dim) { attributes |= kutip_a_dim() }
        if a.contains(.underline) { attributes |= kutip_a_underline() }
        if a.contains(.reverse) { attributes |= kutip_a_reverse() }
        if a.contains(.italic) { attributes |= kutip_a_italic() }
        let pair = pairs.pair(for: cell.style)
        _ = kutip_put_cell(window, Int32(y), Int32(x), text, attributes, pair)
    }

    /// What a quit signal (SIGINT, SIGTERM, SIGHUP) asked for, if one came.
    public func pendingSignal() -> Int32? {
        let sig = kutip_pending_signal()
        return sig == 0 ? nil : sig
    }

    /// Ends curses and dies by the signal, as a program killed by it would.
    public func die(by signal: Int32) -> Never {
        end()
        kutip_die_by_signal(signal)
        exit(128 + signal)
    }

    /// The next input, or nil when nothing came within `timeout` milliseconds (or a signal came).
    public func nextEvent(timeout: Int32 = 250) -> InputEvent? {
        wtimeout(window, timeout)
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        if status == ERR { return nil }
        if status == kutip_key_code_yes() {
            let code = Int32(character)
            if code == kutip_key_resize() {
                let (width, height) = size
                return .resize(width: width, height: height)
            }
            if code == kutip_key_mouse() { return mouseEvent() }
            return KeyDecoder.functionKey(code).map(InputEvent.key)
        }
        return KeyDecoder.character(UInt32(character)).map(InputEvent.key)
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        if event.bstate & kutip_wheel_up() != 0 { return .mouse(MouseEvent(action: .wheelUp, x: x, y: y)) }
        if kutip_wheel_down() != 0, event.bstate & kutip_wheel_down() != 0 { return .mouse(MouseEvent(action: .wheelDown, x: x, y: y)) }
        if event.bstate & kutip_button1_down() != 0 { return .mouse(MouseEvent(action: .press, x: x, y: y)) }
        return nil
    }
}
