/// A frame: a rectangle of cells the app draws into and the terminal shows.
/// Tests read it without a terminal, the way ratatui's `Buffer` is read.
public struct Grid: Equatable, Sendable, CustomStringConvertible {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle, clipped to the grid.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, with cell: Cell = .blank) {
        let x0 = max(0, x), y0 = max(0, y)
        let x1 = min(width, x + w), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for column in x0..<x1 { self[column, row] = cell }
        }
    }

    /// Writes one grapheme (a base scalar with its combining marks) at (x, y), never past `limit`
    /// (exclusive column). Returns the columns used: 0 if it did not fit.
    @discardableResult
    public mutating func put(grapheme: String, width w: Int, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height, x >= 0, w > 0, x + w <= end else { return 0 }
        // Overwriting half of a wide character leaves a blank in its other half, as terminals do.
        clearWideNeighbour(x: x, y: y)
        if w == 2 { clearWideNeighbour(x: x + 1, y: y) }
        self[x, y] = Cell(text: grapheme, width: UInt8(w), style: style)
        if w == 2 { self[x + 1, y] = .continuation(style) }
        return w
    }

    /// Writes text from (x, y) in one style, clipped at `limit` (exclusive column); combining
    /// marks join the cell before them. Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        var column = x
        var pending = ""
        var pendingWidth = 0
        let end = min(limit ?? width, width)
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                if !pending.isEmpty { pending.unicodeScalars.append(scalar) }
                continue
            }
            if !pending.isEmpty {
                if column + pendingWidth > end { return column }
                column += put(grapheme: pending, width: pendingWidth, x: column, y: y, style: style, limit: end)
            }
            pending = String(scalar)
            pendingWidth = w
        }
        if !pending.isEmpty, column + pendingWidth <= end {
            column += put(grapheme: pending, width: pendingWidth, x: column, y: y, style: style, limit: end)
        }
        return column
    }

    /// The text of one row, continuations skipped: what a person reads on that line.
    public func row(_ y: Int) -> String {
        var line = ""
        for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
        return line
    }

    /// All rows joined by newlines, trailing blanks trimmed: handy in tests and snapshots.
    public var text: String {
        (0..<height).map { String(row($0).reversed().drop(while: { $0 == " " }).reversed()) }
            .joined(separator: "\n")
    }

    public var description: String { "Grid \(width)x\(height):\n" + text }

    private mutating func clearWideNeighbour(x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let cell = self[x, y]
        if cell.isContinuation, x > 0 {
            self[x - 1, y] = Cell(text: " ", width: 1, style: self[x - 1, y].style)
        } else if cell.width == 2, x + 1 < width {
            self[x + 1, y] = Cell(text: " ", width: 1, style: cell.style)
        }
    }
}
