import Foundation

/// Articles stored one JSON object a line: `{"text": "…", "id": "…", "title": "…", "outlet": "…"}`,
/// where only `text` is required. Offsets count code points into the `text` value.
enum JSONLinesArticles {
    private struct Record: Decodable {
        let text: String
        let id: String?
        let title: String?
        let outlet: String?
    }

    static func entries(bytes: [UInt8], path: String, name: String, stem: String) -> [CorpusEntry] {
        var entries: [CorpusEntry] = []
        var lineNumber = 0
        var seen: Set<String> = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let fallbackID = "\(stem)#\(lineNumber)"
            let content: CorpusEntry.Content
            var id = fallbackID
            do {
                let record = try JSONDecoder().decode(Record.self, from: Data(line))
                if let given = record.id, !given.isEmpty, !seen.contains(given) { id = given }
                content = .record(text: record.text, title: record.title, outlet: record.outlet)
            } catch {
                content = .problem(.badRecord(line: lineNumber, reason: "not a JSON object with a \"text\" string"))
            }
            seen.insert(id)
            entries.append(CorpusEntry(id: ArticleID(id), fileName: "\(name)#\(lineNumber)", path: path,
                                       content: content))
        }
        if entries.isEmpty {
            entries.append(CorpusEntry(id: ArticleID(stem), fileName: name, path: path,
                                       content: .problem(.badRecord(line: 1, reason: "no records"))))
        }
        return entries
    }
}
