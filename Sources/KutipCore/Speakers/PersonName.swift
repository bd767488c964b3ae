import Foundation

/// A person's name as the words it is compared by: lower case, without diacritics, and with
/// glued words split where a capital follows a small letter (`AlexanderLukashenko` →
/// `alexander lukashenko`), so that the spellings the corpus really has compare equal.
public struct PersonName: Hashable, Sendable {
    /// The folded words, in order.
    public let words: [String]

    /// Nil when the text holds no letters.
    public init?(_ text: String) {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasLower = false
        func finish() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            guard scalar.isLetterLike || scalar.isMark || scalar == "'" || scalar == "’" else {
                finish()
                previousWasLower = false
                continue
            }
            if scalar.properties.isUppercase, previousWasLower { finish() }
            if !scalar.isMark { previousWasLower = scalar.properties.isLowercase }
            if scalar == "'" || scalar == "’" { continue }
            current.append(scalar)
        }
        finish()
        let folded = words.map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        guard !folded.isEmpty else { return nil }
        self.words = folded
    }

    /// The last word: the family name in most names the news prints.
    public var lastWord: String { words[words.count - 1] }

    /// The words joined by single spaces: one key per spelling.
    public var key: String { words.joined(separator: " ") }
}

private extension Unicode.Scalar {
    /// A combining mark, which belongs to the letter before it (`a` + U+0301).
    var isMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
