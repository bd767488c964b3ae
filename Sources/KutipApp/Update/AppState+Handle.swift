import KutipCore
import KutipGrid

extension AppState {
    /// Applies one input event: the only way the state changes.
    public mutating func handle(_ event: InputEvent) -> Effect? {
        defer { prepareForDrawing() }
        switch event {
        case let .resize(width, height):
            resize(width: width, height: height)
            return nil
        case let .mouse(mouse):
            message = nil
            handleMouse(mouse)
            return nil
        case let .key(key):
            message = nil
            if prompt != nil { return handlePromptKey(key) }
            if reader.mark != nil, screen == .reader, !showingHelp, handleMarkKey(key) { return nil }
            let context: KeyContext
            switch screen {
            case _ where showingHelp: context = .help
            case .library: context = .library
            case .reader: context = .reader
            case .speakers: context = .speakers
            }
            guard let action = KeyMap.action(for: key, in: context) else {
                if case let .character(c) = key { message = "\(c): no such key here (? for help)" }
                return nil
            }
            if action == .takeAnnotator, case let .character(digit) = key, let number = digit.wholeNumberValue {
                takeVerdict(ofAnnotator: number - 1)
                return nil
            }
            return perform(action, in: context)
        }
    }

    mutating func perform(_ action: Action, in context: KeyContext) -> Effect? {
        switch context {
        case .help: return performInHelp(action)
        case .library: return performInLibrary(action)
        case .reader: return performInReader(action)
        case .speakers: return performInSpeakers(action)
        }
    }

    // MARK: Help

    /// The help's text lines, generated from the key table.
    public var helpLines: [HelpLine] { HelpLine.lines(from: KeyMap.bindings) }

    mutating func performInHelp(_ action: Action) -> Effect? {
        let page = max(1, height - 2)
        let maxScroll = max(0, helpLines.count - page)
        switch action {
        case .moveDown: helpScroll += 1
        case .moveUp: helpScroll -= 1
        case .pageDown: helpScroll += page
        case .pageUp: helpScroll -= page
        case .halfPageDown: helpScroll += page / 2
        case .halfPageUp: helpScroll -= page / 2
        case .top: helpScroll = 0
        case .bottom: helpScroll = maxScroll
        case .back: showingHelp = false
        case .redraw: return .redrawAll
        default: break
        }
        helpScroll = min(max(0, helpScroll), maxScroll)
        return nil
    }

    // MARK: Library

    mutating func performInLibrary(_ action: Action) -> Effect? {
        let page = libraryPageHeight
        switch action {
        case .moveDown: library.move(by: 1, pageHeight: page)
        case .moveUp: library.move(by: -1, pageHeight: page)
        case .pageDown: library.move(by: page, pageHeight: page)
        case .pageUp: library.move(by: -page, pageHeight: page)
        case .halfPageDown: library.move(by: page / 2, pageHeight: page)
        case .halfPageUp: library.move(by: -page / 2, pageHeight: page)
        case .top: library.move(by: -library.visible.count, pageHeight: page)
        case .bottom: library.move(by: library.visible.count, pageHeight: page)
        case .openAlone: openSelected(beside: false)
        case .openBeside: openSelected(beside: true)
        case .filter: prompt = .filter(LineEditor(text: library.filter))
        case .clear:
            if !library.filter.isEmpty { applyFilter("") }
        case .help: showingHelp = true; helpScroll = 0
        case .undo: undo()
        case .redo: redo()
        case .speakersScreen: openSpeakers()
        case .command: prompt = .command(LineEditor())
        case .quit: return .quit
        case .redraw: return .redrawAll
        default: break
        }
        return nil
    }

    mutating func openSelected(beside: Bool) {
        guard let index = library.selectedEntry else { return }
        let entry = corpus.entries[index]
        guard load(entry: index) != nil else {
            message = "\(entry.fileName): \(summaries[entry.id]?.problem?.description ?? "cannot be read")"
            return
        }
        if let open = reader.columns.firstIndex(where: { $0.articleID == entry.id }) {
            if !beside { reader.columns = [reader.columns[open]] }
            reader.focus = beside ? open : 0
        } else if beside {
            if reader.columns.count >= ReaderState.maximumColumns {
                message = "Four columns are open: close one with x in the reader first"
                return
            }
            reader.columns.append(ReaderColumn(articleID: entry.id))
            reader.focus = reader.columns.count - 1
        } else {
            let previous = reader.columns.map(\.articleID)
            reader.columns = [ReaderColumn(articleID: entry.id)]
            reader.focus = 0
            for id in previous where id != entry.id { unloadIfHidden(id) }
        }
        if let selection = reader.selectedEntity, !reader.columns.contains(where: { $0.articleID == selection.articleID }) {
            reader.selectedEntity = nil
        }
        screen = .reader
    }

    /// Filters the list on what is known of each article: its file name, and once the article
    /// has been indexed (read in the background, see `indexSome`) its title, outlet and entity
    /// names. The list grows as indexing goes on, so typing never waits for the whole corpus.
    mutating func applyFilter(_ text: String) {
        let needle = text.lowercased().split(separator: " ").map(String.init)
        let entries = corpus.entries
        let summaries = self.summaries
        library.apply(filter: text, matching: { index in
            let haystack = summaries[entries[index].id]?.searchText ?? entries[index].fileName.lowercased()
            return needle.allSatisfy { haystack.contains($0) }
        }, entryCount: entries.count)
    }

    // MARK: Indexing

    /// Whether some articles have not been read yet.
    public var isIndexing: Bool { indexCursor < corpus.entries.count }

    /// Reads and analyses up to `count` more articles for the library's counts and the filter,
    /// in corpus order; the terminal calls this when no key is waiting. Returns whether the
    /// screen may have changed.
    public mutating func indexSome(_ count: Int = 32) -> Bool {
        var done = 0
        while indexCursor < corpus.entries.count, done < count {
            let id = corpus.entries[indexCursor].id
            if summaries[id]?.isAnalysed != true {
                load(entry: indexCursor)
                unloadIfHidden(id)
                done += 1
            }
            indexCursor += 1
        }
        if done > 0 { applyLearned() }
        if done > 0, !library.filter.isEmpty { applyFilter(library.filter) }
        return done > 0
    }

    // MARK: Commands

    /// A `:` command. `export FORMAT [PATH]` (PATH by default `kutip-export.FORMAT`, a folder for
    /// brat) asks the terminal to export the tags once the saves are on disk.
    mutating func runCommand(_ text: String) -> Effect? {
        let words = text.split(separator: " ").map(String.init)
        guard let name = words.first else { return nil }
        switch name {
        case "export":
            guard words.count >= 2 else {
                message = "export needs a format: json, jsonl, csv, w3c, brat, conll, doccano or label-studio (:export csv tags.csv)"
                return nil
            }
            let format = words[1]
            let path = words.count >= 3 ? words[2...].joined(separator: " ") : (format == "brat" ? "kutip-export-brat" : format == "label-studio" ? "kutip-export-label-studio.json" : "kutip-export.\(format)")
            message = "Exporting to \(path)…"
            return .export(format: format, path: path)
        default:
            message = "\(name): no such command (:export FORMAT [PATH])"
            return nil
        }
    }

    /// The terminal says how a command went.
    public mutating func report(_ text: String) { message = text }

    // MARK: Prompt

    mutating func handlePromptKey(_ key: Key) -> Effect? {
        guard let current = prompt else { return nil }
        var editor: LineEditor
        switch current {
        case let .filter(e), let .search(e), let .command(e): editor = e
        case let .speaker(picker):
            handlePickerKey(key, picker)
            return nil
        }
        switch key {
        case .escape:
            prompt = nil
            if case .filter = current { applyFilter("") }
            return nil
        case .enter:
            prompt = nil
            if case .search = current { startSearch(editor.text) }
            if case .command = current { return runCommand(editor.text) }
            return nil
        case .backspace, .delete: editor.deleteBackward()
        case .control("w"): editor.deleteWord()
        case .control("u"): editor.text = ""
        case let .character(c): editor.type(c)
        default: return nil
        }
        switch current {
        case .filter:
            prompt = .filter(editor)
            applyFilter(editor.text)  // filter as you type
        case .search:
            prompt = .search(editor)
        case .speaker:
            break
        case .command:
            prompt = .command(editor)
        }
        return nil
    }
}
