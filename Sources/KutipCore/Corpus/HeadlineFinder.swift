/// Finds an article's title in its text: the first line that reads as a headline, skipping
/// page leftovers (ads such as `keren989` or `- 0`, bylines, subscription blurbs, captions).
enum HeadlineFinder {
    static let maximumWords = 30

    static func title(of scalars: [Unicode.Scalar], fallback: String) -> String {
        // The headline is the first line that is not a page leftover; when that line is body
        // text (the scraper lost the headline), its first words stand in. Among the first 12
        // non-blank lines, each made a String only when it is reached; the lines after the
        // headline are not looked at (`TextLines.forEachLine` stops there).
        var seen = 0
        var title: String?
        TextLines.forEachLine(in: scalars) { range in
            var start = range.lowerBound, end = range.upperBound
            while start < end, scalars[start].isSpaceLike { start += 1 }
            if start == end { return true }
            while scalars[end - 1].isSpaceLike { end -= 1 }
            seen += 1
            let line = cleaned(String(scalars: scalars[start..<end]))
            if !(line.isEmpty || PageLeftover.kind(of: line) != nil) {
                title = readsAsHeadline(line) ? line : abbreviated(line)
                return false
            }
            return seen < 12
        }
        return title ?? fallback
    }

    /// Removes what surrounds a headline but is not part of it: a Markdown `#`, an outlet
    /// suffix (`… | tempo.co`).
    static func cleaned(_ line: String) -> String {
        var text = line
        while text.hasPrefix("#") { text.removeFirst() }
        if let parts = TitleSuffix(text), parts.head.last == " ", !parts.suffix.isEmpty,
           parts.suffix.split(separator: " ").count <= 3 {
            text = String(parts.head)
        }
        return text.trimmingWhitespace()
    }

    static func readsAsHeadline(_ line: String) -> Bool {
        let (words, characters) = wordsAndCharacters(line)
        guard words >= 2, words <= maximumWords, characters <= 250 else { return false }
        guard let first = line.unicodeScalars.first(where: { !"\"'“‘«([".unicodeScalars.contains($0) }) else { return false }
        // Headlines start with a capital or a number; a line starting in lower case is body text
        // that lost its first words.
        if first.properties.isLowercase { return false }
        // A long line ending in a full stop is a paragraph, not a headline.
        if line.hasSuffix("."), words > 16 { return false }
        return true
    }

    /// `line.split(separator: " ").count` and `line.count`. Both count Characters, which cost a
    /// grapheme-break test each (some 30,000 instructions for one headline); when no code point is
    /// U+0300 or above (where combining marks and other grapheme extenders begin) and none is a
    /// CR (which joins a following LF), every code point is a Character of its own, so the code
    /// points are counted instead.
    static func wordsAndCharacters(_ line: String) -> (words: Int, characters: Int) {
        var words = 0, characters = 0, inWord = false
        for scalar in line.unicodeScalars {
            guard scalar.value < 0x300, scalar != "\r" else {
                return (line.split(separator: " ").count, line.count)
            }
            characters += 1
            let space = scalar == " "
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return (words, characters)
    }

    static func abbreviated(_ line: String, words limit: Int = 12) -> String {
        let words = line.split(separator: " ")
        if words.count <= limit { return line }
        return words.prefix(limit).joined(separator: " ") + "…"
    }
}
