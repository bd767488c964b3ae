import KutipCore

extension AppState {
    /// The Speakers screen's columns: one per open article, or one for every article with tags.
    public var speakerColumns: [SpeakerColumn] {
        let registry = annotations.speakers
        if reader.columns.isEmpty {
            let all = annotations.articles.values.sorted { $0.article < $1.article }
            return [SpeakerColumn.of(all, title: "All articles", speakers: registry)]
        }
        return reader.columns.map { column in
            let title = loaded[column.articleID]?.article.title ?? column.articleID.rawValue
            return SpeakerColumn.of(annotations.articles[column.articleID].map { [$0] } ?? [], title: title, speakers: registry)
        }
    }

    mutating func openSpeakers() {
        let count = speakerColumns.count
        speakers.focus = min(reader.focus, count - 1)
        speakers.cursors = Array(repeating: 0, count: count)
        speakers.tops = Array(repeating: 0, count: count)
        previousScreen = screen
        screen = .speakers
    }

    mutating func performInSpeakers(_ action: Action) -> Effect? {
        let columns = speakerColumns
        guard !columns.isEmpty else { return nil }
        let focus = min(speakers.focus, columns.count - 1)
        let quotations = columns[focus].quotationRows
        switch action {
        case .moveDown: moveSpeakerCursor(by: 1, count: quotations.count)
        case .moveUp: moveSpeakerCursor(by: -1, count: quotations.count)
        case .pageDown, .halfPageDown: moveSpeakerCursor(by: 10, count: quotations.count)
        case .pageUp, .halfPageUp: moveSpeakerCursor(by: -10, count: quotations.count)
        case .top: moveSpeakerCursor(by: -quotations.count, count: quotations.count)
        case .bottom: moveSpeakerCursor(by: quotations.count, count: quotations.count)
        case .nextColumn: speakers.focus = (focus + 1) % columns.count
        case .previousColumn: speakers.focus = (focus + columns.count - 1) % columns.count
        case .openAlone:
            guard quotations.indices.contains(speakers.cursors[focus]),
                  case let .quotation(article, range, _) = columns[focus].rows[quotations[speakers.cursors[focus]]] else {
                message = "No tagged quotation here yet"
                return nil
            }
            jump(to: article, range: range)
        case .back: screen = previousScreen == .speakers ? .library : previousScreen
        case .undo: undo()
        case .redo: redo()
        case .help: showingHelp = true; helpScroll = 0
        case .redraw: return .redrawAll
        default: break
        }
        return nil
    }

    private mutating func moveSpeakerCursor(by delta: Int, count: Int) {
        let focus = speakers.focus
        guard speakers.cursors.indices.contains(focus) else { return }
        speakers.cursors[focus] = count == 0 ? 0 : min(max(0, speakers.cursors[focus] + delta), count - 1)
    }

    /// Shows a tagged quotation in the reader: its article's column focused (opened if need be)
    /// and the quotation selected.
    mutating func jump(to id: ArticleID, range: Range<Int>) {
        guard let entry = corpus.entries.firstIndex(where: { $0.id == id }), load(entry: entry) != nil else {
            message = "\(id): cannot be read"
            return
        }
        if let open = reader.columns.firstIndex(where: { $0.articleID == id }) {
            reader.focus = open
        } else {
            if reader.columns.count >= ReaderState.maximumColumns { reader.columns.removeLast() }
            reader.columns.append(ReaderColumn(articleID: id))
            reader.focus = reader.columns.count - 1
        }
        screen = .reader
        prepareForDrawing()
        guard let article = loaded[id] else { return }
        reader.columns[reader.focus].selectedQuote = article.quotations.firstIndex { $0.range == range }
        reveal(offset: range.lowerBound, inColumn: reader.focus)
    }
}
