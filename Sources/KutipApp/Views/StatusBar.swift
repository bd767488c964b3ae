import KutipCore
import KutipGrid

/// The bottom line: where you are, or the line being typed.
enum StatusBar {
    static func draw(_ state: AppState, into grid: inout Grid) {
        let y = grid.height - 1
        let theme = state.theme
        grid.fill(x: 0, y: y, width: grid.width, height: 1, with: Cell(style: theme.statusBar))
        if let prompt = state.prompt {
            let (sign, text, hint): (String, String, String)
            switch prompt {
            case let .filter(editor): (sign, text, hint) = ("/", editor.text, "  Enter keeps · Esc clears")
            case let .search(editor): (sign, text, hint) = ("/", editor.text, "  Enter searches · Esc cancels")
            case let .speaker(picker): (sign, text, hint) = ("speaker: ", picker.query.text, "  Enter tags · Tab: typed name is an alias · Esc cancels")
            case let .command(editor): (sign, text, hint) = (":", editor.text, "  Enter runs · Esc cancels")
            }
            grid.fill(x: 0, y: y, width: grid.width, height: 1)
            let end = grid.write(sign + text, x: 0, y: y)
            grid.write("▏", x: end, y: y, style: Style(attributes: .bold))
            grid.write(Renderer.fitted(hint, width: grid.width - end - 2), x: end + 1, y: y, style: theme.muted)
            return
        }
        let left = " " + (state.message ?? leftText(state))
        let right = rightText(state) + " "
        let rightWidth = DisplayWidth.of(right)
        // The right side (annotator, save state) gives way when the left does not fit (a message
        // is shown whole; the place in the corpus is cut when the room is wide enough).
        let leftRoom = grid.width - rightWidth - 1
        if DisplayWidth.of(left) <= leftRoom || (state.message == nil && leftRoom >= 50) {
            grid.write(Renderer.fitted(left, width: leftRoom), x: 0, y: y, style: theme.statusBar)
            grid.write(right, x: grid.width - rightWidth, y: y, style: theme.statusBar)
        } else {
            grid.write(Renderer.fitted(left, width: grid.width), x: 0, y: y, style: theme.statusBar)
        }
    }

    static func leftText(_ state: AppState) -> String {
        if state.showingHelp { return "kutip · help" }
        switch state.screen {
        case .library:
            let library = state.library
            let position = library.visible.isEmpty ? "0/0" : "\(library.cursor + 1)/\(library.visible.count)"
            var filter = library.filter.isEmpty ? "" : " · filter “\(library.filter)”"
            if !library.filter.isEmpty, state.isIndexing {
                filter += " (reading \(state.indexCursor * 100 / max(1, state.corpus.entries.count))%)"
            }
            return "kutip · \(state.corpusLabel) · \(position)\(filter)"
        case .speakers:
            let speakers = Set(state.speakerColumns.flatMap { $0.rows.compactMap { row -> String? in
                if case let .speaker(name, _) = row { name } else { nil }
            } })
            return "kutip · speakers · \(speakers.count) speaker\(speakers.count == 1 ? "" : "s") · Enter shows a quotation · q back"
        case .reader:
            guard let column = state.reader.focusedColumn, let article = state.article(column.articleID) else {
                return "kutip · \(state.corpusLabel)"
            }
            let quotes = article.quotations
            let place = "\(article.article.id) · column \(state.reader.focus + 1)/\(state.reader.columns.count)"
            var text: String
            // A selected quotation comes first: its speaker matters more than where we are.
            if let selected = column.selectedQuote, quotes.indices.contains(selected) {
                text = "quote \(selected + 1)/\(quotes.count) " + QuoteLabel.detail(of: quotes[selected], in: article, state: state)
                    + " · " + place
            } else {
                let tagged = state.summary(of: article.article.id)?.taggedCount ?? 0
                text = "kutip · \(state.corpusLabel) · " + place + " · tagged \(tagged)/\(quotes.count)"
                if state.compared != nil {
                    let open = state.disagreements(in: article).filter { quotes[$0].tag == nil }.count
                    text += " · \(open) disagreement\(open == 1 ? "" : "s") to curate (])"
                }
            }
            // Tags the store could not find again after the article's text changed: kept, and said.
            let unplaced = state.annotations.articles[article.article.id]?.quotes.filter(\.unplaced).count ?? 0
            if unplaced > 0 { text = "\(unplaced) tag\(unplaced == 1 ? "" : "s") not found in the changed text · " + text }
            if let search = state.reader.search { text += " · /\(search)" }
            return text
        }
    }

    static func rightText(_ state: AppState) -> String {
        let curating = state.compared.map { " ⇐ " + $0.names.joined(separator: ",") } ?? ""
        return "\(state.annotator)\(curating) · \(saveText(state)) · ? help"
    }

    /// "saved" only once every change is on disk (the terminal reports each durable save).
    static func saveText(_ state: AppState) -> String {
        let annotations = state.annotations
        if annotations.store == nil { return "not saving" }
        if annotations.saveFailure != nil { return "NOT SAVED" }
        if annotations.isSaving { return "saving…" }
        return annotations.savedThrough > 0 ? "saved" : "no changes"
    }
}
