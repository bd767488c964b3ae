import Foundation
import Testing

/// `kutip export --include all` writes the suggestions the annotator's tags teach (source auto),
/// as the reader shows them; `--include auto` stays analysis alone.
struct LearnedExportTests {
    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kutip-\(name)-\(UUID().uuidString)").path
    }

    /// The code-point range of `words` in `text`.
    func span(_ words: String, in text: String) throws -> (start: Int, end: Int) {
        let scalars = Array(text.unicodeScalars), needle = Array(words.unicodeScalars)
        let start = try #require((0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle })
        return (start, start + needle.count)
    }

    /// Each article's spans of an export: `TYPE text source` and `speaker / source` lines.
    func spans(_ jsonl: String) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for line in jsonl.split(separator: "\n") {
            let article = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(article["id"] as? String)
            for entity in article["entities"] as? [[String: Any]] ?? [] {
                result[id, default: []].append("\(entity["type"]!) \(entity["text"]!) \(entity["source"]!)")
            }
            for quote in article["quotes"] as? [[String: Any]] ?? [] {
                result[id, default: []].append("said by \(quote["speaker"] as? String ?? "nobody") \(quote["source"]!)")
            }
        }
        return result
    }

    @Test func includeAllCarriesWhatTheTagsTeachToTheOtherArticles() throws {
        let corpus = temporary("corpus"), store = temporary("store"), input = temporary("in.jsonl")
        defer { for path in [corpus, store, input] { try? FileManager.default.removeItem(atPath: path) } }
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let a = "Judul Satu\n“Itu keputusan kami bersama warga desa,” ujar Intan Permata.\nWarga desa Ostrovets menolak.\n"
        let b = "Judul Dua\n“Itu keputusan bersama,” kata seorang warga bernama Intan Permata di rumahnya.\nPasar di Ostrovets sepi.\n"
        try a.write(toFile: corpus + "/a.txt", atomically: true, encoding: .utf8)
        try b.write(toFile: corpus + "/b.txt", atomically: true, encoding: .utf8)

        // The annotator's tags on a: the speaker of its quotation, and Ostrovets is an organisation.
        let quote = try span("Itu keputusan kami bersama warga desa,", in: a), place = try span("Ostrovets", in: a)
        let line: [String: Any] = [
            "path": corpus + "/a.txt", "id": "a", "title": "Judul Satu", "annotator": "tester",
            "entities": [["start": place.start, "end": place.end, "type": "ORG", "text": "Ostrovets", "source": "user"]],
            "quotes": [["start": quote.start, "end": quote.end, "kind": "direct", "text": "Itu keputusan kami bersama warga desa,",
                        "speaker": "Intan Permata", "speakerStart": NSNull(), "speakerEnd": NSNull(), "confidence": NSNull(),
                        "source": "user"]],
        ]
        try (String(decoding: try JSONSerialization.data(withJSONObject: line), as: UTF8.self) + "\n")
            .write(toFile: input, atomically: true, encoding: .utf8)
        let imported = try run(kutipBinary, ["import", "--format", "jsonl", "--annotator", "tester", "--store", store, input, corpus])
        #expect(imported.status == 0, "\(imported.error)")

        // Analysis alone, in b: the person taken for a place, the attribution's words as the speaker.
        let auto = try run(kutipBinary, ["export", "--format", "jsonl", "--include", "auto", corpus])
        #expect(auto.status == 0, "\(auto.error)")
        #expect(try spans(auto.output)["b"] == ["LOC Intan Permata auto", "LOC Ostrovets auto",
                                                 "said by seorang warga bernama Intan Permata auto"])

        // With what a's tags teach: b's suggestions change, still from analysis (auto); a's
        // own tags are the user's.
        let all = try run(kutipBinary, ["export", "--format", "jsonl", "--include", "all", "--annotator", "tester", "--store", store, corpus])
        #expect(all.status == 0, "\(all.error)")
        let exported = try spans(all.output)
        #expect(exported["b"] == ["PER Intan Permata auto", "ORG Ostrovets auto", "said by Intan Permata auto"], "\(exported)")
        // In a too the speaker's name, which analysis did not mark, is suggested as a person.
        #expect(exported["a"] == ["PER Intan Permata auto", "ORG Ostrovets user", "said by Intan Permata user"], "\(exported)")

        // Nothing learned was written into the store: b has no tags file.
        #expect(!FileManager.default.fileExists(atPath: store + "/b.json"))
    }
}
