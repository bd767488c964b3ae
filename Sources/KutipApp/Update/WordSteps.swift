import KutipCore

/// Word-by-word steps through text for growing and shrinking a quotation's span: a word is a
/// run of code points that are not white space.
enum WordSteps {
    /// The end of the word after `offset` (past any spaces first).
    static func nextWordEnd(after offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var i = offset
        while i < scalars.count, scalars[i].isSpaceLike { i += 1 }
        while i < scalars.count, !scalars[i].isSpaceLike { i += 1 }
        return i
    }

    /// The end of the word before the one that ends at `offset`, not at or below `floor`.
    static func previousWordEnd(before offset: Int, in scalars: [Unicode.Scalar], above floor: Int) -> Int {
        var i = offset
        while i > floor, !scalars[i - 1].isSpaceLike { i -= 1 }
        while i > floor, scalars[i - 1].isSpaceLike { i -= 1 }
        return i > floor ? i : offset
    }

    /// The start of the word before `offset`.
    static func previousWordStart(before offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var i = offset
        while i > 0, scalars[i - 1].isSpaceLike { i -= 1 }
        while i > 0, !scalars[i - 1].isSpaceLike { i -= 1 }
        return i
    }

    /// The start of the word after the one that starts at `offset`, below `ceiling`.
    static func nextWordStart(after offset: Int, in scalars: [Unicode.Scalar], below ceiling: Int) -> Int {
        var i = offset
        while i < ceiling, !scalars[i].isSpaceLike { i += 1 }
        while i < ceiling, scalars[i].isSpaceLike { i += 1 }
        return i < ceiling ? i : offset
    }
}
