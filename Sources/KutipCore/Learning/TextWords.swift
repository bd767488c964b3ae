/// The words of a text, for finding a phrase or a name again wherever it is written: each word's
/// code-point range, its folded key (`PersonName`'s folding: lower case, no diacritics or
/// combining marks, no apostrophes, so `O’Brien` = `O'Brien` = `obrien` and `Zele\u{301}nskyy` =
/// `zelenskyy`), whether it is capitalised, and what separates it from the word before (white
/// space as one space). Words are runs of letters, digits and combining marks, with an
/// apostrophe inside (`O’Brien`, but not the closing mark of `‘Putin’`), split like
/// `PersonName` where a capital follows a small letter (`AlexanderLukashenko`).
struct TextWords {
    struct Word: Equatable {
        var range: Range<Int>
        var key: String
        var capitalised: Bool
        /// The text between the word before and this one, white space runs as one space; empty
        /// for the first word and for glued words.
        var gap: String
        /// Whether that text holds a line break.
        var gapHasLineBreak: Bool
    }

    private(set) var words: [Word] = []

    init(_ text: String) { self.init(Array(text.unicodeScalars)) }

    init(_ scalars: [Unicode.Scalar]) {
        var i = 0
        let n = scalars.count
        var previousEnd: Int?
        while i < n {
            guard Self.startsWord(scalars[i]) else { i += 1; continue }
            let start = i
            var previousWasLower = false
            var key = String.UnicodeScalarView()
            var j = i
            while j < n {
                let s = scalars[j]
                if Self.isApostrophe(s) {
                    // Inside a word only between two letters.
                    guard j > start, j + 1 < n, scalars[j + 1].isLetterLike else { break }
                    j += 1
                    continue
                }
                guard Self.continuesWord(s) else { break }
                if j > start, previousWasLower, Self.isUpper(s) { break }
                if !Self.isMark(s) { previousWasLower = Self.isLower(s) }
                key.append(s)
                j += 1
            }
            var gap = ""
            var lineBreak = false
            if let previousEnd, previousEnd < start {
                var inSpace = false
                for s in scalars[previousEnd..<start] {
                    if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" { lineBreak = true }
                    if s.isSpaceLike {
                        if !inSpace { gap.unicodeScalars.append(" ") }
                        inSpace = true
                    } else {
                        gap.unicodeScalars.append(Self.isApostrophe(s) ? "'" : s)
                        inSpace = false
                    }
                }
            }
            words.append(Word(range: start..<j, key: PersonName.fold(String(key)), capitalised: Self.isUpper(scalars[start]),
                              gap: gap, gapHasLineBreak: lineBreak))
            previousEnd = j
            i = j
        }
    }

    /// The folded phrase: keys and gaps in order (`komisi v dpr`, `undang-undang`), one key per
    /// way of writing the same words.
    var key: String {
        var result = ""
        for (index, word) in words.enumerated() {
            if index > 0 { result += word.gap.isEmpty ? "\u{1}" : word.gap }
            result += word.key
        }
        return result
    }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

    static func startsWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    static func continuesWord(_ s: Unicode.Scalar) -> Bool { startsWord(s) || isMark(s) }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
