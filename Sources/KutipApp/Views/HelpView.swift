import KutipGrid

/// The key help, generated from the key table.
enum HelpView {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let theme = state.theme
        grid.fill(x: 0, y: 0, width: grid.width, height: 1, with: Cell(style: theme.header))
        grid.write(Renderer.fitted(" kutip keys — q, Esc or ? closes", width: grid.width), x: 0, y: 0, style: theme.header)
        let lines = state.helpLines
        let page = max(1, grid.height - 2)
        let keyWidth = min(14, max(6, grid.width / 4))
        for (row, line) in lines.dropFirst(state.helpScroll).prefix(page).enumerated() {
            let y = row + 1
            switch line {
            case let .heading(text):
                grid.write(Renderer.fitted(text, width: grid.width - 1), x: 1, y: y, style: Style(attributes: .bold))
            case let .binding(keys, summary):
                grid.write(Renderer.fitted(keys, width: keyWidth - 1), x: 3, y: y, style: theme.entity(.person))
                grid.write(Renderer.fitted(summary, width: grid.width - keyWidth - 4), x: 3 + keyWidth, y: y)
            case .blank:
                break
            }
        }
    }
}
