import KutipCore
import KutipGrid

/// Draws a state into a grid of cells: a pure function of the state, so tests read the grid
/// without a terminal.
public enum Renderer {
    public static let minimumWidth = 20
    public static let minimumHeight = 5

    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            drawTooSmall(&grid, need: "\(minimumWidth)x\(minimumHeight)", theme: state.theme)
            return grid
        }
        if state.showingHelp {
            HelpView.draw(state, into: &grid)
        } else {
            switch state.screen {
            case .library: LibraryView.draw(state, into: &grid)
            case .speakers: SpeakersView.draw(state, into: &grid)
            case .reader:
                let geometry = state.readerGeometry
                guard geometry.fits else {
                    drawTooSmall(&grid, need: "\(geometry.minimumWidth)x\(geometry.minimumHeight) for \(geometry.columnCount) columns (x closes one)", theme: state.theme)
                    return grid
                }
                ReaderView.draw(state, into: &grid)
            }
        }
        if case let .speaker(picker)? = state.prompt { SpeakerPickerView.draw(picker, theme: state.theme, into: &grid) }
        StatusBar.draw(state, into: &grid)
        return grid
    }

    /// Says the terminal is too small, wrapped into whatever room there is.
    static func drawTooSmall(_ grid: inout Grid, need: String, theme: Theme) {
        let text = "Terminal too small: \(grid.width)x\(grid.height). kutip needs \(need)."
        let words = text.split(separator: " ")
        var line = ""
        var y = 0
        for word in words {
            if !line.isEmpty, DisplayWidth.of(line) + 1 + DisplayWidth.of(String(word)) > grid.width {
                grid.write(line, x: 0, y: y, style: theme.message)
                y += 1
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { grid.write(line, x: 0, y: y, style: theme.message) }
    }

    /// Text cut to `width` columns, with an ellipsis when cut.
    static func fitted(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if used + w > width - 1 { break }
            result.unicodeScalars.append(scalar)
            used += w
        }
        return result + "…"
    }

    /// Text padded on the left to `width` columns.
    static func rightAligned(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }
}
