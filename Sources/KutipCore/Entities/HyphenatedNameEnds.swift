/// A name does not end in a hyphen or in a lower-case particle glued to the next word by one:
/// where the tagger stopped there, the word glued after the hyphen ends the name
/// (`Abdel Fattah al-` or `Abdel Fattah al` + `-Sisi` → `Abdel Fattah al-Sisi`); with no word glued
/// after it, the hyphen is left out. Names joined by a hyphen stay apart (`Rusia-Belarus`): the
/// word before the hyphen is capitalised, and the word after it begins an entity of its own; a
/// capitalised word after the hyphen that begins none ends the name (`Shangri-La`).
enum HyphenatedNameEnds {
    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        // The tokens that start a span, by token (a Set<Int> cost a hash and often a resize per span).
        var starts = [Bool](repeating: false, count: a.count + 1)
        for span in spans { starts[span.tokens.lowerBound] = true }
        func isHyphen(_ i: Int) -> Bool { a.isMark(i, "-") || a.isMark(i, "‐") }
        func gluedWord(after hyphen: Int) -> Bool {
            let next = hyphen + 1
            return next < a.count && a.touching(hyphen, next) && a.tokens[next].kind == .word && !starts[next]
        }
        return spans.map { span in
            let last = span.tokens.upperBound - 1
            // A capitalised word glued after the hyphen that no entity of its own begins with is
            // the name's end (`Dialog Shangri-La`, `Coca-Cola`); one that begins an entity is a
            // second name (`Rusia-Belarus`), and so is an acronym (`Jokowi-JK`).
            if isHyphen(last + 1), a.touching(last, last + 1), gluedWord(after: last + 1), a.capitalised[last + 2],
               AcronymDefinitions.acronymLetters(last + 2, a) == nil {
                return TokenSpan(tokens: span.tokens.lowerBound..<last + 3, type: span.type)
            }
            guard span.tokens.count >= 2 else { return span }
            if isHyphen(last) {
                let end = gluedWord(after: last) ? last + 2 : last
                return TokenSpan(tokens: span.tokens.lowerBound..<end, type: span.type)
            }
            if a.lowercaseWord[last], isHyphen(last + 1), a.touching(last, last + 1), gluedWord(after: last + 1) {
                return TokenSpan(tokens: span.tokens.lowerBound..<last + 3, type: span.type)
            }
            return span
        }
    }
}
