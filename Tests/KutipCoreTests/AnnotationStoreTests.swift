import Foundation
import Testing
@testable import KutipCore

struct AnnotationStoreTests {
    /// An article with a curly-quoted quotation after wide characters and a combining mark, so
    /// that code points, UTF-8 bytes and UTF-16 units all differ.
    static let text = "Judul 明斯克\nCafe\u{0301} “Kami siap bertempur,” kata Lukashenko. “Tidak ada perang,” ujarnya."

    private func article(_ text: String = text, id: String = "a") -> Article {
        Article(id: ArticleID(id), source: id + ".txt", text: text)
    }

    private func range(of word: String, in article: Article) -> Range<Int> {
        let target = Array(word.unicodeScalars), scalars = article.scalars
        let start = (0...(scalars.count - target.count)).first { scalars[$0..<($0 + target.count)].elementsEqual(target) }!
        return start..<(start + target.count)
    }

    private func tagged(_ article: Article, store: AnnotationStore) -> ArticleAnnotations {
        var annotations = ArticleAnnotations(article: article.id.rawValue, fingerprint: article.fingerprint.description,
                                             annotator: store.annotator)
        annotations.quotes = [
            QuoteTag(anchor: TextAnchor(range(of: "Kami siap bertempur,", in: article), in: article.scalars), kind: .direct, speaker: "s-1"),
            QuoteTag(anchor: TextAnchor(range(of: "Tidak ada perang,", in: article), in: article.scalars), kind: .direct,
                     speaker: nil, notAQuotation: true),
        ]
        annotations.entities = [EntityCorrection(anchor: TextAnchor(range(of: "明斯克", in: article), in: article.scalars), type: .location)]
        return annotations
    }

    @Test func everythingTaggedSurvivesSaveAndLoadBitForBit() throws {
        let folder = try TemporaryFolder()
        let article = article()
        var registry = SpeakerRegistry()
        let id = registry.speakerID(forName: "Alexander Lukashenko")
        registry.add(alias: "Lukahsneko", to: id)
        let saved: ArticleAnnotations
        let firstBytes: Data
        do {
            let store = try AnnotationStore(folder: folder.path, annotator: "tester")
            saved = tagged(article, store: store)
            try store.save(saved)
            try store.save(registry)
            firstBytes = try Data(contentsOf: URL(fileURLWithPath: store.path(of: "a")))
        }
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let loaded = try store.annotations(for: article)
        #expect(loaded == saved)
        #expect(try store.speakers() == registry)
        #expect(try store.speakers().speaker(named: "LUKAHSNEKO")?.id == id)
        #expect(loaded.quotes[0].anchor.text == "Kami siap bertempur,")
        #expect(article.text(from: loaded.quotes[0].anchor.start, to: loaded.quotes[0].anchor.end) == "Kami siap bertempur,")
        // Saving what was loaded writes the same bytes: stable order, no churn in git.
        try store.save(loaded)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path(of: "a"))) == firstBytes)
        let json = String(decoding: firstBytes, as: UTF8.self)
        #expect(json.contains("\n  \"annotator\" : \"tester\",\n  \"article\" : \"a\",\n  \"entities\""))
        #expect(json.contains("\"schema\" : 1"))
        #expect(store.storedArticleIDs() == ["a"])
    }

    @Test func tagsFollowTextInsertedBeforeThem() throws {
        let folder = try TemporaryFolder()
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let old = article()
        try store.save(tagged(old, store: store))
        let edited = article(Self.text.replacingOccurrences(of: "Cafe\u{0301} ", with: "Cafe\u{0301} Dari Minsk, 🇧🇾 dilaporkan: "))
        let moved = try store.annotations(for: edited)
        #expect(moved.fingerprint == edited.fingerprint.description)
        for tag in moved.quotes {
            #expect(!tag.unplaced)
            #expect(edited.text(from: tag.anchor.start, to: tag.anchor.end) == tag.anchor.text)
        }
        #expect(moved.quotes[0].anchor.start > tagged(old, store: store).quotes[0].anchor.start)
    }

    @Test func anEditedQuotationIsFoundByTheWordsAroundIt() throws {
        let folder = try TemporaryFolder()
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let old = article()
        try store.save(tagged(old, store: store))
        let edited = article(Self.text.replacingOccurrences(of: "Kami siap bertempur,", with: "Kami sangat siap bertempur,"))
        let moved = try store.annotations(for: edited)
        #expect(!moved.quotes[0].unplaced)
        #expect(moved.quotes[0].anchor.text == "Kami sangat siap bertempur,")
    }

    @Test func aDeletedQuotationIsKeptAndMarkedUnplaced() throws {
        let folder = try TemporaryFolder()
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        try store.save(tagged(article(), store: store))
        let edited = article("Judul 明斯克\nBerita lain sama sekali, tanpa kutipan apa pun di dalamnya.")
        let moved = try store.annotations(for: edited)
        #expect(moved.quotes.count == 2)
        #expect(moved.quotes.allSatisfy { $0.unplaced })
        #expect(moved.quotes[0].speaker == "s-1")
        #expect(moved.entities[0].unplaced == false, "明斯克 is still there")
    }

    @Test func aDamagedFileIsNamedAndNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let damaged = Array("{\"schema\": 1, \"article\": \"a\", \"quotes\": [".utf8)
        try folder.write("a.json", bytes: damaged)
        #expect {
            _ = try store.annotations(for: article())
        } throws: { error in
            guard case let .unreadable(path, _)? = error as? StoreProblem else { return false }
            return path == store.path(of: "a")
        }
        #expect(throws: StoreProblem.self) { try store.save(tagged(article(), store: store)) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path(of: "a"))) == Data(damaged))
    }

    @Test func aFileFromANewerKutipIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let newer = Array("{\"schema\": 7, \"speakers\": [], \"extra\": true}\n".utf8)
        try folder.write("speakers.json", bytes: newer)
        #expect(throws: StoreProblem.newerSchema(path: store.speakersPath, found: 7, supported: 1)) { try store.speakers() }
        #expect(throws: StoreProblem.self) { try store.save(SpeakerRegistry()) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.speakersPath)) == Data(newer))
        #expect(StoreProblem.newerSchema(path: "x/speakers.json", found: 7, supported: 1).description.contains("x/speakers.json"))
    }

    @Test func aSecondKutipOnTheSameStoreIsToldWhoHoldsIt() throws {
        let folder = try TemporaryFolder()
        var first: AnnotationStore? = try AnnotationStore(folder: folder.path, annotator: "tester")
        #expect {
            _ = try AnnotationStore(folder: folder.path, annotator: "tester")
        } throws: { error in
            guard case let .locked(_, pid, host)? = error as? StoreProblem else { return false }
            return pid == getpid() && host == StoreLock.hostName
        }
        _ = first
        first = nil
        #expect(throws: Never.self) { _ = try AnnotationStore(folder: folder.path, annotator: "tester") }
    }

    @Test func aLockLeftByADeadKutipIsTakenOver() throws {
        let folder = try TemporaryFolder()
        // A lock file written by a process that is gone: nobody holds its flock.
        try folder.write(".lock", "999999 \(StoreLock.hostName)\n")
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let holder = try String(contentsOfFile: folder.path + "/.lock", encoding: .utf8)
        #expect(holder == "\(getpid()) \(StoreLock.hostName)\n")
        _ = store
    }

    @Test func anEmptyWriteIsRefusedAndTheOldFileKept() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.json", "{}")
        #expect(throws: StoreProblem.self) { try AtomicFile.write([], to: folder.path + "/a.json") }
        #expect(try String(contentsOfFile: folder.path + "/a.json", encoding: .utf8) == "{}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.json"], "no temporary file left")
    }

    /// `kutip export --out /dev/null` once replaced /dev/null with a plain file: a device or a
    /// pipe is written into, never renamed over. Tested on a FIFO, which a broken fix cannot harm.
    @Test func aPipeIsWrittenIntoNotReplaced() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/pipe", received = folder.path + "/received"
        #expect(mkfifo(path, 0o600) == 0)
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: path) {
                let data = handle.readDataToEndOfFile()
                try? data.write(to: URL(fileURLWithPath: received))
            }
        }
        reader.start()
        try AtomicFile.write(Array("dikirim".utf8), to: path)
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: received), Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(try String(contentsOfFile: received, encoding: .utf8) == "dikirim")
    }

    @Test func theDefaultStoreIsBesideTheCorpus() {
        #expect(AnnotationStore.defaultFolder(corpus: "/x/data/articles", annotator: "ana") == "/x/data/annotations/ana")
        #expect(AnnotationStore.defaultFolder(corpus: "/x/data/articles/", annotator: "ana") == "/x/data/annotations/ana")
    }
}

struct TaggingStatisticsTests {
    @Test func countsTaggedOutOfAllAndQuotationsPerSpeaker() {
        let article = Article(id: ArticleID("a"), source: "a.txt",
                              text: "Judul\n“Satu dua tiga empat lima,” kata A. “Enam tujuh delapan,” kata B. “Sembilan,” kata C.")
        let spans = QuotationMarks.quotedSpans(in: article.scalars)
        let analysis = ArticleAnalysis(quotes: spans.map { QuoteSpan(start: $0.lowerBound, end: $0.upperBound, kind: .direct) })
        var registry = SpeakerRegistry()
        let a = registry.speakerID(forName: "Ahmad Dhani")
        var tags = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: "t")
        tags.quotes = [
            QuoteTag(anchor: TextAnchor(spans[0], in: article.scalars), kind: .direct, speaker: a),
            QuoteTag(anchor: TextAnchor(spans[1], in: article.scalars), kind: .direct, speaker: nil, notAQuotation: true),
            // A quotation the annotator added: the words after the last one.
            QuoteTag(anchor: TextAnchor(88..<91, in: article.scalars), kind: .unmarked, speaker: a),
        ]
        var statistics = TaggingStatistics()
        statistics.add(article, analysis: analysis, tags: tags)
        statistics.countSpeakers([tags], registry: registry)
        #expect(statistics.articles == [.init(id: "a", tagged: 2, quotations: 3, unplaced: 0)])
        #expect(statistics.speakers == [.init(name: "Ahmad Dhani", quotations: 2)])
        #expect(statistics.tsv == "article\ttagged\tquotations\tunplaced\na\t2\t3\t0\n\nspeaker\tquotations\nAhmad Dhani\t2\n")
    }

    @Test func aStoreOpenedToReadNeedsNoLockAndRefusesToWrite() throws {
        let folder = try TemporaryFolder()
        let holder = try AnnotationStore(folder: folder.path, annotator: "t")
        let reader = try AnnotationStore.reading(folder: folder.path, annotator: "t")
        #expect(throws: StoreProblem.self) { try reader.save(SpeakerRegistry()) }
        _ = holder
    }
}

/// A store shared through git commits the tags, not this machine's lock.
struct StoreGitignoreTests {
    @Test func openingAStoreTellsGitToLeaveTheLockOut() throws {
        let folder = try TemporaryFolder()
        let store = try AnnotationStore(folder: folder.path, annotator: "tester")
        let ignore = try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains(".lock") && ignore.split(separator: "\n").contains(".*.tmp"))
        #expect(store.storedArticleIDs().isEmpty, ".gitignore is no article")
    }

    @Test func aGitignoreOfTheUsersIsLeftAsItIs() throws {
        let folder = try TemporaryFolder()
        try folder.write(".gitignore", "mine\n")
        _ = try AnnotationStore(folder: folder.path, annotator: "tester")
        #expect(try String(contentsOfFile: folder.path + "/.gitignore", encoding: .utf8) == "mine\n")
    }
}
