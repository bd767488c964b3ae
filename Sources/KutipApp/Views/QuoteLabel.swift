import KutipCore

/// The words that label a quotation in the reader: its kind and its suggested speaker under the
/// corpus's canonical name, marked uncertain below half confidence.
enum QuoteLabel {
    static let uncertain = 0.5

    /// `└ direct · Alexander Lukashenko` for a suggestion; `└ direct ✓ Alexander Lukashenko` once
    /// the annotator has tagged it; `└ ✗ not a quotation` when they said so.
    static func text(of quote: Quotation, in article: LoadedArticle, state: AppState) -> String {
        if let tag = quote.tag {
            if tag.notAQuotation { return "└ ✗ not a quotation" }
            if let id = tag.speaker {
                return "└ \(tag.kind.rawValue) ✓ " + (state.annotations.speakers.speaker(id: id)?.name ?? id)
            }
        }
        return "└ \(quote.kind.rawValue) · " + speaker(of: quote, in: article, state: state)
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
