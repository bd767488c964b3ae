import KutipCore
import KutipGrid

/// The reader: articles side by side, each wrapped to its column, with entities coloured,
/// quotations marked in the gutter, the selection lit, and a legend.
enum ReaderView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let geometry = state.readerGeometry
        let theme = state.theme
        for (index, column) in state.reader.columns.enumerated() {
            let frame = geometry.frame(of: index)
            drawColumn(state, column: column, index: index, frame: frame, geometry: geometry, into: &grid)
            if index + 1 < state.reader.columns.count {
                for y in 0..<(geometry.textTop + geometry.textHeight) {
                    grid.write("│", x: frame.x + frame.width, y: y, style: theme.separator)
                }
            }
        }
        drawLegend(theme: theme, y: geometry.legendRow, into: &grid)
    }

    static func drawColumn(_ state: AppState, column: ReaderColumn, index: Int, frame: (x: Int, width: Int),
                           geometry: ReaderGeometry, into grid: inout Grid) {
        let theme = state.theme
        let focused = index == state.reader.focus
        let titleStyle = focused ? theme.focusedColumnTitle : theme.columnTitle
        grid.fill(x: frame.x, y: 0, width: frame.width, height: 1, with: Cell(style: titleStyle))
        guard let article = state.article(column.articleID) else {
            grid.write(Renderer.fitted(" \(column.articleID)", width: frame.width), x: frame.x, y: 0, style: titleStyle)
            return
        }
        let textWidth = geometry.textWidth(of: index)
        let lines = article.lines(width: textWidth)
        let shown = lines.dropFirst(column.scroll).prefix(geometry.textHeight)
        let percent = lines.count <= geometry.textHeight ? "" :
            " \(min(100, (column.scroll + geometry.textHeight) * 100 / max(1, lines.count)))%"
        let title = Renderer.fitted(" " + article.article.title, width: frame.width - DisplayWidth.of(percent))
        grid.write(title, x: frame.x, y: 0, style: titleStyle)
        grid.write(percent, x: frame.x + frame.width - DisplayWidth.of(percent), y: 0, style: titleStyle)

        guard let first = shown.first, let last = shown.last else { return }
        let highlights = Highlights(state: state, article: article, column: column, visible: first.start..<max(first.start, last.end))
        let textX = frame.x + ReaderGeometry.gutterWidth
        for (row, line) in shown.enumerated() {
            let y = geometry.textTop + row
            if let label = line.label, article.quotations.indices.contains(label) {
                let text = QuoteLabel.text(of: article.quotations[label], in: article, state: state)
                let quotation = article.quotations[label]
                let disputed = quotation.tag == nil && state.compared?.disagree(on: quotation.range, in: article.article.id) == true
                let base = disputed ? theme.disagreementLabel : quotation.tag == nil ? theme.quoteLabel : theme.taggedLabel
                let style = column.selectedQuote == label ? base.layered(under: theme.selection) : base
                grid.write(Renderer.fitted(text, width: textWidth), x: textX, y: y, style: style)
                continue
            }
            if let quote = highlights.quote(overlapping: line) {
                grid.write("▌", x: frame.x, y: y, style: quote.selected ? theme.quoteGutter.layered(under: theme.selection) : theme.quoteGutter)
            }
            drawLine(article.article.scalars, line: line, x: textX, y: y, limit: textX + textWidth, highlights: highlights, into: &grid)
        }
    }

    static func drawLine(_ scalars: [Unicode.Scalar], line: VisualLine, x: Int, y: Int, limit: Int,
                         highlights: Highlights, into grid: inout Grid) {
        var column = x
        var i = line.start
        while i < line.end {
            let base = scalars[i]
            var width = TextWrapper.columns(base)
            let start = i
            i += 1
            guard width > 0 else { continue }  // a stray mark or control character with no base
            var grapheme = String(base == "\t" ? " " : base)
            while i < line.end, DisplayWidth.of(scalars[i]) == 0, scalars[i] != "\t", scalars[i].value >= 0x20 {
                grapheme.unicodeScalars.append(scalars[i])
                i += 1
            }
            if column + width > limit { width = 0 }
            guard width > 0 else { break }
            column += grid.put(grapheme: grapheme, width: width, x: column, y: y, style: highlights.style(at: start), limit: limit)
        }
    }

    static func drawLegend(theme: Theme, y: Int, into grid: inout Grid) {
        var x = 1
        let items: [(String, Style)] = [
            ("PER", theme.entity(.person)), ("LOC", theme.entity(.location)), ("ORG", theme.entity(.organisation)),
            ("MISC", theme.entity(.miscellaneous)), ("▌quote", theme.quoteGutter),
            ("└kind · speaker", theme.quoteLabel), ("leftover", theme.leftover),
        ]
        for (label, style) in items {
            if x + DisplayWidth.of(label) >= grid.width { break }
            x = grid.write(label, x: x, y: y, style: style) + 2
        }
    }
}

/// The styled spans of one column's visible text, looked up per code point.
struct Highlights {
    struct Span {
        let range: Range<Int>
        let style: Style
    }

    struct QuoteMark {
        let range: Range<Int>
        let selected: Bool
    }

    private var spans: [Span] = []
    private var quotes: [QuoteMark] = []

    init(state: AppState, article: LoadedArticle, column: ReaderColumn, visible: Range<Int>) {
        let theme = state.theme
        let analysis = article.analysis
        func overlaps(_ range: Range<Int>) -> Bool { range.lowerBound < visible.upperBound && range.upperBound > visible.lowerBound }
        // Later spans are drawn over earlier ones.
        for range in analysis.leftovers where overlaps(range) { spans.append(Span(range: range, style: theme.leftover)) }
        for (index, quote) in article.quotations.enumerated() where overlaps(quote.range) {
            let selected = column.selectedQuote == index
            quotes.append(QuoteMark(range: quote.range, selected: selected))
            spans.append(Span(range: quote.range, style: theme.quote))
        }
        let selectedEntity = state.reader.selectedEntity
        for entity in article.entities where overlaps(entity.range) {
            var style = theme.entity(entity.type)
            if let selectedEntity, selectedEntity.matches(text: article.article.text(from: entity.start, to: entity.end), type: entity.type) {
                style = style.layered(under: theme.selection)
            }
            spans.append(Span(range: entity.range, style: style))
        }
        for quote in quotes where quote.selected { spans.append(Span(range: quote.range, style: theme.selection)) }
        // The words naming the selected quotation's speaker are underlined, wherever they are.
        if let selected = column.selectedQuote, article.quotations.indices.contains(selected),
           let mention = article.quotations[selected].suggestion?.speaker?.mention {
            spans.append(Span(range: mention, style: Style(attributes: .underline)))
        }
        if let mark = state.reader.mark, mark.articleID == article.article.id {
            spans.append(Span(range: mark.range, style: theme.selection.layered(under: Style(attributes: .underline))))
        }
        if let search = state.reader.search {
            let scalars = article.article.scalars
            let low = max(0, visible.lowerBound - search.unicodeScalars.count)
            let high = min(scalars.count, visible.upperBound + search.unicodeScalars.count)
            for match in TextSearch.matches(of: search, in: Array(scalars[low..<high])) {
                spans.append(Span(range: (match.lowerBound + low)..<(match.upperBound + low), style: theme.searchMatch))
            }
        }
    }

    func style(at offset: Int) -> Style {
        var style = Style.plain
        for span in spans where span.range.contains(offset) { style = style.layered(under: span.style) }
        return style
    }

    func quote(overlapping line: VisualLine) -> QuoteMark? {
        let range = line.start..<max(line.end, line.start + 1)
        let hits = quotes.filter { $0.range.overlaps(range) }
        return hits.first { $0.selected } ?? hits.first
    }
}
