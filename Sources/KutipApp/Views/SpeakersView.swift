import KutipGrid

/// The Speakers screen: one column per open article (or one for all), each listing speakers by
/// how often they are quoted, their quotations under them; the selected quotation reversed in
/// the focused column.
enum SpeakersView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        let columns = state.speakerColumns
        let count = max(1, columns.count)
        let separators = count - 1
        let width = max(1, (grid.width - separators) / count)
        let height = grid.height - 1
        for (index, column) in columns.enumerated() {
            let x = index * (width + 1)
            let focused = index == state.speakers.focus
            grid.fill(x: x, y: 0, width: width, height: 1, with: Cell(style: focused ? theme.focusedColumnTitle : theme.columnTitle))
            grid.write(Renderer.fitted(" Speakers · " + column.title, width: width), x: x, y: 0,
                       style: focused ? theme.focusedColumnTitle : theme.columnTitle)
            if index + 1 < columns.count {
                for y in 0..<height { grid.write("│", x: x + width, y: y, style: theme.separator) }
            }
            guard !column.rows.isEmpty else {
                grid.write(Renderer.fitted(" No tagged quotations yet: a or s on a quotation tags it.", width: width),
                           x: x, y: 2, style: theme.muted)
                continue
            }
            let quotationRows = column.quotationRows
            let cursor = state.speakers.cursors.indices.contains(index) ? state.speakers.cursors[index] : 0
            let selectedRow = quotationRows.indices.contains(cursor) ? quotationRows[cursor] : nil
            // Keep the selected row on screen.
            let visible = height - 1
            let top = max(0, (selectedRow ?? 0) - visible + 2)
            for (offset, row) in column.rows.dropFirst(top).prefix(visible).enumerated() {
                let y = 1 + offset
                switch row {
                case let .speaker(name, quoted):
                    grid.write(Renderer.fitted(" \(name) (\(quoted))", width: width), x: x, y: y, style: theme.entity(.person))
                case let .quotation(_, _, excerpt):
                    let selected = top + offset == selectedRow && focused
                    let style = selected ? theme.cursorRow : theme.quote
                    grid.fill(x: x, y: y, width: width, height: 1, with: Cell(style: selected ? theme.cursorRow : .plain))
                    grid.write(Renderer.fitted("   “" + excerpt + "”", width: width), x: x, y: y, style: style)
                }
            }
        }
    }
}
