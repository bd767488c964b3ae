import Foundation
import Testing
@testable import KutipCore

@Suite struct CorpusTests {
    func problem(_ result: Result<Article, ArticleProblem>) -> ArticleProblem? {
        if case let .failure(problem) = result { return problem }
        return nil
    }

    @Test func listsArticleFilesByNameAndSkipsOthers() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "Judul B\nIsi.")
        try folder.write("a.md", "# Judul A\nIsi.")
        try folder.write("notes.pdf", "x")
        try folder.write(".hidden.txt", "x")
        let corpus = try Corpus.open(folder.path)
        #expect(corpus.entries.map(\.fileName) == ["a.md", "b.txt"])
        #expect(corpus.entries.map(\.id.rawValue) == ["a", "b"])
        let article = try corpus.load(corpus.entries[0]).get()
        #expect(article.title == "Judul A")
    }

    @Test func anEmptyFolderAndAMissingPathAreClearErrors() throws {
        let folder = try TemporaryFolder()
        #expect(throws: CorpusError.empty(path: folder.path)) { try Corpus.open(folder.path) }
        let missing = folder.path + "/nope"
        #expect(throws: CorpusError.missing(path: missing)) { try Corpus.open(missing) }
        #expect(CorpusError.missing(path: missing).description.contains(missing))
    }

    @Test func aFileThatIsNotUTF8IsListedWithItsProblem() throws {
        let folder = try TemporaryFolder()
        try folder.write("latin1.txt", bytes: Array("Berita ".utf8) + [0xE9, 0x0A])
        try folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01])
        let corpus = try Corpus.open(folder.path)
        #expect(corpus.entries.count == 2)
        #expect(problem(corpus.load(corpus.entries[1])) == .text(.notUTF8(byteOffset: 7, line: 1)))
        #expect(problem(corpus.load(corpus.entries[0])) == .text(.binary))
        #expect(ArticleProblem.text(.binary).marker == "binary")
    }

    @Test func aTwentyMegabyteOneLineFileIsMarkedNotRead() throws {
        let folder = try TemporaryFolder()
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 20 << 20)
        try folder.write("dump.txt", bytes: line)
        let corpus = try Corpus.open(folder.path)
        let result = problem(corpus.load(corpus.entries[0]))
        #expect(result == .tooLarge(bytes: 20 << 20))
        #expect(result?.marker == "too large")
        #expect(result?.description.contains("20.0 MB") == true)
    }

    @Test func readsEachJSONLinesRecordAsAnArticle() throws {
        let folder = try TemporaryFolder()
        try folder.write("batch.jsonl", """
            {"id": "satu", "text": "Judul Satu\\nIsi berita.", "outlet": "Kompas.com"}

            {"text": "Judul Dua\\nIsi."}
            not json
            """)
        let corpus = try Corpus.open(folder.path)
        #expect(corpus.entries.map(\.id.rawValue) == ["satu", "batch#3", "batch#4"])
        let first = try corpus.load(corpus.entries[0]).get()
        #expect(first.title == "Judul Satu")
        #expect(first.outlet == "Kompas.com")
        #expect(first.text == "Judul Satu\nIsi berita.")
        guard case .failure(.badRecord(line: 4, _)) = corpus.load(corpus.entries[2]) else {
            Issue.record("a line that is not JSON must be a bad record")
            return
        }
    }

    @Test func opensASingleArticleFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("satu.txt", "Judul\nIsi.")
        let corpus = try Corpus.open(file.path)
        #expect(corpus.entries.map(\.fileName) == ["satu.txt"])
    }

    @Test func offsetsCountCodePointsWithCurlyQuotesWideAndCombiningCharacters() throws {
        // "e\u{301}" is two code points; 世界 are wide; curly quotes are one code point each.
        let text = "Judul Berita\r\n“Caf\u{65}\u{301} 世界,” kata Lukashenko."
        let article = Article(id: ArticleID("x"), source: "x.txt", text: text)
        let scalars = Array(text.unicodeScalars)
        let start = scalars.firstIndex(of: "L")!
        #expect(article.text(from: start, to: start + 10) == "Lukashenko")
        // "Judul Berita" (12) + CR LF (2) + “ (1): "Cafe" starts at 15; é is e + U+0301.
        #expect(article.text(from: 15, to: 21) == "Cafe\u{301} ")
        #expect(article.text(from: 21, to: 23) == "世界")
        #expect(article.scalars.count == 42)
        #expect(article.title == "Judul Berita")
    }

    @Test func fingerprintIsTheSHA256OfTheText() {
        // sha256("abc"), as sha256sum prints it.
        #expect(Fingerprint(of: "abc").rawValue == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
