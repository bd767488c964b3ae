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

extension Token {
    /// The token's text lower-cased: an ASCII token on its code points (String's `lowercased()`
    /// gives the same for it, at several times the cost), any other through String.
    func loweredText(in scalars: [Unicode.Scalar]) -> String {
        var ascii = true
        for k in start..<end where scalars[k].value >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: count) { buffer in
                var n = 0
                for k in start..<end {
                    let v = UInt8(truncatingIfNeeded: scalars[k].value)
                    buffer[n] = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
                    n += 1
                }
                return n
            }
        }
        return String(scalars: scalars[start..<end]).lowercased()
    }
}
