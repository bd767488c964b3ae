/// Finds an article's title in its text: the first line that reads as a headline, skipping
/// page leftovers (ads such as `keren989` or `- 0`, bylines, subscription blurbs, captions).
enum HeadlineFinder {
    static let maximumWords = 30

    static func title(of lines: TextLines, fallback: String) -> String {
        // The headline is the first line that is not a page leftover; when that line is body
        // text (the scraper lost the headline), its first words stand in. Among the first 12
        // non-blank lines (`TextLines.leadingLines`), each made a String only when it is reached.
        let scalars = lines.scalars
        var seen = 0
        for range in lines.ranges {
            var start = range.lowerBound, end = range.upperBound
            while start < end, scalars[start].isSpaceLike { start += 1 }
            if start == end { continue }
            while scalars[end - 1].isSpaceLike { end -= 1 }
            seen += 1
            let line = cleaned(String(scalars: scalars[start..<end]))
            if !(line.isEmpty || PageLeftover.kind(of: line) != nil) {
                return readsAsHeadline(line) ? line : abbreviated(line)
            }
            if seen == 12 { break }
        }
        return fallback
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
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= maximumWords, line.count <= 250 else { return false }
        guard let first = line.unicodeScalars.first(where: { !"\"'“‘«([".unicodeScalars.contains($0) }) else { return false }
        // Headlines start with a capital or a number; a line starting in lower case is body text
        // that lost its first words.
        if first.properties.isLowercase { return false }
        // A long line ending in a full stop is a paragraph, not a headline.
        if line.hasSuffix("."), words.count > 16 { return false }
        return true
    }

    static func abbreviated(_ line: String, words limit: Int = 12) -> String {
        let words = line.split(separator: " ")
        if words.count <= limit { return line }
        return words.prefix(limit).joined(separator: " ") + "…"
    }
}
