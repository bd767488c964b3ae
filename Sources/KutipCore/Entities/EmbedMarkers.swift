/// Embed markers a content system leaves in a page's text, a word and a colon in square
/// brackets (`[Gambas:Video CNN]`, `[caption:…]`): where a video or picture was, not text, so
/// the names in them are no mentions. Spans that lie inside one are dropped.
enum EmbedMarkers {
    /// The most tokens a marker holds between its brackets.
    static let longest = 12

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        var inside = [Bool](repeating: false, count: a.count)
        var found = false
        var t = 0
        while t + 3 < a.count {
            defer { t += 1 }
            // `[` word `:` … `]`, the word and colon touching, all on one line.
            guard a.isMark(t, "["), a.tokens[t + 1].kind == .word, a.isMark(t + 2, ":"), a.touching(t, t + 1),
                  a.touching(t + 1, t + 2) else { continue }
            var close = t + 3
            while close < a.count, close - t <= longest, !a.isMark(close, "]"),
                  !ArticleTokens.lineBreak(between: a.tokens[close - 1], and: a.tokens[close], in: a.scalars) { close += 1 }
            guard close < a.count, a.isMark(close, "]") else { continue }
            for k in t...close { inside[k] = true }
            found = true
            t = close
        }
        guard found else { return spans }
        return spans.filter { span in !span.tokens.allSatisfy { inside[$0] } }
    }
}
