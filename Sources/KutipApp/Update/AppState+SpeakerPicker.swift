import Foundation
import KutipCore
import KutipGrid

extension AppState {
    /// `s`: opens the speaker picker on the selected quotation.
    mutating func openSpeakerPicker() {
        guard let selection = quotationToTag() else { return }
        var candidates: [SpeakerPicker.Candidate] = []
        func known(_ name: String) -> String? { annotations.speakers.speaker(named: name)?.id }
        if let suggestion = selection.quotation.suggestion?.speaker {
            let name = suggestedName(suggestion.name, in: selection.id)
            candidates.append(.init(name: name, speakerID: known(name), note: "suggested"))
        }
        let article = selection.article
        for entity in article.entities where entity.type == .person {
            let name = suggestedName(article.article.text(from: entity.start, to: entity.end), in: selection.id)
            candidates.append(.init(name: name, speakerID: known(name), note: "in this article"))
        }
        for speaker in annotations.speakers.speakers.sorted(by: { $0.name < $1.name }) {
            candidates.append(.init(name: speaker.name, speakerID: speaker.id, note: "tagged before"))
        }
        prompt = .speaker(SpeakerPicker(articleID: selection.id, quoteIndex: selection.index, candidates: candidates))
    }

    mutating func handlePickerKey(_ key: Key, _ current: SpeakerPicker) {
        var picker = current
        switch key {
        case .escape:
            prompt = nil
            return
        case .enter:
            prompt = nil
            pick(picker, typedNameIsAlias: false)
            return
        case .tab:
            prompt = nil
            pick(picker, typedNameIsAlias: true)
            return
        case .down, .control("n"): picker.move(by: 1)
        case .up, .control("p"): picker.move(by: -1)
        case .backspace, .delete: picker.query.deleteBackward()
        case .control("w"): picker.query.deleteWord()
        case .control("u"): picker.query.text = ""
        case let .character(c): picker.query.type(c)
        default: break
        }
        picker.move(by: 0)
        prompt = .speaker(picker)
    }

    /// Tags the picker's quotation with the highlighted speaker, or with a new speaker named as
    /// typed when nobody matches; with `typedNameIsAlias`, the typed name becomes another name
    /// of the highlighted speaker.
    private mutating func pick(_ picker: SpeakerPicker, typedNameIsAlias: Bool) {
        guard let column = reader.focusedColumn, column.articleID == picker.articleID,
              let article = loaded[picker.articleID], article.quotations.indices.contains(picker.quoteIndex) else { return }
        let selection = QuoteSelection(article: article, index: picker.quoteIndex)
        let typed = picker.query.text.trimmingCharacters(in: .whitespaces)
        var registry = annotations.speakers
        let matches = picker.matches
        let speakerID: String
        if matches.indices.contains(picker.cursor) {
            let chosen = matches[picker.cursor]
            speakerID = chosen.speakerID ?? registry.speakerID(forName: chosen.name)
            if typedNameIsAlias, !typed.isEmpty { registry.add(alias: typed, to: speakerID) }
        } else if !typed.isEmpty {
            speakerID = registry.speakerID(forName: typed)
        } else {
            message = "Type a name to add a speaker"
            return
        }
        tag(selection, speaker: speakerID, registry: registry)
    }
}
