import KutipGrid

/// One screen line of wrapped text: a code-point range of the article (trailing spaces and the
/// line break left out). A blank line between paragraphs has an empty range; so has a line that
/// shows a quotation's label (its kind and speaker), which names the quotation instead.
public struct VisualLine: Hashable, Sendable {
    public let start: Int
    public let end: Int
    /// The index of the quotation (in the article's analysis) whose label this line shows.
    public let label: Int?
    public init(start: Int, end: Int, label: Int? = nil) {
        self.start = start
        self.end = end
        self.label = label
    }
    public var isBlank: Bool { start == end && label == nil }
}

/// Wraps text at word boundaries to a width in terminal columns.
///
/// Each source line is a paragraph; paragraphs are set apart by one blank line whether the file
/// has none or a run of them, so that wire copy with single line breaks reads like print.
/// Wide characters take two columns; combining marks stay with their base; a word longer than
/// the width is broken where it must be.
public enum TextWrapper {
    public static func wrap(_ scalars: [Unicode.Scalar], width: Int) -> [VisualLine] {
        let width = max(1, width)
        var lines: [VisualLine] = []
        var paragraphStart = 0
        var i = 0
        let n = scalars.count
        while i <= n {
            if i == n || scalars[i] == "\n" || scalars[i] == "\r" {
                if hasVisibleText(scalars, paragraphStart..<i) {
                    if !lines.isEmpty { lines.append(VisualLine(start: paragraphStart, end: paragraphStart)) }
                    wrapParagraph(scalars, paragraphStart..<i, width: width, into: &lines)
                }
                if i < n, scalars[i] == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                paragraphStart = i + 1
            }
            i += 1
        }
        return lines
    }

    /// Columns a scalar takes in the reader: a tab shows as one space.
    @inline(__always)
    static func columns(_ scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? 1 : DisplayWidth.of(scalar)
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.value == 0xA0 || scalar.value == 0x3000
    }

    private static func hasVisibleText(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for k in range where !isSpace(scalars[k]) && columns(scalars[k]) > 0 { return true }
        return false
    }

    private static func wrapParagraph(_ scalars: [Unicode.Scalar], _ range: Range<Int>, width: Int, into lines: inout [VisualLine]) {
        let upper = range.upperBound
        var lineStart = range.lowerBound
        var used = 0            // columns from lineStart up to i
        var breakEnd = -1       // end of the last word that a space run follows
        var breakNext = -1      // where the word after that space run starts
        var usedAtNext = 0      // columns from lineStart up to breakNext
        var i = lineStart
        while i < upper {
            let s = scalars[i]
            if isSpace(s) {
                if i > lineStart, !isSpace(scalars[i - 1]) { breakEnd = i }
                while i < upper, isSpace(scalars[i]) {
                    used += columns(scalars[i])
                    i += 1
                }
                if breakEnd > lineStart {
                    breakNext = i
                    usedAtNext = used
                }
                continue
            }
            let w = columns(s)
            if w > 0, used + w > width {
                if breakEnd > lineStart {
                    lines.append(VisualLine(start: lineStart, end: breakEnd))
                    lineStart = breakNext
                    used -= usedAtNext
                } else if i > lineStart {
                    // One word wider than the line: break it where it must.
                    lines.append(VisualLine(start: lineStart, end: i))
                    lineStart = i
                    used = 0
                } else {
                    // A wide character in a one-column line: it goes alone.
                    used += w
                    i += 1
                    continue
                }
                breakEnd = -1
                breakNext = -1
                continue
            }
            used += w
            i += 1
        }
        var end = upper
        while end > lineStart, isSpace(scalars[end - 1]) { end -= 1 }
        if end > lineStart { lines.append(VisualLine(start: lineStart, end: end)) }
    }
}
