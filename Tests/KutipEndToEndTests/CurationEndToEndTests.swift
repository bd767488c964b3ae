import Foundation
import Testing

/// Two annotators tag the same quotation differently in a real terminal; a curator compares them
/// (`--compare`), takes one side, and only the curator's folder changes.
@Suite(.serialized) struct CurationEndToEndTests {
    var kutip: String { shellQuoted(kutipBinary) }

    /// Tags the first quotation of the fourth bundled article with `speaker`, as `annotator`.
    private func tagFirstQuotation(as annotator: String, speaker: String, root: URL) throws {
        let store = root.appendingPathComponent(annotator).path
        let session = try TmuxSession(width: 100, height: 30) { scratch in
            "\(kutip) --annotator \(annotator) --store \(shellQuoted(store)) data/articles; echo EXIT=$? > \(shellQuoted(scratch.appendingPathComponent("exit").path)); sleep 30"
        }
        try session.waitFor(text: "Putin dan Lukashenko mengadakan")
        try session.send("j", "j", "j", "j", "Enter")
        try session.waitFor(text: "column 1/1")
        try session.send("n", "s")
        try session.waitFor(text: "Who said it?")
        try session.type(speaker)
        try session.send("Enter")
        try session.waitFor(text: "✓ \(speaker)")
        try session.send("q", "q")
        #expect(try session.waitForFile(session.file("exit")) == "EXIT=0\n")
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test func aCuratorTakesOneSideAndOnlyTheCuratedFolderChanges() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-e2e-curation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try tagFirstQuotation(as: "ana", speaker: "Speaker Satu", root: root)
        try tagFirstQuotation(as: "budi", speaker: "Speaker Dua", root: root)
        let ana = try contents(of: root.appendingPathComponent("ana"))
        let budi = try contents(of: root.appendingPathComponent("budi"))
        #expect(ana.count == 2 && budi.count == 2)

        let curated = root.appendingPathComponent("curated").path
        let session = try TmuxSession(width: 120, height: 30) { scratch in
            "\(kutip) --compare ana,budi --store \(shellQuoted(curated)) data/articles; echo EXIT=$? > \(shellQuoted(scratch.appendingPathComponent("exit").path)); sleep 30"
        }
        try session.waitFor(text: "Putin dan Lukashenko mengadakan")
        try session.send("j", "j", "j", "j", "Enter")
        try session.waitFor(text: "column 1/1")
        try session.send("]")
        try session.waitFor(text: "1 ana: Speaker Satu │ 2 budi: Speaker Dua")
        try session.waitFor(text: "Disagreement 1 of 1 left to curate")
        try session.send("2")
        try session.waitFor(text: "2 budi: Speaker Dua ⇒ ✓ Speaker Dua")
        try session.waitFor(text: "saved")
        try session.send("q", "q")
        #expect(try session.waitForFile(session.file("exit")) == "EXIT=0\n")

        #expect(try contents(of: root.appendingPathComponent("ana")) == ana, "ana's files are never written")
        #expect(try contents(of: root.appendingPathComponent("budi")) == budi, "budi's files are never written")
        let speakers = try String(contentsOfFile: curated + "/speakers.json", encoding: .utf8)
        #expect(speakers.contains("\"name\" : \"Speaker Dua\"") && !speakers.contains("Speaker Satu"), "\(speakers)")
        #expect(try contents(of: URL(fileURLWithPath: curated)).count == 2)
    }

    @Test func compareRefusesTheCuratorAmongTheComparedAndUnknownNames() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-e2e-curation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = repositoryRoot.appendingPathComponent("data/articles").path
        let same = try run(kutipBinary, ["--compare", "ana,budi", "--annotator", "ana", "--store", root.appendingPathComponent("ana").path, corpus])
        #expect(same.status == 2)
        #expect(same.error.contains("the curator (--annotator ana) cannot be one of the annotators compared"), "\(same.error)")
        let missing = try run(kutipBinary, ["--compare", "nobody", "--store", root.appendingPathComponent("curated").path, corpus])
        #expect(missing.status == 1)
        #expect(missing.error.contains(root.appendingPathComponent("nobody").path) && missing.error.contains("no tags of an annotator called nobody"),
                "\(missing.error)")
    }
}
