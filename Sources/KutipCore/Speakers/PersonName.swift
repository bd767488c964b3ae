import Foundation

/// A person's name as the words it is compared by: lower case, without diacritics, and with
/// glued words split where a capital follows a small letter (`AlexanderLukashenko` →
/// `alexander lukashenko`), so that the spellings the corpus really has compare equal.
public struct PersonName: Hashable, Sendable {
    /// The folded words, in order.
    public let words: [String]

    /// Nil when the text holds no letters.
    public init?(_ text: String) {
        if let words = Self.asciiWords(text) {
            guard !words.isEmpty else { return nil }
            self.words = words
            return
        }
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasLower = false
        func finish() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        // A text with other characters than ASCII (an all-ASCII one is read by `asciiWords`).
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
        let folded = words.map { Self.fold($0) }
        guard !folded.isEmpty else { return nil }
        self.words = folded
    }

    /// The folded words of an all-ASCII text, read on its bytes (nil when it has other
    /// characters): the same rules as the general path, and an ASCII word folds to lower case.
    private static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            for byte in bytes where byte >= 0x80 { return nil }
            var words: [String] = []
            var current: [UInt8] = []
            var previousWasLower = false
            func finish() {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
            }
            for v in bytes {
                let upper = v >= 0x41 && v <= 0x5A, lower = v >= 0x61 && v <= 0x7A
                guard upper || lower || v == 0x27 else {
                    finish()
                    previousWasLower = false
                    continue
                }
                if upper, previousWasLower { finish() }
                previousWasLower = lower
                if v != 0x27 { current.append(upper ? v | 0x20 : v) }
            }
            finish()
            return words
        }
    }

    /// Lower case without diacritics. An ASCII word (letters only here) only needs lower case:
    /// Foundation's folding costs far more and gives the same for it.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
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
