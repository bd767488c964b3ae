import Foundation
import Testing

/// `kutip analyze`: the contract other tools read (issue 5). Checked by Python, a real consumer,
/// for the offsets: `text[start:end]` must give each span's text.
@Suite struct AnalyzeCommandTests {
    @Test func offsetsAreCodePointsThatPythonSlicesTheSameWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-analyze-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A BOM, CRLF, combining marks, wide characters and curly quotes before the spans.
        let text = "\u{FEFF}Judul Berita 世界\r\nCafe\u{301} ramai. Presiden Vladimir Putin berkata “Kami siap bertempur bersama Rusia,” di Minsk.\r\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("a.txt"))
        let result = try run(kutipBinary, ["analyze", "--format", "json", folder.path])
        #expect(result.status == 0, "\(result.error)")
        let json = folder.appendingPathComponent("out.json")
        try Data(result.output.utf8).write(to: json)
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import json, sys
            doc = json.load(open(sys.argv[1], encoding="utf-8"))
            art = doc["articles"][0]
            text = open(art["path"], encoding="utf-8", newline="").read()
            spans = art["entities"] + art["quotes"]
            assert spans, "no spans"
            for s in spans:
                assert text[s["start"]:s["end"]] == s["text"], (s, text[s["start"]:s["end"]])
            for q in art["quotes"]:
                for key in ("speaker", "speakerStart", "speakerEnd", "confidence", "kind"):
                    assert key in q, key
            print(len(art["entities"]), len(art["quotes"]), art["id"], art["title"])
            """, json.path])
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output.hasSuffix(" a Judul Berita 世界\n"), "\(check.output)")
        #expect(result.output.contains("\"text\":\"Kami siap bertempur bersama Rusia,\""))
    }

    @Test func jsonlPrintsOneArticleALineAndBadFilesAreNamed() throws {
        let result = try run(kutipBinary, ["analyze", "--format", "jsonl", repositoryRoot.appendingPathComponent("data/articles").path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.hasPrefix("{") && $0.contains("\"entities\"") })
        let missing = try run(kutipBinary, ["analyze", "/nonexistent/a.txt"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("/nonexistent/a.txt: no such file or folder"))
    }
}
