import Foundation
import KutipCore
import Testing

/// A team shares its tags through git: each annotator's own folder, one file per article, saved
/// through the real store on separate branches, merged with `git merge`.
@Suite(.serialized) struct GitMergeTests {
    /// Articles written for these tests (curly quotes, wide characters, a combining mark).
    static let articles = [
        "a": "Judul A\n“Kami siap bekerja,” kata Joko Widodo di 北京. “Ekonomi tumbuh,” ujar Sri Mulyani.\n",
        "b": "Judul B\nCafe\u{0301} ramai. “Tidak ada perang,” kata Prabowo Subianto. “Aman,” kata Joko Widodo.\n",
        "c": "Judul C\n“Harga turun,” kata Sri Mulyani. “Kita lihat nanti,” ujar Prabowo Subianto.\n",
    ]

    /// A repository whose branches are each worked on in a working copy of their own (`git
    /// worktree`), as each annotator works in their own clone; merges happen in the main one.
    final class Repository {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-git-\(UUID().uuidString)").path
        var path: String { root + "/main" }
        /// Where tags are saved and committed now: the working copy of the last branch made.
        var current: String
        var corpus: String { path + "/corpus" }
        var annotations: String { path + "/annotations" }

        init() throws {
            current = root + "/main"
            try FileManager.default.createDirectory(atPath: path + "/corpus", withIntermediateDirectories: true)
            for (id, text) in GitMergeTests.articles {
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(path)/corpus/\(id).txt"))
            }
            try git("init", "-q", "-b", "main")
            try git("config", "user.email", "test@example.org")
            try git("config", "user.name", "Test")
            try git("config", "commit.gpgsign", "false")
            try commit("the corpus")
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        /// git in the main working copy.
        @discardableResult
        func git(_ arguments: String...) throws -> (status: Int32, output: String, error: String) {
            try run("/usr/bin/env", ["git", "-C", path] + arguments)
        }

        /// Commits everything in the current working copy.
        func commit(_ message: String) throws {
            #expect(try run("/usr/bin/env", ["git", "-C", current, "add", "-A"]).status == 0)
            let done = try run("/usr/bin/env", ["git", "-C", current, "commit", "-q", "-m", message])
            #expect(done.status == 0, "\(done.error)")
        }

        /// A new branch from `base`, in a working copy of its own, which becomes the current one.
        func branch(_ name: String, from base: String = "main") throws {
            let made = try git("worktree", "add", "-q", "-b", name, root + "/" + name, base)
            #expect(made.status == 0, "\(made.error)")
            current = root + "/" + name
        }

        /// Merges `branch` into main; whether git needed no help.
        func merge(_ branch: String) throws -> Bool {
            #expect(try git("checkout", "-q", "main").status == 0)
            let merged = try git("merge", "--no-edit", "-q", branch)
            let conflicted = try git("diff", "--name-only", "--diff-filter=U").output
            if merged.status != 0 {
                _ = try git("merge", "--abort")
            }
            return merged.status == 0 && conflicted.isEmpty
        }

        /// An annotator's store in the current working copy.
        func store(_ annotator: String) throws -> AnnotationStore {
            try AnnotationStore(folder: current + "/annotations/" + annotator, annotator: annotator)
        }

        /// An annotator's store in the main working copy, read only.
        func merged(_ annotator: String) throws -> AnnotationStore {
            try AnnotationStore.reading(folder: annotations + "/" + annotator, annotator: annotator)
        }

        /// Tags quotations of one article (each by its words) with speakers by name, through the
        /// real store, as the reader does: new names become new speakers in the registry.
        /// `commit` is called while the store is open, as when kutip is still running.
        @discardableResult
        func tag(_ annotator: String, article id: String, _ quotes: [(String, String)], commit message: String) throws -> ArticleAnnotations {
            let store = try store(annotator)
            let article = Article(id: ArticleID(id), source: id + ".txt", text: GitMergeTests.articles[id]!)
            var registry = try store.speakers()
            var annotations = try store.annotations(for: article)
            for (words, speaker) in quotes {
                let target = Array(words.unicodeScalars), scalars = article.scalars
                let start = try #require((0...(scalars.count - target.count)).first { scalars[$0..<($0 + target.count)].elementsEqual(target) })
                annotations.quotes.append(QuoteTag(anchor: TextAnchor(start..<(start + target.count), in: scalars), kind: .direct,
                                                   speaker: registry.speakerID(forName: speaker)))
            }
            try store.save(registry)
            try store.save(annotations)
            try commit(message)
            return try #require(try store.storedAnnotations(of: id))
        }

        /// Every store file in the repository reads back.
        func everyFileParses() throws -> Int {
            var files = 0
            for annotator in (try? FileManager.default.contentsOfDirectory(atPath: annotations)) ?? [] where !annotator.hasPrefix(".") {
                let store = try AnnotationStore.reading(folder: annotations + "/" + annotator, annotator: annotator)
                _ = try store.speakers()
                for id in store.storedArticleIDs() {
                    #expect(try store.storedAnnotations(of: id) != nil)
                    files += 1
                }
            }
            return files
        }
    }

    @Test func twoAnnotatorsOnTwoBranchesMergeWithoutConflict() throws {
        let repository = try Repository()
        try repository.branch("ana")
        let anaA = try repository.tag("ana", article: "a", [("“Kami siap bekerja,”", "Joko Widodo"), ("“Ekonomi tumbuh,”", "Sri Mulyani")],
                                      commit: "ana: a")
        try repository.tag("ana", article: "b", [("“Tidak ada perang,”", "Prabowo Subianto")], commit: "ana: b")
        try repository.branch("budi")
        // budi names the speakers in his own way and numbers them in his own order.
        try repository.tag("budi", article: "b", [("“Tidak ada perang,”", "PRABOWO SUBIANTO"), ("“Aman,”", "Joko Widodo")],
                           commit: "budi: b")
        try repository.tag("budi", article: "a", [("Kami siap bekerja,", "joko widodo"), ("Ekonomi tumbuh,", "Sri Mulyani")],
                           commit: "budi: a")
        #expect(try repository.merge("ana"))
        #expect(try repository.merge("budi"), "two annotators' folders never touch")
        #expect(try repository.everyFileParses() == 4)
        #expect(try repository.merged("ana").storedAnnotations(of: "a") == anaA, "merged as saved")
        let tracked = try repository.git("ls-files").output
        #expect(!tracked.contains("/.lock") && !tracked.contains(".tmp"), "this machine's lock is not the team's: \(tracked)")

        let agree = try run(kutipBinary, ["agree", "--format", "json", repository.corpus])
        #expect(agree.status == 0, "\(agree.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(agree.output.utf8)) as? [String: Any])
        #expect(json["annotators"] as? [String] == ["ana", "budi"])
        #expect((json["articles"] as? [[String: Any]])?.compactMap { $0["article"] as? String } == ["a", "b"])
        let overall = try #require(json["overall"] as? [String: Any])
        #expect(overall["quotations"] as? [String: Int] == ["ana": 3, "budi": 4])
        let pair = try #require((overall["pairs"] as? [[String: Any]])?.first)
        #expect(pair["matched"] as? Int == 3)
        #expect((pair["speakers"] as? [String: Any])?["agreed"] as? Int == 3, "the same people, however each spelled and numbered them")
    }

    @Test func oneAnnotatorOnTwoBranchesTaggingOtherArticlesMergesCleanly() throws {
        let repository = try Repository()
        try repository.tag("ana", article: "a", [("“Kami siap bekerja,”", "Joko Widodo"), ("“Ekonomi tumbuh,”", "Sri Mulyani")],
                           commit: "ana: a")
        try repository.branch("laptop")
        let b = try repository.tag("ana", article: "b", [("“Aman,”", "Joko Widodo")], commit: "ana on the laptop: b")
        try repository.branch("desktop")
        let c = try repository.tag("ana", article: "c", [("“Harga turun,”", "Sri Mulyani")], commit: "ana on the desktop: c")
        #expect(try repository.merge("laptop"))
        #expect(try repository.merge("desktop"))
        #expect(try repository.everyFileParses() == 3)
        let store = try repository.merged("ana")
        #expect(try store.storedAnnotations(of: "b") == b && store.storedAnnotations(of: "c") == c)
    }

    @Test func theSameNewSpeakerOnTwoBranchesMergesCleanly() throws {
        let repository = try Repository()
        try repository.tag("ana", article: "a", [("“Kami siap bekerja,”", "Joko Widodo")], commit: "ana: a")
        try repository.branch("laptop")
        try repository.tag("ana", article: "b", [("“Tidak ada perang,”", "Prabowo Subianto")], commit: "laptop: b")
        try repository.branch("desktop")
        try repository.tag("ana", article: "c", [("“Kita lihat nanti,”", "Prabowo Subianto")], commit: "desktop: c")
        #expect(try repository.merge("laptop"))
        #expect(try repository.merge("desktop"), "both branches wrote the same entry")
        let registry = try repository.merged("ana").speakers()
        #expect(registry.speakers.map(\.name) == ["Joko Widodo", "Prabowo Subianto"])
    }

    /// Speaker ids are numbered in the order one store meets them (`s-1`, `s-2`, …), so two
    /// branches that each add a different new speaker both call theirs `s-2`: speakers.json then
    /// conflicts, and taking both entries would give one id two people.
    @Test func differentNewSpeakersOnTwoBranches() throws {
        let repository = try Repository()
        try repository.tag("ana", article: "a", [("“Kami siap bekerja,”", "Joko Widodo")], commit: "ana: a")
        try repository.branch("laptop")
        try repository.tag("ana", article: "b", [("“Tidak ada perang,”", "Prabowo Subianto")], commit: "laptop: b")
        try repository.branch("desktop")
        try repository.tag("ana", article: "c", [("“Harga turun,”", "Sri Mulyani")], commit: "desktop: c")
        #expect(try repository.merge("laptop"))
        withKnownIssue("speakers.json: sequential speaker ids collide across branches") {
            #expect(try repository.merge("desktop"))
            let store = try repository.merged("ana")
            let registry = try store.speakers()
            let b = try #require(try store.storedAnnotations(of: "b")), c = try #require(try store.storedAnnotations(of: "c"))
            #expect(registry.speaker(id: b.quotes[0].speaker ?? "")?.name == "Prabowo Subianto")
            #expect(registry.speaker(id: c.quotes[0].speaker ?? "")?.name == "Sri Mulyani")
        }
    }
}
