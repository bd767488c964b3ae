import Foundation
import KutipGrid

/// The speaker picker: a box over the reader listing the candidates the typed text lets through,
/// the highlighted one reversed, each with why it is listed. What is typed shows in the status
/// line like any prompt.
enum SpeakerPickerView {
    static func draw(_ picker: SpeakerPicker, theme: Theme, into grid: inout Grid) {
        let width = min(64, grid.width - 4)
        let matches = picker.matches
        let rows = max(1, min(matches.count, grid.height - 6))
        let height = rows + 2
        let x = (grid.width - width) / 2, y = max(1, (grid.height - 1 - height) / 2)
        guard width >= 16 else { return }
        grid.fill(x: x, y: y, width: width, height: height, with: Cell(style: .plain))
        let border = theme.separator
        grid.write("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: border)
        grid.write(Renderer.fitted(" Who said it? ", width: width - 4), x: x + 2, y: y, style: theme.header)
        for row in 1...rows {
            grid.write("│", x: x, y: y + row, style: border)
            grid.write("│", x: x + width - 1, y: y + row, style: border)
        }
        grid.write("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: border)
        let inner = width - 4
        if matches.isEmpty {
            let typed = picker.query.text.trimmingCharacters(in: .whitespaces)
            let text = typed.isEmpty ? "No speakers yet: type a name" : "Enter adds “\(typed)” as a new speaker"
            grid.write(Renderer.fitted(text, width: inner), x: x + 2, y: y + 1, style: theme.muted)
            return
        }
        let top = max(0, picker.cursor - rows + 1)
        for (offset, candidate) in matches.dropFirst(top).prefix(rows).enumerated() {
            let selected = top + offset == picker.cursor
            let style = selected ? theme.cursorRow : Style.plain
            grid.fill(x: x + 1, y: y + 1 + offset, width: width - 2, height: 1, with: Cell(style: style))
            let note = candidate.note
            let noteWidth = DisplayWidth.of(note)
            grid.write(Renderer.fitted(candidate.name, width: inner - noteWidth - 1), x: x + 2, y: y + 1 + offset, style: style)
            grid.write(note, x: x + width - 2 - noteWidth, y: y + 1 + offset, style: selected ? style : theme.muted)
        }
    }
}
