/// One news article: its text exactly as read, and what kutip knows of it at a glance.
///
/// Offsets everywhere in kutip are indices into `scalars` (Unicode code points), end exclusive,
/// so that Python's `text[start:end]` over the same file gives the same characters.
public struct Article: Sendable {
    public let id: ArticleID
    /// The file name the article came from (`001_detik.txt`), or `file.jsonl#3` for a JSONL line.
    public let source: String
    public let text: String
    /// The text as code points; offsets index into this.
    public let scalars: [Unicode.Scalar]
    public let title: String
    /// The outlet a JSONL record gives; nil for a file (see `outlet`).
    private let givenOutlet: String?

    /// The SHA-256 of the text, worked out on each call: only the annotation store asks for it
    /// (once per article it opens or saves), and `kutip analyze` over a corpus never does, so no
    /// article pays for it when read.
    public var fingerprint: Fingerprint { Fingerprint(of: text) }

    /// Builds an article from its text; `title` and `outlet` are found in the text unless given
    /// (a JSONL record may carry them).
    public init(id: ArticleID, source: String, text: String, title: String? = nil, outlet: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        let scalars = text.scalarArray
        self.scalars = scalars
        let headline = title.flatMap { $0.isEmpty ? nil : $0 } ?? HeadlineFinder.title(of: scalars, fallback: id.rawValue)
        self.title = headline
        givenOutlet = outlet
    }

    /// The outlet that published the article: the record's, or found in the text
    /// (`OutletFinder`). Worked out on each call, for only the library shows it: exports and
    /// analysis of 10,000 articles need no outlet, so no article pays for it when read.
    public var outlet: String? { givenOutlet ?? OutletFinder.outlet(of: TextLines(scalars: scalars)) }

    /// Words in the text (runs of non-space), counted on each call: only the library shows it.
    public var wordCount: Int { Article.countWords(scalars) }

    /// The text between two code-point offsets (clamped to the text).
    public func text(from start: Int, to end: Int) -> String {
        let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        return String(scalars: scalars[lower..<upper])
    }

    private static func countWords(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        var inWord = false
        for scalar in scalars {
            let isSpace = scalar.isSpaceLike
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
