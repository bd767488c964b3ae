import Foundation
import Testing

/// `kutip agree` end to end: stores generated on disk (scripts/generate-agreement-store.py),
/// the real binary's JSON, and every figure recomputed from the same files by scikit-learn's
/// cohen_kappa_score and the krippendorff package (scripts/agreement-reference.py), to 1e-9.
@Suite(.serialized) struct AgreeCommandTests {
    let generator = repositoryRoot.appendingPathComponent("scripts/generate-agreement-store.py").path
    let reference = repositoryRoot.appendingPathComponent("scripts/agreement-reference.py").path

    final class Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-agree-\(UUID().uuidString)").path
        var corpus: String { path + "/corpus" }
        var store: String { path + "/annotations" }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// scikit-learn and krippendorff must be there: `make test` installs them. Their absence
    /// fails the test with what to do, never skips it.
    func requireReferencePackages() throws {
        let check = try run("/usr/bin/env", ["python3", "-c", "import sklearn, krippendorff"])
        if check.status != 0 {
            Issue.record("the agreement tests need scikit-learn and krippendorff from PyPI: run make test, or python3 -m pip install scikit-learn krippendorff (\(check.error))")
            throw ReferenceMissing()
        }
    }

    struct ReferenceMissing: Error {}

    func generate(_ arguments: [String]) throws -> Scratch {
        let scratch = Scratch()
        let made = try run("/usr/bin/env", ["python3", generator, scratch.path] + arguments)
        #expect(made.status == 0, "\(made.error)")
        return scratch
    }

    /// Runs `kutip agree --format json` on a generated store; kutip's JSON, and the reference
    /// check's case (store, annotators, JSON file).
    func agree(_ scratch: Scratch, annotators: [String], order: [String]? = nil,
               sourceLocation: SourceLocation = #_sourceLocation) throws -> (json: [String: Any], check: [String]) {
        var arguments = ["agree", "--format", "json", "--store", scratch.store, scratch.corpus]
        if let order { arguments += ["--annotators", order.joined(separator: ",")] }
        let agree = try run(kutipBinary, arguments)
        #expect(agree.status == 0, "\(agree.error)", sourceLocation: sourceLocation)
        let output = scratch.path + "/agree.json"
        try agree.output.write(toFile: output, atomically: true, encoding: .utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(agree.output.utf8)) as? [String: Any])
        return (json, ["--case", scratch.store, (order ?? annotators).joined(separator: ","), output])
    }

    /// Recomputes every figure of the cases with scikit-learn and krippendorff and compares.
    func checkAgainstReferences(_ cases: [[String]], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let check = try run("/usr/bin/env", ["python3", reference] + cases.flatMap { $0 })
        #expect(check.status == 0, "\(check.output)\(check.error)", sourceLocation: sourceLocation)
        let checked = check.output.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        #expect(checked > 20 * cases.count, "the reference checked \(checked) figures: \(check.output)", sourceLocation: sourceLocation)
    }

    @discardableResult
    func agreeAndCheck(_ scratch: Scratch, annotators: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let (json, check) = try agree(scratch, annotators: annotators, sourceLocation: sourceLocation)
        try checkAgainstReferences([check], sourceLocation: sourceLocation)
        return json
    }

    func overall(_ json: [String: Any]) -> [String: Any] { json["overall"] as? [String: Any] ?? [:] }
    func firstPair(_ json: [String: Any]) -> [String: Any] { (overall(json)["pairs"] as? [[String: Any]])?.first ?? [:] }
    func speakers(_ figures: [String: Any]) -> [String: Any] { figures["speakers"] as? [String: Any] ?? [:] }

    @Test func everyFigureEqualsScikitLearnAndKrippendorffOnGeneratedStores() throws {
        try requireReferencePackages()
        // Seeded cases of 2 to 4 annotators, a few or many speakers, little to much noise.
        var scratches: [Scratch] = []
        var cases: [[String]] = []
        for seed in 1...30 {
            let annotators = ["ana", "budi", "citra", "dewi"].prefix(2 + seed % 3)
            let noise = [0.05, 0.15, 0.3, 0.6][seed % 4]
            let speakers = [1, 2, 5, 20][(seed / 3) % 4]
            let scratch = try generate(["--seed", "\(seed)", "--articles", "\(4 + seed % 14 * 2)", "--annotators", "\(annotators.count)",
                                        "--noise", "\(noise)", "--speakers", "\(speakers)", "--quotes", seed % 2 == 0 ? "3" : "10"])
            // Some cases name the annotators in another order: pairs and units follow it.
            let order = seed % 3 == 1 ? Array(annotators.reversed()) : nil
            let (json, check) = try agree(scratch, annotators: Array(annotators), order: order)
            #expect(json["annotators"] as? [String] == order ?? Array(annotators))
            scratches.append(scratch)
            cases.append(check)
        }
        try checkAgainstReferences(cases)
    }

    @Test func oneAnnotatorWhoTaggedNothing() throws {
        try requireReferencePackages()
        let scratch = try generate(["--seed", "3", "--articles", "6", "--annotators", "2", "--empty", "budi"])
        let json = try agreeAndCheck(scratch, annotators: ["ana", "budi"])
        #expect(overall(json)["quotations"] as? [String: Int] == ["ana": (overall(json)["quotations"] as? [String: Int])?["ana"] ?? -1, "budi": 0])
        #expect(firstPair(json)["matched"] as? Int == 0)
        #expect(speakers(firstPair(json))["kappa"] is NSNull)
        #expect(speakers(firstPair(json))["undefined"] as? String == "nothing to compare")
        #expect(speakers(overall(json))["alpha"] is NSNull)
        let text = try run(kutipBinary, ["agree", "--store", scratch.store, scratch.corpus])
        #expect(text.status == 0)
        #expect(text.output.contains("speakers κ undefined (nothing to compare)"))
        #expect(!text.output.lowercased().contains("nan"))
    }

    @Test func totalAgreementIsOne() throws {
        try requireReferencePackages()
        // No noise: the same quotations and speakers, the names spelled differently per annotator.
        let scratch = try generate(["--seed", "4", "--articles", "8", "--annotators", "3", "--noise", "0"])
        let json = try agreeAndCheck(scratch, annotators: ["ana", "budi", "citra"])
        for pair in overall(json)["pairs"] as? [[String: Any]] ?? [] {
            #expect(speakers(pair)["kappa"] as? Double == 1)
            #expect(pair["unmatched"] as? [String: Int] == Dictionary(uniqueKeysWithValues: (pair["annotators"] as! [String]).map { ($0, 0) }))
        }
        #expect(speakers(overall(json))["alpha"] as? Double == 1)
    }

    @Test func oneSpeakerOnlyIsUndefinedNotNaN() throws {
        try requireReferencePackages()
        // Everyone agrees and every quotation is one person's: chance agreement is 1, and κ and α
        // are 0/0 (scikit-learn: nan; krippendorff: an error).
        let scratch = try generate(["--seed", "5", "--articles", "6", "--annotators", "3", "--noise", "0", "--speakers", "1"])
        let json = try agreeAndCheck(scratch, annotators: ["ana", "budi", "citra"])
        #expect(speakers(firstPair(json))["kappa"] is NSNull)
        #expect(speakers(firstPair(json))["undefined"] as? String == "one value only")
        #expect(speakers(overall(json))["undefined"] as? String == "one value only")
        let text = try run(kutipBinary, ["agree", "--store", scratch.store, scratch.corpus])
        #expect(text.output.contains("α undefined (one value only)"))
        #expect(!text.output.lowercased().contains("nan"))
    }

    @Test func speakersPickedAtRandomAgreeAtChanceLevel() throws {
        try requireReferencePackages()
        // Spans tagged alike, speakers named at random among two.
        let scratch = try generate(["--seed", "6", "--articles", "100", "--annotators", "2", "--noise", "0.05", "--speaker-noise", "1",
                                    "--speakers", "2"])
        let json = try agreeAndCheck(scratch, annotators: ["ana", "budi"])
        let kappa = try #require(speakers(firstPair(json))["kappa"] as? Double)
        let compared = try #require(speakers(firstPair(json))["compared"] as? Int)
        #expect(compared > 300)
        #expect(abs(kappa) < 0.25, "κ \(kappa) over \(compared) random speakers")
    }

    @Test func usageErrorsExitTwoAndBadInputOne() throws {
        let scratch = try generate(["--seed", "7", "--articles", "4", "--annotators", "2"])
        let base = ["agree", "--store", scratch.store, scratch.corpus]
        for bad in [["--annotators", "ana"], ["--annotators", "ana,ana"], ["--annotators", "ana,"], ["--format", "xml"]] {
            let result = try run(kutipBinary, base + bad)
            #expect(result.status == 2, "\(bad): \(result.error)")
            #expect(!result.error.isEmpty)
        }
        let oneFolder = try run(kutipBinary, ["agree", "--store", scratch.store + "/ana", scratch.corpus])
        #expect(oneFolder.status == 2)
        #expect(oneFolder.error.contains("one annotator's folder"))
        let missing = try run(kutipBinary, base + ["--annotators", "ana,zed"])
        #expect(missing.status == 1)
        #expect(missing.error.contains(scratch.store + "/zed: no such annotator folder (there are: ana, budi)"))
        // A damaged file: named, its article left out, the rest reported, exit 1.
        let damaged = scratch.store + "/budi/00001.json"
        try Data("{\"schema\": 1, \"quotes\": [".utf8).write(to: URL(fileURLWithPath: damaged))
        let result = try run(kutipBinary, base + ["--format", "json"])
        #expect(result.status == 1)
        #expect(result.error.contains(damaged))
        let articles = try #require((try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])?["articles"] as? [[String: Any]])
        #expect(!articles.contains { $0["article"] as? String == "00001" })
        #expect(!articles.isEmpty)
    }

    /// The curation (curated/, what `kutip --compare` writes) is made from the annotators' tags:
    /// left out unless named, and said so.
    @Test func theCurationIsLeftOutUnlessNamed() throws {
        let scratch = try generate(["--seed", "11", "--articles", "4", "--annotators", "2"])
        try FileManager.default.copyItem(atPath: scratch.store + "/budi", toPath: scratch.store + "/curated")
        let base = ["agree", "--format", "json", "--store", scratch.store, scratch.corpus]
        let plain = try run(kutipBinary, base)
        #expect(plain.status == 0, "\(plain.error)")
        #expect(plain.error.contains("leaving out \(scratch.store)/curated"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plain.output.utf8)) as? [String: Any])
        #expect(json["annotators"] as? [String] == ["ana", "budi"])
        let named = try run(kutipBinary, base + ["--annotators", "ana,curated"])
        #expect(named.status == 0, "\(named.error)")
        let namedJSON = try #require(try JSONSerialization.jsonObject(with: Data(named.output.utf8)) as? [String: Any])
        #expect(namedJSON["annotators"] as? [String] == ["ana", "curated"])
        // With one annotator besides the curation, there is nothing to compare by default.
        try FileManager.default.removeItem(atPath: scratch.store + "/budi")
        let alone = try run(kutipBinary, base)
        #expect(alone.status == 1)
        #expect(alone.error.contains("curated is the curation"))
    }

    @Test func helpDescribesEveryOptionAndTheDefinitions() throws {
        let help = try run(kutipBinary, ["agree", "--help"])
        #expect(help.status == 0)
        for word in ["--annotators", "--store", "--format", "Cohen's κ", "Krippendorff's α", "scikit-learn", "missing value",
                     "F1", "undefined", "Exit codes"] {
            #expect(help.output.contains(word), "\(word)")
        }
        let top = try run(kutipBinary, ["--help"])
        #expect(top.output.contains("agree"))
    }
}
