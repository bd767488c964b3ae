import Foundation
import Testing

/// `kutip export` and `kutip import` on the bundled corpus, read back by real consumers
/// (Python's csv and json modules) and round-tripped through import.
@Suite(.serialized) struct ExportImportTests {
    let corpus = repositoryRoot.appendingPathComponent("data/articles").path

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kutip-\(name)-\(UUID().uuidString)").path
    }

    func kutip(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try run(kutipBinary, arguments)
    }

    /// Two user tags on the first bundled article with quotations, as an export line.
    func userTags() throws -> (id: String, line: String, quotes: [[String: Any]]) {
        let auto = try kutip(["export", "--format", "jsonl", "--include", "auto", corpus])
        #expect(auto.status == 0, "\(auto.error)")
        for line in auto.output.split(separator: "\n") {
            let article = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let quotes = article["quotes"] as? [[String: Any]] ?? []
            guard quotes.count >= 2 else { continue }
            var tagged: [[String: Any]] = []
            for (quote, speaker) in zip(quotes.prefix(2), ["Alexander Lukashenko", "Vladimir Putin"]) {
                var user = quote
                user["speaker"] = speaker
                user["source"] = "user"
                user["confidence"] = NSNull()
                user["speakerStart"] = NSNull()
                user["speakerEnd"] = NSNull()
                tagged.append(user)
            }
            var mine = article
            mine["quotes"] = tagged
            mine["entities"] = []
            mine["annotator"] = "tester"
            let data = try JSONSerialization.data(withJSONObject: mine, options: [.sortedKeys])
            return (article["id"] as! String, String(decoding: data, as: UTF8.self), tagged)
        }
        Issue.record("no bundled article with two quotations")
        return ("", "", [])
    }

    @Test func csvIsReadBackByPythonsCsvModule() throws {
        let store = temporary("store"), input = temporary("in.jsonl")
        defer { try? FileManager.default.removeItem(atPath: store); try? FileManager.default.removeItem(atPath: input) }
        let (id, line, quotes) = try userTags()
        try (line + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let imported = try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", store, input, corpus])
        #expect(imported.status == 0, "\(imported.error)")
        let csv = try kutip(["export", "--format", "csv", "--annotator", "tester", "--store", store, corpus])
        #expect(csv.status == 0, "\(csv.error)")
        #expect(csv.output.hasPrefix("article,title,start,end,kind,speaker,text,annotator,source\r\n"))
        let table = temporary("out.csv")
        defer { try? FileManager.default.removeItem(atPath: table) }
        try csv.output.write(toFile: table, atomically: true, encoding: .utf8)
        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
            text = open(sys.argv[2], encoding="utf-8", newline="").read()
            print(json.dumps([[r["article"], int(r["start"]), int(r["end"]), r["speaker"], r["source"], r["annotator"],
                               r["text"] == text[int(r["start"]):int(r["end"])]] for r in rows]))
            """
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: corpus).first { $0.hasPrefix(id) })
        let python = try run("/usr/bin/env", ["python3", "-c", script, table, corpus + "/" + file])
        #expect(python.status == 0, "\(python.error)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(python.output.utf8)) as? [[Any]])
        #expect(rows.count == 2)
        for (row, quote) in zip(rows, quotes) {
            #expect(row[0] as? String == id)
            #expect(row[1] as? Int == quote["start"] as? Int && row[2] as? Int == quote["end"] as? Int)
            #expect(row[3] as? String == quote["speaker"] as? String)
            #expect(row[4] as? String == "user" && row[5] as? String == "tester")
            #expect(row[6] as? Bool == true, "the text column is the article's text at those code points")
        }
    }

    @Test func exportThenImportIsANoOpForJsonlAndJson() throws {
        let first = temporary("a"), second = temporary("b"), third = temporary("c"), input = temporary("in.jsonl")
        let exports = temporary("exports")
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        defer { for path in [first, second, third, input, exports] { try? FileManager.default.removeItem(atPath: path) } }
        let (_, line, _) = try userTags()
        try (line + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", first, input, corpus]).status == 0)
        let jsonl = try kutip(["export", "--format", "jsonl", "--annotator", "tester", "--store", first, corpus])
        let json = try kutip(["export", "--format", "json", "--annotator", "tester", "--store", first, "--out", exports + "/all.json", corpus])
        #expect(json.status == 0, "\(json.error)")
        try jsonl.output.write(toFile: exports + "/all.jsonl", atomically: true, encoding: .utf8)
        // Into empty stores, by each format.
        #expect(try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", second, exports + "/all.jsonl", corpus]).status == 0)
        #expect(try kutip(["import", "--format", "json", "--annotator", "tester", "--store", third, exports + "/all.json", corpus]).status == 0)
        for store in [second, third] {
            let again = try kutip(["export", "--format", "jsonl", "--annotator", "tester", "--store", store, corpus])
            #expect(again.output == jsonl.output)
        }
        // Importing the same again changes nothing: no tag twice.
        let twice = try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", second, exports + "/all.jsonl", corpus])
        #expect(twice.error.contains("0 articles changed"), "\(twice.error)")
        #expect(try kutip(["export", "--format", "jsonl", "--annotator", "tester", "--store", second, corpus]).output == jsonl.output)
        // The json export is the store's own schema, read back by Python's json module.
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import json, sys
            d = json.load(open(sys.argv[1], encoding="utf-8"))
            a = d["annotators"][0]
            print(d["schema"], a["annotator"], len(a["speakers"]["speakers"]), sum(len(x["tags"]["quotes"]) for x in a["articles"]))
            """, exports + "/all.json"])
        #expect(check.output == "1 tester 2 2\n", "\(check.output) \(check.error)")
    }

    @Test func badInputAndUsageGetTheirExitCodes() throws {
        let store = temporary("s"), input = temporary("bad.jsonl")
        defer { try? FileManager.default.removeItem(atPath: store); try? FileManager.default.removeItem(atPath: input) }
        let usage = try kutip(["export", corpus])
        #expect(usage.status == 2, "\(usage.error)")
        #expect(usage.error.contains("--format"))
        try "{\"id\": \"x\"}\n".write(toFile: input, atomically: true, encoding: .utf8)
        let bad = try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", store, input, corpus])
        #expect(bad.status == 1)
        #expect(bad.error.contains("\(input):1: not an exported article"), "\(bad.error)")
    }

    @Test func w3cAnnotationsHaveTheModelsRequiredFieldsAndSelectTheRightText() throws {
        let out = temporary("w3c.jsonld")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try kutip(["export", "--format", "w3c", "--include", "auto", "--out", out, corpus])
        #expect(result.status == 0, "\(result.error)")
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import json, sys, urllib.parse
            page = json.load(open(sys.argv[1], encoding="utf-8"))
            assert page["@context"] == "http://www.w3.org/ns/anno.jsonld" and page["type"] == "AnnotationPage"
            n = 0
            for a in page["items"]:
                assert a["type"] == "Annotation" and a["id"] and a["target"]["source"].startswith("file://")
                text = open(urllib.parse.unquote(a["target"]["source"][7:]), encoding="utf-8", newline="").read()
                quote = next(s for s in a["target"]["selector"] if s["type"] == "TextQuoteSelector")
                pos = next(s for s in a["target"]["selector"] if s["type"] == "TextPositionSelector")
                assert text[pos["start"]:pos["end"]] == quote["exact"], a["id"]
                assert text[:pos["start"]].endswith(quote["prefix"]) and text[pos["end"]:].startswith(quote["suffix"])
                assert all(b["type"] == "TextualBody" and b["value"] for b in a["body"])
                n += 1
            print(n)
            """, out])
        #expect(check.status == 0, "\(check.error)")
        #expect((Int(check.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100, "\(check.output)")
    }

    @Test func bratFilesAreConsistentStandoff() throws {
        let out = temporary("brat")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try kutip(["export", "--format", "brat", "--include", "auto", "--out", out, corpus])
        #expect(result.status == 0, "\(result.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(names.contains("annotation.conf"))
        #expect(names.filter { $0.hasSuffix(".txt") }.count == 5 && names.filter { $0.hasSuffix(".ann") }.count == 5)
        // brat's .ann grammar, checked line by line against the .txt (code point offsets).
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import glob, os, re, sys
            count = 0
            for ann in glob.glob(os.path.join(sys.argv[1], "*.ann")):
                text = open(ann[:-4] + ".txt", encoding="utf-8", newline="").read()
                ids = set()
                for line in open(ann, encoding="utf-8"):
                    line = line.rstrip("\\n")
                    if line.startswith("T"):
                        tid, mid, covered = line.split("\\t")
                        kind, spans = mid.split(" ", 1)
                        pieces = [tuple(map(int, p.split())) for p in spans.split(";")]
                        assert " ".join(text[s:e] for s, e in pieces) == covered, line
                        assert all("\\n" not in text[s:e] for s, e in pieces)
                        ids.add(tid); count += 1
                    elif line.startswith("A"):
                        aid, rest = line.split("\\t"); name, target, value = rest.split(" ")
                        assert name == "Kind" and target in ids and value in ("direct", "partial", "unmarked", "indirect")
                    elif line.startswith("R"):
                        rid, rest = line.split("\\t"); name, a1, a2 = rest.split(" ")
                        assert name == "SaidBy" and a1[5:] in ids and a2[5:] in ids
                    elif line.startswith("#"):
                        nid, rest, note = line.split("\\t")
                        assert rest.split(" ")[0] == "AnnotatorNotes" and rest.split(" ")[1] in ids and note.startswith("speaker: ")
                    else:
                        raise AssertionError("unknown line: " + line)
            print(count)
            """, out])
        #expect(check.status == 0, "\(check.error)")
        #expect((Int(check.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100, "\(check.output)")
    }

    @Test func conllIsConvertedBySpacy() throws {
        let folder = temporary("conll")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try kutip(["export", "--format", "conll", "--include", "auto", "--out", folder + "/all.conll", corpus])
        #expect(result.status == 0, "\(result.error)")
        let jsonl = try kutip(["export", "--format", "jsonl", "--include", "auto", corpus])
        try jsonl.output.write(toFile: folder + "/all.jsonl", atomically: true, encoding: .utf8)
        // spaCy (from PyPI, no model) converts the file, and its documents hold kutip's entities.
        let convert = try run("/usr/bin/env", ["python3", "-m", "spacy", "convert", folder + "/all.conll", folder, "-c", "ner", "-l", "id"])
        #expect(convert.status == 0, "\(convert.output) \(convert.error)")
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import json, sys, spacy
            from spacy.tokens import DocBin
            docs = list(DocBin().from_disk(sys.argv[1] + "/all.spacy").get_docs(spacy.blank("id").vocab))
            kutip = [json.loads(l) for l in open(sys.argv[1] + "/all.jsonl", encoding="utf-8")]
            assert len(docs) == len(kutip), (len(docs), len(kutip))
            for doc, article in zip(docs, kutip):
                # CoNLL has no way to say that two tokens had no space between them (a glued
                # AlexanderLukashenko comes back as two words), so texts compare without spaces.
                got = [("".join(e.text.split()), e.label_) for e in doc.ents]
                want = [("".join(e["text"].split()), e["type"]) for e in sorted(article["entities"], key=lambda e: e["start"])]
                assert got == want, (article["id"], [x for x in want if x not in got][:5], [x for x in got if x not in want][:5])
            print(len(docs), sum(len(d.ents) for d in docs))
            """, folder])
        #expect(check.status == 0, "\(check.error)")
        #expect(check.output.hasPrefix("5 "), "\(check.output)")
    }

    @Test func doccanoLinesHoldTheTextAndLabelsOverIt() throws {
        let result = try kutip(["export", "--format", "doccano", "--include", "auto", corpus])
        #expect(result.status == 0, "\(result.error)")
        let out = temporary("doccano.jsonl")
        defer { try? FileManager.default.removeItem(atPath: out) }
        try result.output.write(toFile: out, atomically: true, encoding: .utf8)
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import json, sys
            n = 0
            for line in open(sys.argv[1], encoding="utf-8"):
                d = json.loads(line)
                text = open(d["path"], encoding="utf-8", newline="").read()
                assert d["text"] == text
                for start, end, label in d["label"]:
                    assert 0 <= start < end <= len(text) and (label in ("PER", "LOC", "ORG", "MISC") or label.startswith("QUOTE:"))
                    n += 1
                for start, end, name in d["speakers"]:
                    assert [start, end] in [[s, e] for s, e, l in d["label"] if l.startswith("QUOTE:")] and name
            print(n)
            """, out])
        #expect(check.status == 0, "\(check.error)")
        #expect((Int(check.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100)
    }
}
