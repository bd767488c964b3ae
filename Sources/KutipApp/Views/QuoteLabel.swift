import KutipCore

/// The words that label a quotation in the reader: its kind and its suggested speaker under the
/// corpus's canonical name, marked uncertain below half confidence.
enum QuoteLabel {
    static let uncertain = 0.5

    /// `└ direct · Alexander Lukashenko` for a suggestion; `└ direct ✓ Alexander Lukashenko` once
    /// the annotator has tagged it; `└ ✗ not a quotation` when they said so.
    static func text(of quote: Quotation, in article: LoadedArticle, state: AppState) -> String {
        if let compared = state.compared { return comparison(of: quote, in: article, state: state, compared: compared) }
        return own(quote, in: article, state: state)
    }

    /// The label without the compared annotators.
    static func own(_ quote: Quotation, in article: LoadedArticle, state: AppState) -> String {
        if let tag = quote.tag {
            if tag.notAQuotation { return "└ ✗ not a quotation" }
            if let id = tag.speaker {
                return "└ \(tag.kind.rawValue) ✓ " + (state.annotations.speakers.speaker(id: id)?.name ?? id)
            }
        }
        return "└ \(quote.kind.rawValue) · " + speaker(of: quote, in: article, state: state)
    }

    /// With `--compare`: what each annotator said, numbered for the key that takes it, then
    /// the curator's tag. `└ ≠ 1 ana: Lukashenko │ 2 budi: — ⇒ ✓ Lukashenko` where they
    /// differ (`—` not tagged, `✗` not a quotation, `~` another span, the kind when it differs);
    /// `└ = direct Lukashenko (ana, budi)` where they agree.
    static func comparison(of quote: Quotation, in article: LoadedArticle, state: AppState, compared: ComparedAnnotators) -> String {
        let verdicts = compared.verdicts(on: quote.range, in: article.article.id)
        var curated = ""
        if let tag = quote.tag {
            curated = tag.notAQuotation ? " ⇒ ✗" : " ⇒ ✓ " + (tag.speaker.map { state.annotations.speakers.speaker(id: $0)?.name ?? $0 } ?? "?")
        }
        let agree = verdicts.dropFirst().allSatisfy { $0.agrees(with: verdicts[0]) }
        if agree {
            guard case let .quotation(_, kind, speaker)? = verdicts.first else {
                return String(own(quote, in: article, state: state)) + (quote.tag == nil ? " (= none tagged it)" : "")
            }
            return "└ = \(kind.rawValue) \(speaker ?? "?") (\(compared.names.joined(separator: ", ")))" + curated
        }
        let kinds = Set(verdicts.compactMap { verdict -> QuoteKind? in
            if case let .quotation(_, kind, _) = verdict { return kind }
            return nil
        })
        let sides = zip(compared.names, verdicts).enumerated().map { number, pair in
            let (name, verdict) = pair
            let said: String
            switch verdict {
            case .untagged: said = "—"
            case .notAQuotation: said = "✗"
            case let .quotation(range, kind, speaker):
                said = (range == quote.range ? "" : "~") + (kinds.count > 1 ? kind.rawValue + " " : "") + (speaker ?? "?")
            }
            return "\(number + 1) \(name): \(said)"
        }
        return "└ ≠ " + sides.joined(separator: " │ ") + curated
    }

    static func speaker(of quote: Quotation, in article: LoadedArticle, state: AppState) -> String {
        guard let speaker = quote.suggestion?.speaker else { return "speaker unknown" }
        let name = state.suggestedName(speaker.name, in: article.article.id)
        return speaker.confidence < uncertain ? name + "?" : name
    }

    /// For the status line: how the text names the speaker and how sure the suggestion is.
    static func detail(of quote: Quotation, in article: LoadedArticle, state: AppState) -> String {
        if quote.tag != nil { return String(text(of: quote, in: article, state: state).dropFirst(2)) }
        let name = speaker(of: quote, in: article, state: state)
        var text = quote.kind.rawValue + " · " + name
        if let speaker = quote.suggestion?.speaker {
            var said: [String] = []
            // The words the text names the speaker by, when they are not the name shown.
            if let mention = speaker.mention {
                let words = article.article.text(from: mention.lowerBound, to: mention.upperBound)
                if words != name { said.append("“" + words + "”") }
            }
            said.append("\(Int((speaker.confidence * 100).rounded()))%")
            text += " (" + said.joined(separator: ", ") + ")"
        }
        return text
    }
}
