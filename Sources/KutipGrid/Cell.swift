/// One screen cell: what it shows and how.
///
/// A wide character fills its own cell (width 2) and the next one, which holds a
/// continuation (width 0, empty text) that the terminal skips.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown: one base character plus any combining marks, or "" for a continuation.
    public var text: String
    /// Columns the text takes: 1, 2, or 0 for the right half of a wide character.
    public var width: UInt8
    public var style: Style

    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
