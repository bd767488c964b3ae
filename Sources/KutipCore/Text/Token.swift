/// What a token is made of.
public enum TokenKind: Hashable, Sendable {
    /// Letters (with their combining marks), and codes that mix letters and digits (`G20`, `S-400`,
    /// `5G`), hyphenated reduplications (`negara-negara`) and web domains (`KOMPAS.com`).
    case word
    /// Digits with the separators written inside numbers: `200.000`, `1,5`, `16/8/2020`, `10.30`.
    case number
    /// One punctuation mark, or a run of sentence-final marks (`...`, `?!`) or of hyphens (`--`).
    case punctuation
    /// Currency, maths and other symbols (`$`, `%`, `+`, emoji), and whole URLs and e-mail addresses.
    case symbol
}

/// One token: a code-point range of the untouched article text (DESIGN.md, "Text and offsets").
///
/// `start` and `end` index the text's Unicode scalars, end exclusive, so that Python's
/// `text[start:end]` gives the token. Tokens never cover white space.
public struct Token: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind
    /// True when this token's start or end was made by splitting a glued word
    /// (`AlexanderLukashenko` → `Alexander` + `Lukashenko`: both tokens carry the flag), so later
    /// layers can tell that no space stood there in the text.
    public var splitFromGlue: Bool

    public init(start: Int, end: Int, kind: TokenKind, splitFromGlue: Bool = false) {
        self.start = start
        self.end = end
        self.kind = kind
        self.splitFromGlue = splitFromGlue
    }

    public var range: Range<Int> { start..<end }
    public var count: Int { end - start }

    /// The token's text in the code points it was made from.
    public func text(in scalars: [Unicode.Scalar]) -> String { String(scalars: scalars[start..<end]) }
}
