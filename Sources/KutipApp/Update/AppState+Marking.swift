import KutipCore
import KutipGrid

/// Selecting words to add what analysis missed: `m` starts a selection (at the last search
/// match, else after the selected quotation, else at the first word on screen); `w`/`l` and
/// `b`/`h` move its head a word; Enter adds it as a quotation, 1–4 as an entity (PER, LOC, ORG,
/// MISC); Esc or `m` gives up. A mouse click moves the head to the clicked word.
extension AppState {
    mutating func startMark() {
        guard let column = reader.focusedColumn, let article = loaded[column.articleID] else { return }
        let scalars = article.article.scalars
        let start: Int
        if let match = reader.lastMatch, reader.search != nil {
            start = match.lowerBound
        } else if let selected = selectedQuotation {
            start = selected.quotation.end
        } else {
            start = firstVisibleOffset(inColumn: reader.focus)
        }
        guard let word = Self.word(at: start, in: scalars) else {
            message = "No words here to select"
            return
        }
        reader.mark = WordMark(articleID: column.articleID, anchor: word, head: word)
        message = "Selecting: w b move · Enter adds a quotation · 1 PER 2 LOC 3 ORG 4 MISC adds an entity · Esc cancels"
    }

    /// Keys while words are being selected; nil when the key is not one of them.
    mutating func handleMarkKey(_ key: Key) -> Bool {
        guard var mark = reader.mark, let article = loaded[mark.articleID] else {
            reader.mark = nil
            return false
        }
        let scalars = article.article.scalars
        switch key {
        case .character("w"), .character("l"), .right:
            if let next = Self.word(at: mark.head.upperBound, in: scalars) { mark.head = next }
        case .character("b"), .character("h"), .left:
            if let previous = Self.word(before: mark.head.lowerBound, in: scalars) { mark.head = previous }
        case .escape, .character("m"):
            reader.mark = nil
            message = nil
            return true
        case .enter:
            reader.mark = nil
            addQuotation(mark.range, in: article)
            return true
        case .character("1"), .character("2"), .character("3"), .character("4"):
            reader.mark = nil
            let type: EntityType = key == .character("1") ? .person : key == .character("2") ? .location
                : key == .character("3") ? .organisation : .miscellaneous
            correctEntity(at: mark.range, to: type, in: article)
            return true
        default:
            return false
        }
        reader.mark = mark
        reveal(offset: mark.head.lowerBound, inColumn: reader.focus)
        message = "Selected " + Self.excerpt(text: article.article.text(from: mark.range.lowerBound, to: mark.range.upperBound))
        return true
    }

    /// A click while selecting: the head goes to the word under the pointer.
    mutating func markWord(at offset: Int) {
        guard var mark = reader.mark, let article = loaded[mark.articleID],
              let word = Self.word(at: offset, in: article.article.scalars) else { return }
        mark.head = word
        reader.mark = mark
    }

    /// The word at `offset` or, past white space, the next one.
    static func word(at offset: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var start = min(max(0, offset), scalars.count)
        while start > 0, start < scalars.count, !scalars[start].isSpaceLike, !scalars[start - 1].isSpaceLike { start -= 1 }
        while start < scalars.count, scalars[start].isSpaceLike { start += 1 }
        guard start < scalars.count else { return nil }
        var end = start
        while end < scalars.count, !scalars[end].isSpaceLike { end += 1 }
        return start..<end
    }

    /// The word before the one starting at `offset`.
    static func word(before offset: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var end = offset
        while end > 0, scalars[end - 1].isSpaceLike { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, !scalars[start - 1].isSpaceLike { start -= 1 }
        return start..<end
    }
}
