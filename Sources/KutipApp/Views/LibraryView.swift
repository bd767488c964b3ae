import KutipCore
import KutipGrid

/// The article list: one row per article, the cursor row reversed, `/` filtering.
enum LibraryView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        let width = grid.width
        let columns = LibraryColumns(width: width)
        grid.fill(x: 0, y: 0, width: width, height: 1, with: Cell(style: theme.header))
        var header = "Title"
        header = Renderer.fitted(header, width: columns.titleWidth)
        grid.write(header, x: 1, y: 0, style: theme.header)
        var x = 1 + columns.titleWidth
        if columns.outletWidth > 0 {
            grid.write(" Outlet", x: x, y: 0, style: theme.header)
            x += columns.outletWidth
        }
        grid.write(Renderer.rightAligned("Words", width: LibraryColumns.numberWidth), x: x, y: 0, style: theme.header)
        x += LibraryColumns.numberWidth
        if columns.showsCounts {
            grid.write(Renderer.rightAligned("Ent", width: LibraryColumns.countWidth), x: x, y: 0, style: theme.header)
            x += LibraryColumns.countWidth
            grid.write(Renderer.rightAligned(state.compared == nil ? "Tagged" : "Curate", width: LibraryColumns.quoteWidth), x: x, y: 0, style: theme.header)
        }

        let library = state.library
        if library.visible.isEmpty {
            let text = library.filter.isEmpty ? "No articles." : "No article matches “\(library.filter)”. Esc clears the filter."
            grid.write(Renderer.fitted(text, width: width - 2), x: 1, y: 2, style: theme.muted)
            return
        }
        let end = min(library.visible.count, library.top + state.libraryPageHeight)
        for row in library.top..<end {
            let y = 1 + row - library.top
            let entry = state.entry(library.visible[row])
            let summary = state.summary(of: entry.id)
            let isCursor = row == library.cursor
            let base = isCursor ? theme.cursorRow : Style.plain
            grid.fill(x: 0, y: y, width: width, height: 1, with: Cell(style: base))
            let open = state.reader.columns.contains { $0.articleID == entry.id }
            grid.write(open ? "•" : " ", x: 0, y: y, style: base)
            var x = 1
            if let problem = summary?.problem {
                let text = "[\(problem.marker)] \(entry.fileName)"
                grid.write(Renderer.fitted(text, width: columns.titleWidth - 1), x: x, y: y, style: theme.problem.layered(under: base))
                continue
            }
            let title = summary?.title ?? entry.fileName
            grid.write(Renderer.fitted(title, width: columns.titleWidth - 1), x: x, y: y, style: base)
            x += columns.titleWidth
            if columns.outletWidth > 0 {
                let outlet = summary?.outlet ?? "–"
                grid.write(Renderer.fitted(" " + outlet, width: columns.outletWidth - 1), x: x, y: y, style: theme.muted.layered(under: base))
                x += columns.outletWidth
            }
            let words = summary.map { String($0.wordCount) } ?? ""
            grid.write(Renderer.rightAligned(words, width: LibraryColumns.numberWidth), x: x, y: y, style: base)
            x += LibraryColumns.numberWidth
            if columns.showsCounts, let summary, summary.isAnalysed {
                grid.write(Renderer.rightAligned(String(summary.entityCount), width: LibraryColumns.countWidth), x: x, y: y, style: base)
                x += LibraryColumns.countWidth
                // Quotations tagged with a speaker, out of those suggested; when curating, the
                // disagreements left (≠3), all curated (✓) or none at all (=).
                let count = state.compared == nil ? "\(summary.taggedCount)/\(summary.quoteCount)"
                    : summary.disagreementsLeft > 0 ? "≠\(summary.disagreementsLeft)" : summary.disagreements > 0 ? "✓" : "="
                grid.write(Renderer.rightAligned(count, width: LibraryColumns.quoteWidth), x: x, y: y, style: base)
            }
        }
    }
}

/// How the library's width is shared: the title takes what the other columns leave.
struct LibraryColumns {
    static let numberWidth = 7
    static let countWidth = 5
    static let quoteWidth = 8
    let titleWidth: Int
    let outletWidth: Int
    let showsCounts: Bool

    init(width: Int) {
        showsCounts = width >= 70
        outletWidth = width >= 60 ? min(18, width / 6) : 0
        let fixed = 1 + Self.numberWidth + outletWidth + (showsCounts ? Self.countWidth + Self.quoteWidth : 0)
        titleWidth = max(4, width - fixed - 1)
    }
}
