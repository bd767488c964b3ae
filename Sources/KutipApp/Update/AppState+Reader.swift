import KutipCore
import KutipGrid

extension AppState {
    mutating func performInReader(_ action: Action) -> Effect? {
        let page = max(1, readerGeometry.textHeight)
        switch action {
        case .moveDown: scrollFocused(by: 1)
        case .moveUp: scrollFocused(by: -1)
        case .pageDown: scrollFocused(by: max(1, page - 1))
        case .pageUp: scrollFocused(by: -max(1, page - 1))
        case .halfPageDown: scrollFocused(by: page / 2)
        case .halfPageUp: scrollFocused(by: -page / 2)
        case .top: scrollFocused(to: 0)
        case .bottom: scrollFocused(to: Int.max / 2)
        case .nextColumn:
            if !reader.columns.isEmpty { reader.focus = (reader.focus + 1) % reader.columns.count }
        case .previousColumn:
            if !reader.columns.isEmpty { reader.focus = (reader.focus + reader.columns.count - 1) % reader.columns.count }
        case .nextQuote:
            if reader.search != nil { stepSearch(forward: true) } else { stepQuote(forward: true) }
        case .previousQuote:
            if reader.search != nil { stepSearch(forward: false) } else { stepQuote(forward: false) }
        case .nextEntity: stepEntity(forward: true)
        case .previousEntity: stepEntity(forward: false)
        case .closeColumn: closeFocusedColumn()
        case .acceptSpeaker: acceptSuggestion()
        case .pickSpeaker: openSpeakerPicker()
        case .notAQuotation: toggleNotAQuotation()
        case .undo: undo()
        case .redo: redo()
        case .speakersScreen: openSpeakers()
        case .cycleKind: cycleKind()
        case .markWords: startMark()
        case .command: prompt = .command(LineEditor())
        case .cycleEntityType: cycleEntityType()
        case .removeEntity: removeEntity()
        case .growQuoteEnd: editSpan(.growEnd)
        case .shrinkQuoteEnd: editSpan(.shrinkEnd)
        case .growQuoteStart: editSpan(.growStart)
        case .shrinkQuoteStart: editSpan(.shrinkStart)
        case .search: prompt = .search(LineEditor())
        case .nextDisagreement: stepDisagreement(forward: true)
        case .previousDisagreement: stepDisagreement(forward: false)
        case .takeAnnotator: break  // handled with its digit in `handle`
        case .clear:
            if reader.search != nil {
                reader.search = nil
            } else if reader.selectedEntity != nil {
                reader.selectedEntity = nil
            } else if reader.focus < reader.columns.count {
                reader.columns[reader.focus].selectedQuote = nil
            }
        case .help: showingHelp = true; helpScroll = 0
        case .back: screen = .library
        case .redraw: return .redrawAll
        default: break
        }
        return nil
    }

    mutating func scrollFocused(by delta: Int) {
        guard reader.focus < reader.columns.count else { return }
        reader.columns[reader.focus].scroll += delta
        clampScroll(column: reader.focus)
    }

    mutating func scrollFocused(to line: Int) {
        guard reader.focus < reader.columns.count else { return }
        reader.columns[reader.focus].scroll = line
        clampScroll(column: reader.focus)
    }

    /// Scrolls column `index` so that `offset` is on screen, a third of the way down if it was not.
    mutating func reveal(offset: Int, inColumn index: Int) {
        let geometry = readerGeometry
        guard let article = loaded[reader.columns[index].articleID] else { return }
        let width = geometry.textWidth(of: index)
        let line = article.lineIndex(of: offset, width: width)
        let scroll = reader.columns[index].scroll
        if line < scroll || line >= scroll + geometry.textHeight {
            reader.columns[index].scroll = line - geometry.textHeight / 3
            clampScroll(column: index)
        }
    }

    /// The code point drawn at a screen cell of a column's text, if any.
    func offset(atX x: Int, y: Int, inColumn index: Int) -> Int? {
        let geometry = readerGeometry
        guard reader.columns.indices.contains(index), let article = loaded[reader.columns[index].articleID] else { return nil }
        let lines = article.lines(width: geometry.textWidth(of: index))
        let row = reader.columns[index].scroll + y - geometry.textTop
        guard y >= geometry.textTop, lines.indices.contains(row), lines[row].label == nil else { return nil }
        let line = lines[row]
        var column = geometry.frame(of: index).x + ReaderGeometry.gutterWidth
        for offset in line.start..<line.end {
            column += TextWrapper.columns(article.article.scalars[offset])
            if column > x { return offset }
        }
        return line.end > line.start ? line.end - 1 : nil
    }

    /// The first code point shown in a column.
    func firstVisibleOffset(inColumn index: Int) -> Int {
        guard let article = loaded[reader.columns[index].articleID] else { return 0 }
        let lines = article.lines(width: readerGeometry.textWidth(of: index))
        let scroll = reader.columns[index].scroll
        return lines.indices.contains(scroll) ? lines[scroll].start : 0
    }

    /// The span to select next among `spans` (in text order): the neighbour of `current`, or with
    /// nothing selected the first span still on screen (forward) or the last one above it.
    static func step(through spans: [Range<Int>], from current: Int?, forward: Bool, top: Int) -> Int? {
        if let current {
            let next = current + (forward ? 1 : -1)
            return spans.indices.contains(next) ? next : nil
        }
        if forward { return spans.firstIndex { $0.upperBound > top } }
        return spans.lastIndex { $0.lowerBound < top } ?? spans.indices.first
    }

    mutating func stepQuote(forward: Bool) {
        let index = reader.focus
        guard index < reader.columns.count, let article = loaded[reader.columns[index].articleID] else { return }
        let quotes = article.quotations
        guard !quotes.isEmpty else {
            message = "No quotations in this article"
            return
        }
        guard let target = Self.step(through: quotes.map(\.range), from: reader.columns[index].selectedQuote,
                                     forward: forward, top: firstVisibleOffset(inColumn: index)) else {
            message = forward ? "Last quotation" : "First quotation"
            return
        }
        reader.columns[index].selectedQuote = target
        reveal(offset: quotes[target].start, inColumn: index)
    }

    mutating func stepEntity(forward: Bool) {
        let index = reader.focus
        guard index < reader.columns.count, let article = loaded[reader.columns[index].articleID] else { return }
        let entities = article.entities
        guard !entities.isEmpty else {
            message = "No entities in this article"
            return
        }
        var current: Int?
        if let selected = reader.selectedEntity, selected.articleID == article.article.id {
            current = entities.firstIndex { $0.start == selected.start }
        }
        guard let chosen = Self.step(through: entities.map(\.range), from: current, forward: forward,
                                     top: firstVisibleOffset(inColumn: index)) else {
            message = forward ? "Last entity" : "First entity"
            return
        }
        let entity = entities[chosen]
        let name = article.article.text(from: entity.start, to: entity.end)
        var personKeys: Set<String> = []
        var shownName = name
        if entity.type == .person {
            refreshPeople(force: true)
            let person = people.person(named: name, in: article.article.id.rawValue)
            personKeys = person?.keys ?? []
            if let key = PersonName(name)?.key { personKeys.insert(key) }
            if let canonical = person?.canonicalName, canonical != name { shownName = "\(name) = \(canonical)" }
        }
        let selected = SelectedEntity(articleID: article.article.id, start: entity.start, end: entity.end,
                                      type: entity.type, key: name.lowercased(), personKeys: personKeys)
        reader.selectedEntity = selected
        reveal(offset: entity.start, inColumn: index)
        let others = reader.columns.indices.filter { $0 != index }.reduce(0) { count, other in
            count + (loaded[reader.columns[other].articleID].map { mentions(of: selected, in: $0).count } ?? 0)
        }
        let here = mentions(of: selected, in: article).count
        message = "\(shownName) (\(entity.type.rawValue)): \(here) here" + (reader.columns.count > 1 ? ", \(others) in the other columns" : "")
    }

    /// The entities of an article that are mentions of the selected one.
    public func mentions(of selected: SelectedEntity, in article: LoadedArticle) -> [EntitySpan] {
        article.entities.filter { selected.matches(text: article.article.text(from: $0.start, to: $0.end), type: $0.type) }
    }

    mutating func closeFocusedColumn() {
        guard reader.focus < reader.columns.count else { return }
        let id = reader.columns.remove(at: reader.focus).articleID
        unloadIfHidden(id)
        if reader.selectedEntity?.articleID == id { reader.selectedEntity = nil }
        reader.focus = min(reader.focus, max(0, reader.columns.count - 1))
        if reader.columns.isEmpty { screen = .library }
    }

    // MARK: Search

    mutating func startSearch(_ text: String) {
        guard !text.isEmpty else {
            reader.search = nil
            return
        }
        reader.search = text
        let index = reader.focus
        guard index < reader.columns.count, let article = loaded[reader.columns[index].articleID] else { return }
        let top = firstVisibleOffset(inColumn: index)
        let matches = TextSearch.matches(of: text, in: article.article.scalars)
        guard let first = matches.first(where: { $0.lowerBound >= top }) ?? matches.first else {
            message = "Not found: \(text)"
            return
        }
        show(match: first, inColumn: index)
        message = "\(matches.count) match\(matches.count == 1 ? "" : "es") for “\(text)” (n/N to step, Esc to clear)"
    }

    /// Puts a search match a third of the way down the column, where the next step starts from.
    mutating func show(match: Range<Int>, inColumn index: Int) {
        guard let article = loaded[reader.columns[index].articleID] else { return }
        reader.lastMatch = match
        let geometry = readerGeometry
        let line = article.lineIndex(of: match.lowerBound, width: geometry.textWidth(of: index))
        reader.columns[index].scroll = line - geometry.textHeight / 3
        clampScroll(column: index)
    }

    mutating func stepSearch(forward: Bool) {
        guard let text = reader.search else { return }
        let index = reader.focus
        guard index < reader.columns.count, let article = loaded[reader.columns[index].articleID] else { return }
        let matches = TextSearch.matches(of: text, in: article.article.scalars)
        guard !matches.isEmpty else {
            message = "Not found: \(text)"
            return
        }
        let geometry = readerGeometry
        let width = geometry.textWidth(of: index)
        let lineCount = article.lines(width: width).count
        // Step from the line a third of the way down, where the last match was put.
        let anchor = min(max(0, lineCount - 1), reader.columns[index].scroll + geometry.textHeight / 3)
        let target = forward
            ? matches.first { article.lineIndex(of: $0.lowerBound, width: width) > anchor }
            : matches.last { article.lineIndex(of: $0.lowerBound, width: width) < anchor }
        guard let match = target else {
            message = forward ? "No more matches below" : "No more matches above"
            return
        }
        show(match: match, inColumn: index)
    }

    // MARK: Mouse

    mutating func handleMouse(_ mouse: MouseEvent) {
        if showingHelp {
            switch mouse.action {
            case .wheelDown: _ = performInHelp(.moveDown)
            case .wheelUp: _ = performInHelp(.moveUp)
            case .press: break
            }
            return
        }
        switch screen {
        case .speakers:
            break
        case .library:
            switch mouse.action {
            case .wheelDown: library.move(by: 3, pageHeight: libraryPageHeight)
            case .wheelUp: library.move(by: -3, pageHeight: libraryPageHeight)
            case .press:
                let row = library.top + mouse.y - 1
                if mouse.y >= 1, mouse.y <= libraryPageHeight, library.visible.indices.contains(row) {
                    library.cursor = row
                }
            }
        case .reader:
            let geometry = readerGeometry
            guard geometry.fits, let index = geometry.column(at: mouse.x) else { return }
            switch mouse.action {
            case .press:
                reader.focus = index
                if reader.mark != nil, let offset = offset(atX: mouse.x, y: mouse.y, inColumn: index) { markWord(at: offset) }
            case .wheelDown, .wheelUp:
                reader.columns[index].scroll += mouse.action == .wheelDown ? 3 : -3
                clampScroll(column: index)
            }
        }
    }
}

/// Case-insensitive search in an article's text, in code-point offsets.
public enum TextSearch {
    public static func matches(of query: String, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let needle = query.unicodeScalars.map(fold)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= scalars.count {
            var k = 0
            while k < needle.count, fold(scalars[i + k]) == needle[k] { k += 1 }
            if k == needle.count {
                result.append(i..<(i + k))
                i += k
            } else {
                i += 1
            }
        }
        return result
    }

    /// A scalar's lower-case form when that is one scalar (so offsets stay put), else itself.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value < 0x80 {
            return (scalar.value >= 0x41 && scalar.value <= 0x5A) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }
}
