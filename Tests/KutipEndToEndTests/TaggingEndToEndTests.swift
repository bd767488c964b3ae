import Foundation
import Testing

/// Tagging in a real terminal: the tags reach the disk, and a new kutip shows them.
@Suite(.serialized) struct TaggingEndToEndTests {
    var kutip: String { shellQuoted(kutipBinary) }

    @Test func twoTagsWithTwoSpeakersSurviveAQuitAndARestart() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-e2e-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: store) }
        let command = "\(kutip) --annotator tester --store \(shellQuoted(store.path)) data/articles"
        do {
            let session = try TmuxSession(width: 100, height: 30) { scratch in
                "\(command); echo EXIT=$? > \(shellQuoted(scratch.appendingPathComponent("exit").path)); sleep 30"
            }
            try session.waitFor(text: "Putin dan Lukashenko mengadakan")
            // The fourth bundled article has several quotations.
            try session.send("j", "j", "j", "j", "Enter")
            try session.waitFor(text: "column 1/1")
            try session.send("n")
            try session.waitFor(text: "quote 1/")
            try session.send("s")
            try session.waitFor(text: "Who said it?")
            try session.type("Speaker Satu")
            try session.send("Enter")
            try session.waitFor(text: "✓ Speaker Satu")
            try session.send("n", "s")
            try session.waitFor(text: "Who said it?")
            try session.type("Speaker Dua")
            try session.send("Enter")
            try session.waitFor(text: "✓ Speaker Dua")
            try session.waitFor(text: "saved")
            // :export writes what was tagged, as kutip export does.
            try session.type(":export csv \(session.file("tags.csv"))")
            try session.send("Enter")
            try session.waitFor(text: "Exported the tags as csv")
            let csv = try String(contentsOfFile: session.file("tags.csv"), encoding: .utf8)
            #expect(csv.contains("Speaker Satu") && csv.contains("Speaker Dua"), "\(csv)")
            try session.send("q", "q")
            let exit = try session.waitForFile(session.file("exit"))
            #expect(exit == "EXIT=0\n")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: store.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 2, "\(files)")  // the article's tags and speakers.json
        let speakers = try String(contentsOf: store.appendingPathComponent("speakers.json"), encoding: .utf8)
        #expect(speakers.contains("\"name\" : \"Speaker Satu\"") && speakers.contains("\"name\" : \"Speaker Dua\""))
        let article = try #require(files.first { $0 != "speakers.json" })
        let tags = try String(contentsOf: store.appendingPathComponent(article), encoding: .utf8)
        #expect(tags.contains("\"speaker\" : \"s-1\"") && tags.contains("\"speaker\" : \"s-2\""), "\(tags)")

        // kutip stats reads the same store, for scripts.
        let stats = try run(kutipBinary, ["stats", "--annotator", "tester", "--store", store.path,
                                          repositoryRoot.appendingPathComponent("data/articles").path])
        #expect(stats.status == 0, "\(stats.error)")
        let rows = stats.output.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.first == ["article", "tagged", "quotations", "unplaced"])
        #expect(rows.filter { $0.count == 4 && $0[1] == "2" }.count == 1, "\(stats.output)")
        #expect(rows.contains(["Speaker Satu", "1"]) && rows.contains(["Speaker Dua", "1"]), "\(stats.output)")

        let again = try TmuxSession(width: 100, height: 30) { _ in "\(command); sleep 30" }
        let library = try again.waitFor(text: "2/")
        #expect(library.contains("Tagged"))
        try again.send("j", "j", "j", "j", "Enter")
        try again.waitFor(text: "✓ Speaker Satu")
        try again.waitFor(text: "✓ Speaker Dua")
    }

    @Test func aSecondKutipOnTheSameStoreIsRefusedWithTheHolderNamed() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-e2e-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: store) }
        let command = "\(kutip) --annotator tester --store \(shellQuoted(store.path)) data/articles"
        let first = try TmuxSession(width: 100, height: 30) { _ in "\(command); sleep 30" }
        try first.waitFor(text: "Putin dan Lukashenko mengadakan")
        let second = try TmuxSession(width: 100, height: 30) { scratch in
            "\(command) 2> \(shellQuoted(scratch.appendingPathComponent("err").path)); echo EXIT=$? > \(shellQuoted(scratch.appendingPathComponent("exit").path)); sleep 30"
        }
        #expect(try second.waitForFile(second.file("exit")) == "EXIT=1\n")
        let error = try String(contentsOfFile: second.file("err"), encoding: .utf8)
        #expect(error.contains("another kutip (pid ") && error.contains(".lock"), "\(error)")
    }
}
