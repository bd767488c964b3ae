/// A one-line text input (the `/` filter and search): the text and what editing keys do to it.
public struct LineEditor: Sendable, Equatable {
    public var text: String = ""
    public init(text: String = "") { self.text = text }

    public mutating func type(_ character: Character) { text.append(character) }

    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }

    /// Ctrl-W: deletes the word before the end, as in a shell.
    public mutating func deleteWord() {
        while text.last == " " { text.removeLast() }
        while let last = text.last, last != " " { text.removeLast() }
    }
}
