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

    /// brat's standoff read by bratly (PyPI `bratly-io-fs`, which `make test` installs): its
    /// grammar check must pass with nothing to fix, every line must parse, and what it reads (the
    /// spans by their fragments, the text under them, the Kind attributes, the SaidBy relations to
    /// Speaker spans, the speaker notes) must be what kutip's jsonl export says of the same articles.
    @Test func bratFilesAreReadByABratReaderAsKutipsSpans() throws {
        let out = temporary("brat")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try kutip(["export", "--format", "brat", "--include", "auto", "--out", out, corpus])
        #expect(result.status == 0, "\(result.error)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(names.contains("annotation.conf"))
        #expect(names.filter { $0.hasSuffix(".txt") }.count == 5 && names.filter { $0.hasSuffix(".ann") }.count == 5)
        let jsonl = try kutip(["export", "--format", "jsonl", "--include", "auto", corpus])
        try jsonl.output.write(toFile: out + "/kutip.jsonl.check", atomically: true, encoding: .utf8)
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import glob, json, os, sys
            try:
                from bratly import AttributeAnnotation, EntityAnnotation, NoteAnnotation, RelationAnnotation
                from bratly.io.file_read_src import parse_and_fix_ann_grammar, parse_ann_file, read_from_file
            except ImportError as e:
                sys.exit("bratly is missing (make test installs it: pip install bratly-io-fs): %s" % e)
            kutip = {a["id"]: a for a in map(json.loads, open(os.path.join(sys.argv[1], "kutip.jsonl.check"), encoding="utf-8"))}
            count = 0
            for ann in sorted(glob.glob(os.path.join(sys.argv[1], "*.ann"))):
                article = kutip[os.path.basename(ann)[:-4]]
                text = read_from_file(ann[:-4] + ".txt")
                assert text == open(article["path"], encoding="utf-8", newline="").read()
                raw = read_from_file(ann)
                assert parse_and_fix_ann_grammar(raw) == raw.rstrip("\\n"), "bratly had to fix " + ann
                annotations = parse_ann_file(raw, ann, no_duplicates=False, sorting=False, renumerotize=False).annotations
                assert len(annotations) == len([l for l in raw.splitlines() if l]), "a line bratly could not parse in " + ann
                entities, quotes, kinds, said, notes = [], {}, {}, {}, {}
                for a in annotations:
                    if isinstance(a, EntityAnnotation):
                        assert " ".join(text[f.start:f.end] for f in a.fragments) == a.content, a
                        assert all("\\n" not in text[f.start:f.end] for f in a.fragments), a
                        span = (a.fragments[0].start, a.fragments[-1].end)
                        if a.label == "Quotation":
                            quotes[a.id] = span
                        elif a.label != "Speaker":
                            entities.append(span + (a.label, text[span[0]:span[1]]))
                    elif isinstance(a, AttributeAnnotation):
                        assert a.label == "Kind" and a.component.label == "Quotation", a
                        kinds[a.component.id] = a.values[0]
                    elif isinstance(a, RelationAnnotation):
                        assert a.label == "SaidBy" and a.argument1[1].label == "Quotation" and a.argument2[1].label == "Speaker", a
                        said[a.argument1[1].id] = (a.argument2[1].fragments[0].start, a.argument2[1].fragments[-1].end)
                    elif isinstance(a, NoteAnnotation):
                        assert a.label == "AnnotatorNotes" and a.component.label == "Quotation" and a.value.startswith("speaker: "), a
                        notes[a.component.id] = a.value[len("speaker: "):]
                    else:
                        raise AssertionError("unexpected annotation %r" % a)
                    count += 1
                want = sorted((e["start"], e["end"], e["type"], e["text"]) for e in article["entities"])
                assert sorted(entities) == want, (ann, [x for x in want if x not in entities][:3])
                got = sorted(q + (kinds[i], notes.get(i), said.get(i)) for i, q in quotes.items())
                want = sorted((q["start"], q["end"], q["kind"], q["speaker"],
                               (q["speakerStart"], q["speakerEnd"]) if q["speakerStart"] is not None else None) for q in article["quotes"])
                assert got == want, (ann, [x for x in want if x not in got][:3], [x for x in got if x not in want][:3])
            print(count)
            """, out])
        #expect(check.status == 0, "\(check.error)")
        #expect((Int(check.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 100, "\(check.output)")
    }

    /// The user tags of `userTags`, plus one entity of each type kutip found in that article, as
    /// an export line with entities.
    func userTagsWithEntities() throws -> (id: String, line: String) {
        let (id, line, _) = try userTags()
        var mine = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let auto = try kutip(["export", "--format", "jsonl", "--include", "auto", corpus])
        let article = try #require(auto.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.first { $0["id"] as? String == id })
        var seen = Set<String>()
        mine["entities"] = (article["entities"] as? [[String: Any]] ?? []).filter { seen.insert($0["type"] as! String).inserted }.map {
            var entity = $0
            entity["source"] = "user"
            return entity
        }
        let data = try JSONSerialization.data(withJSONObject: mine, options: [.sortedKeys])
        return (id, String(decoding: data, as: UTF8.self))
    }

    func files(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".") {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }

    @Test func bratExportThenImportIsANoOp() throws {
        let first = temporary("a"), second = temporary("b"), input = temporary("in.jsonl"), brat = temporary("brat")
        defer { for path in [first, second, input, brat] { try? FileManager.default.removeItem(atPath: path) } }
        let (id, line) = try userTagsWithEntities()
        try (line + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", first, input, corpus]).status == 0)
        let jsonl = try kutip(["export", "--format", "jsonl", "--annotator", "tester", "--store", first, corpus]).output
        #expect(jsonl.contains("\"type\":\"PER\"") && jsonl.contains("\"speaker\":\"Vladimir Putin\""), "\(jsonl)")
        let exported = try kutip(["export", "--format", "brat", "--annotator", "tester", "--store", first, "--out", brat, corpus])
        #expect(exported.status == 0, "\(exported.error)")
        #expect(FileManager.default.fileExists(atPath: brat + "/\(id).ann"))
        // Into the store it came from: no file is rewritten, no tag doubled.
        let before = try files(of: first)
        let again = try kutip(["import", "--format", "brat", "--annotator", "tester", "--store", first, brat, corpus])
        #expect(again.status == 0, "\(again.error)")
        #expect(again.error.contains("0 articles changed"), "\(again.error)")
        #expect(try files(of: first) == before)
        // Into an empty store, twice: the same tags as the store they were exported from.
        for round in 0..<2 {
            let imported = try kutip(["import", "--format", "brat", "--annotator", "tester", "--store", second, brat, corpus])
            #expect(imported.status == 0, "\(imported.error)")
            #expect(imported.error.contains(round == 0 ? "1 article changed" : "0 articles changed"), "\(imported.error)")
            #expect(try kutip(["export", "--format", "jsonl", "--annotator", "tester", "--store", second, corpus]).output == jsonl)
        }
    }

    @Test func bratImportTakesTheAnnotatorsOwnFilesAndRefusesABadLineBeforeWriting() throws {
        let root = temporary("annotators"), target = temporary("target"), input = temporary("in.jsonl"), brat = temporary("brat")
        defer { for path in [root, target, input, brat] { try? FileManager.default.removeItem(atPath: path) } }
        let (id, line) = try userTagsWithEntities()
        try (line + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", root + "/tester", input, corpus]).status == 0)
        let other = line.replacingOccurrences(of: "Vladimir Putin", with: "Sergei Lavrov")
        try (other + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try kutip(["import", "--format", "jsonl", "--annotator", "other", "--store", root + "/other", input, corpus]).status == 0)
        let exported = try kutip(["export", "--format", "brat", "--annotator", "all", "--store", root + "/tester", "--out", brat, corpus])
        #expect(exported.status == 0, "\(exported.error)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: brat).filter { $0.hasSuffix(".ann") })
                == ["\(id).tester.ann", "\(id).other.ann"])
        let imported = try kutip(["import", "--format", "brat", "--annotator", "other", "--store", target, brat, corpus])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.error.contains("1 .ann file of other annotators left out (\(id).tester.ann)"), "\(imported.error)")
        let csv = try kutip(["export", "--format", "csv", "--annotator", "other", "--store", target, corpus]).output
        #expect(csv.contains("Sergei Lavrov") && !csv.contains("Vladimir Putin"), "\(csv)")

        // Edited in brat: a type of the user's own is left out with a warning; a line brat would
        // not write stops the import, and the store is left as it was.
        let ann = brat + "/\(id).other.ann"
        let lines = try String(contentsOfFile: ann, encoding: .utf8)
        let first = try #require(lines.split(separator: "\n").first { $0.hasPrefix("T") && $0.contains("\tPER ") })
        try (lines + first.replacingOccurrences(of: "T", with: "T99", options: .anchored).replacingOccurrences(of: "\tPER ", with: "\tPERSON ") + "\n")
            .write(toFile: ann, atomically: true, encoding: .utf8)
        let warned = try kutip(["import", "--format", "brat", "--annotator", "other", "--store", target, brat, corpus])
        #expect(warned.status == 0, "\(warned.error)")
        let number = lines.split(separator: "\n").count + 1
        #expect(warned.error.contains("warning: \(ann):\(number): entity type PERSON left out"), "\(warned.error)")
        #expect(warned.error.contains("0 articles changed"), "\(warned.error)")
        let before = try files(of: target)
        try (lines + "T100\tPER 0 1\tnot the text\n").write(toFile: ann, atomically: true, encoding: .utf8)
        let refused = try kutip(["import", "--format", "brat", "--annotator", "other", "--store", target + "-new", brat, corpus])
        defer { try? FileManager.default.removeItem(atPath: target + "-new") }
        #expect(refused.status == 1)
        #expect(refused.error.contains("\(ann):\(number): the text at 0-1 in article \(id) is"), "\(refused.error)")
        #expect(!FileManager.default.fileExists(atPath: target + "-new/\(id).json"))
        #expect(try files(of: target) == before)
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

    /// Label Studio counts offsets in UTF-16 code units (JavaScript strings): past an emoji they
    /// run ahead of code points. Python slices the UTF-16 text with them and gets each span's text,
    /// and the quotations are kutip's own (its jsonl, in code points, converted).
    @Test func labelStudioTasksCountUTF16AndHoldTagsAndSuggestions() throws {
        let folder = temporary("ls-corpus"), store = temporary("ls-store"), input = temporary("ls.jsonl"), out = temporary("ls.json")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { for path in [folder, store, input, out] { try? FileManager.default.removeItem(atPath: path) } }
        try """
            Presiden 👍🏽 Belarus berbicara\n\n👍🏽 “Kami siap bertempur,” kata Presiden Belarus Alexander Lukashenko di Minsk. \
            Cafe\u{0301} 明斯克 𝔘 dibuka. “Kami tidak takut,” ujar Vladimir Putin di Moskow.\n
            """.write(toFile: folder + "/001_emoji.txt", atomically: true, encoding: .utf8)
        let auto = try kutip(["export", "--format", "jsonl", "--include", "auto", folder])
        #expect(auto.status == 0, "\(auto.error)")
        var article = try #require(try JSONSerialization.jsonObject(with: Data(auto.output.utf8)) as? [String: Any])
        var quote = try #require((article["quotes"] as? [[String: Any]])?.first)
        quote["source"] = "user"
        quote["speaker"] = "Alexander Lukashenko"
        (quote["confidence"], quote["speakerStart"], quote["speakerEnd"]) = (NSNull(), NSNull(), NSNull())
        (article["quotes"], article["entities"]) = ([quote], [])
        try String(decoding: try JSONSerialization.data(withJSONObject: article), as: UTF8.self).write(toFile: input, atomically: true, encoding: .utf8)
        #expect(try kutip(["import", "--format", "jsonl", "--annotator", "tester", "--store", store, input, folder]).status == 0)
        let all = try kutip(["export", "--format", "jsonl", "--include", "all", "--annotator", "tester", "--store", store, folder])
        try all.output.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try kutip(["export", "--format", "label-studio", "--include", "all", "--annotator", "tester", "--store", store,
                                "--out", out, folder])
        #expect(result.status == 0, "\(result.error)")
        let check = try run("/usr/bin/env", ["python3", "-c", """
            import json, sys
            tasks = json.load(open(sys.argv[1], encoding="utf-8"))
            kutip = json.loads(open(sys.argv[2], encoding="utf-8").readline())
            assert len(tasks) == 1
            task = tasks[0]
            text = task["data"]["text"]
            assert text == open(kutip["path"], encoding="utf-8", newline="").read() and task["data"]["id"] == kutip["id"]
            units = text.encode("utf-16-le")
            js = lambda s, e: units[2 * s:2 * e].decode("utf-16-le")
            u16 = lambda cp: len(text[:cp].encode("utf-16-le")) // 2
            def regions(results):
                ids = {r["id"] for r in results if "id" in r}
                found = set()
                for r in results:
                    if r["type"] == "relation":
                        assert r["from_id"] in ids and r["to_id"] in ids and r["labels"] == ["said by"]
                        continue
                    assert r["to_name"] == "text" and r["from_name"] in ("label", "kind", "speaker"), r
                    v = r["value"]
                    if r["type"] == "textarea":
                        found.add(("speaker", v["start"], v["end"], v["text"][0]))
                        continue
                    assert js(v["start"], v["end"]) == v["text"], (v, js(v["start"], v["end"]))
                    if r["type"] == "labels":
                        found.add((v["labels"][0], v["start"], v["end"], v["text"]))
                    else:
                        found.add(("kind", v["start"], v["end"], v["choices"][0]))
                return found
            user = regions(task["annotations"][0]["result"])
            assert task["annotations"][0]["meta"]["annotator"] == "tester"
            auto = regions(task["predictions"][0]["result"])
            assert task["predictions"][0]["model_version"] == "kutip"
            for q in kutip["quotes"]:
                want = {("Quotation", u16(q["start"]), u16(q["end"]), q["text"]), ("kind", u16(q["start"]), u16(q["end"]), q["kind"])}
                if q["speaker"]:
                    want.add(("speaker", u16(q["start"]), u16(q["end"]), q["speaker"]))
                assert want <= (user if q["source"] == "user" else auto), (q, user, auto)
            for e in kutip["entities"]:
                assert (e["type"], u16(e["start"]), u16(e["end"]), e["text"]) in auto, e
            ahead = [q for q in kutip["quotes"] if u16(q["start"]) != q["start"]]
            print(len(kutip["quotes"]), len(ahead), sum(1 for q in kutip["quotes"] if q["source"] == "user"))
            """, out, input])
        #expect(check.status == 0, "\(check.error)")
        // Two quotations, both after an emoji (their UTF-16 offsets ahead), one of them tagged.
        #expect(check.output == "2 2 1\n", "\(check.output)")
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
