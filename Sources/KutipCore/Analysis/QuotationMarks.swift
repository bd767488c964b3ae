/// Pairs quotation marks into quoted spans: “…”, "…", «…», and ‘…’ when the closing ’ is not
/// an apostrophe. A quotation may run on over paragraphs only the way news prints it, with the
/// next paragraph opening with a mark again; a mark left open at a paragraph's end is dropped,
/// so one unbalanced or wrongly turned mark never swallows the rest of the article. A short
/// quotation inside a quotation (`“Di pasar ada “jeger-jeger”-nya. Kami …”`) stays inside it.
public enum QuotationMarks {
    /// The first index at or after `start` of a code point that is not ASCII, or is `"` or a
    /// line break, found in a tight loop (one test of a bit mask per ASCII code point).
    static func nextMarkCandidate(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            // Bits 0x0A (line feed), 0x0D (carriage return) and 0x22 (`"`).
            let marks: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x22
            var i = start
            while i < buffer.count {
                let v = buffer[i].value
                if v >= 0x80 || (v < 64 && (marks >> UInt64(v)) & 1 != 0) { return i }
                i += 1
            }
            return buffer.count
        }
    }

    /// Quoted spans, quotation marks excluded, in text order.
    public static func quotedSpans(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: (index: Int, closer: Unicode.Scalar)?
        var singleOpened = false
        var i = 0
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            // Most code points are ASCII other than `"` and line breaks: no mark opens or closes
            // there, open quotation or not, so they are passed over at once.
            if s.value < 0x80, s.value != 0x22, s.value != 0x0A, s.value != 0x0D {
                i = nextMarkCandidate(scalars, from: i + 1)
                continue
            }
            if s == "\n" || s == "\r" {
                // Paragraph break: keep an open quote only if the next paragraph opens with a mark.
                if let current = open {
                    var j = i
                    while j < n, scalars[j].isSpaceLike { j += 1 }
                    if j < n, isOpening(scalars[j]) || scalars[j] == current.closer {
                        // The quote runs on; the re-opening mark is skipped.
                        i = j + 1
                        continue
                    }
                    open = nil
                }
                i += 1
                continue
            }
            if let current = open {
                // A short quoted term inside the quotation: skipped whole, its closer with it.
                if s == "“", current.closer == "”", isOpeningPosition(scalars, i), let inner = nestedCloser(scalars, after: i) {
                    i = inner + 1
                    continue
                }
                if s == "‘" { singleOpened = true }
                // A ’ typed for the ” (`“ … feodalisme , ’ kata Heri`): after a comma or final mark
                // and before a lower-case word, with no ‘ opened inside the quotation.
                let mistyped = current.closer == "”" && s == "’" && !singleOpened && isLoneCloser(scalars, i)
                // A quotation opened with one kind of double mark and closed with the other
                // (`"Bila ada … dari Menaker,” tegas Said`).
                let mixed = current.closer == "\"" && s == "”" || current.closer == "”" && s == "\""
                if s == current.closer || mistyped || (current.closer == "”" && s == "“" || mixed) && isClosingPosition(scalars, i) {
                    if s == "’" && isApostrophe(scalars, i) { i += 1; continue }
                    if current.index + 1 < i { spans.append((current.index + 1)..<i) }
                    open = nil
                }
            } else if (s == "”" || s == "\""), isLoneCloser(scalars, i) {
                if let start = lostOpening(scalars, closing: i, after: spans.last?.upperBound ?? 0) { spans.append(start..<i) }
            } else if let closer = closer(for: s), isOpeningPosition(scalars, i) {
                open = (i, closer)
                singleOpened = false
            }
            i += 1
        }
        return spans.map(trimmed(scalars)).filter { !$0.isEmpty }
    }

    static func closer(for s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "“": return "”"
        case "\"": return "\""
        case "«": return "»"
        case "‘": return "’"
        case "„": return "“"
        // Typed the wrong way round, as in text whose opening marks were all turned into
        // closing ones: a ” in an opening position opens a quotation that the next ” closes.
        case "”": return "”"
        default: return nil
        }
    }

    static func isOpening(_ s: Unicode.Scalar) -> Bool { closer(for: s) != nil }

    /// An opening mark follows a space, a line start or an opening bracket (or a sentence's final
    /// mark with no space: `bukti."Kami`), and comes before a word: right before it, or after one
    /// space in tokenised text (`” Saya minta …`).
    static func isOpeningPosition(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 1 < scalars.count else { return false }
        if scalars[i + 1].isSpaceLike {
            guard scalars[i + 1] == " ", i + 2 < scalars.count, startsQuotedWords(scalars[i + 2]) else { return false }
        }
        if i == 0 { return true }
        let before = scalars[i - 1]
        // Written against the previous sentence's final mark (`bukti."Kami siap`) or a written-out
        // space (`gol.&nbsp;"Lebih bagus`).
        if ".!?;".unicodeScalars.contains(before), scalars[i + 1].isLetterLike { return true }
        return before.isSpaceLike || "([{—–-:".unicodeScalars.contains(before)
    }

    /// A ” after a sentence's comma or final mark and before a lower-case word (`… ke depan , ”
    /// katanya`) closes a quotation whose opening mark was lost: it opens nothing, unless a short
    /// term closes right after it (`Padahal , ” hukum besi ” era digital …`).
    static func isLoneCloser(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        if nestedCloser(scalars, after: i) != nil { return false }
        var b = i - 1
        while b >= 0, scalars[b] == " " { b -= 1 }
        var a = i + 1
        while a < scalars.count, scalars[a] == " " { a += 1 }
        guard b >= 0, a < scalars.count, ",.!?".unicodeScalars.contains(scalars[b]) else { return false }
        return scalars[a].properties.isLowercase
    }

    /// Where a quotation closed by the lone mark at `closing` began when its opening mark was lost
    /// (`a. pihak yang … publik," tulis Affifudin`): at the start of its paragraph (after a line
    /// break), when no other
    /// quotation mark stands between and the paragraph began at most 600 code points before.
    /// Nil otherwise (in text without line breaks, or after another mark in the paragraph, the
    /// start cannot be told).
    static func lostOpening(_ scalars: [Unicode.Scalar], closing: Int, after previous: Int) -> Int? {
        var j = closing - 1
        while j >= 0, closing - j <= 600 {
            let s = scalars[j]
            if s == "\n" || s == "\r" { break }
            if s == "\"" || s == "“" || s == "”" || s == "«" || s == "»" { return nil }
            j -= 1
        }
        // A line break, not the text's start: a text with no line break (tokenised corpora) says
        // nothing of where the lost quotation began.
        guard j >= 0, scalars[j] == "\n" || scalars[j] == "\r" else { return nil }
        let start = j + 1
        return start >= previous && start < closing ? start : nil
    }

    /// The ” that closes a short quoted term opened by the “ at `i` (at most 60 code points
    /// further, on the same line, with no other “ and no , . ! ? before it: a term, not a quotation
    /// whose own opening mark would then be taken for a nested one), if there is one.
    static func nestedCloser(_ scalars: [Unicode.Scalar], after i: Int) -> Int? {
        var j = i + 1
        while j < scalars.count, j - i <= 60 {
            let s = scalars[j]
            if s == "\n" || s == "\r" || s == "“" || s == "," || s == "." || s == "!" || s == "?" { return nil }
            if s == "”" { return j }
            j += 1
        }
        return nil
    }

    /// What quoted words start with: a letter, a digit, or an editor's bracket (`” ( Data ) ini …`).
    static func startsQuotedWords(_ s: Unicode.Scalar) -> Bool {
        s.isLetterLike || s.properties.numericType != nil || s == "(" || s == "["
    }

    static func isClosingPosition(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        i > 0 && !scalars[i - 1].isSpaceLike
    }

    /// ’ between two letters is an apostrophe (`Ma’ruf`), not a closing mark.
    static func isApostrophe(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        i > 0 && i + 1 < scalars.count && scalars[i - 1].properties.isAlphabetic && scalars[i + 1].properties.isAlphabetic
    }

    static func trimmed(_ scalars: [Unicode.Scalar]) -> (Range<Int>) -> Range<Int> {
        { range in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, scalars[lower].isSpaceLike { lower += 1 }
            while upper > lower, scalars[upper - 1].isSpaceLike { upper -= 1 }
            return lower..<upper
        }
    }
}
