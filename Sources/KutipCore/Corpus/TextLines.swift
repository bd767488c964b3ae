/// The lines of a text as code-point ranges, line breaks excluded. `\n`, `\r\n` and a lone `\r`
/// each end a line, so CRLF files read like LF ones while offsets still count every `\r`.
public struct TextLines: Sendable {
    public let scalars: [Unicode.Scalar]
    public let ranges: [Range<Int>]

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var ranges: [Range<Int>] = []
        Self.forEachLine(in: scalars) { ranges.append($0); return true }
        self.ranges = ranges
    }

    /// Hands each line's range to `body`, in order, until `body` returns false: the lines of
    /// `init` without making the array, for a reader that needs only the first few (the headline).
    static func forEachLine(in scalars: [Unicode.Scalar], _ body: (Range<Int>) -> Bool) {
        scalars.withUnsafeBufferPointer { text in
            var start = 0
            var i = 0
            let n = text.count
            while i < n {
                let v = text[i].value
                // One comparison for the common case: every code point above CR is no line break.
                if v <= 0x0D, v == 0x0A || v == 0x0D {
                    if !body(start..<i) { return }
                    if v == 0x0D, i + 1 < n, text[i + 1].value == 0x0A { i += 1 }
                    start = i + 1
                }
                i += 1
            }
            if start < n { _ = body(start..<n) }
        }
    }

    /// The text of line `index`, without its line break.
    public func line(_ index: Int) -> String {
        String(scalars: scalars[ranges[index]])
    }

    /// The first `limit` non-blank lines, trimmed, with their index.
    public func leadingLines(limit: Int) -> [(index: Int, text: String)] {
        var result: [(Int, String)] = []
        for index in ranges.indices {
            // Trimmed on the code points before one String is made: the same text as
            // `line(index).trimmingWhitespace()` (same `isSpaceLike` test), without building the
            // untrimmed line, nor any string for a blank one.
            var start = ranges[index].lowerBound, end = ranges[index].upperBound
            while start < end, scalars[start].isSpaceLike { start += 1 }
            if start == end { continue }
            while scalars[end - 1].isSpaceLike { end -= 1 }
            result.append((index, String(scalars: scalars[start..<end])))
            if result.count == limit { break }
        }
        return result
    }
}

extension StringProtocol {
    /// The string without leading and trailing white space (including U+FEFF and NBSP).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isSpaceLike })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex), let whole = self as? String {
            return whole
        }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
