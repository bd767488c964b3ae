import Foundation
import Testing
import KutipCore
import KutipGrid
@testable import KutipApp

/// A corpus in a temporary folder, removed when the value is released.
final class TestCorpus {
    let folder: URL
    let corpus: Corpus

    init(_ articles: [(String, String)]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kutip-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in articles {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        corpus = try Corpus.open(folder.path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func state(width: Int = 80, height: Int = 24, colors: ColorMode = .extended,
               analyzer: any ArticleAnalyzer = FirstPassAnalyzer()) -> AppState {
        AppState(corpus: corpus, corpusLabel: "test", annotator: "tester", colorMode: colors, width: width, height: height,
                 analyzer: analyzer)
    }
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func bundledState(width: Int, height: Int, colors: ColorMode = .extended) throws -> AppState {
    let corpus = try Corpus.open(repositoryRoot.appendingPathComponent("data/articles").path)
    return AppState(corpus: corpus, corpusLabel: "data/articles", annotator: "tester", colorMode: colors,
                    width: width, height: height)
}

extension AppState {
    /// Sends keys typed as a string (each character a key), then named keys.
    mutating func type(_ text: String) {
        for character in text { _ = handle(.key(.character(character))) }
    }

    mutating func press(_ keys: Key...) {
        for key in keys { _ = handle(.key(key)) }
    }

    /// Makes the queued saves as the terminal does (through the state's store), and reports them done.
    mutating func makeQueuedSaves() throws {
        let store = try #require(annotations.store)
        for write in takeWrites() {
            switch write.content {
            case let .article(annotations): try store.save(annotations)
            case let .speakers(registry): try store.save(registry)
            }
            finishedWrite(write.sequence, error: nil)
        }
    }
}

extension Grid {
    /// The rows as text, for assertions and failure messages.
    var rows: [String] { (0..<height).map { row($0) } }

    /// Where `text` starts on screen, if it is there.
    func find(_ text: String) -> (x: Int, y: Int)? {
        for y in 0..<height {
            var columns: [Int] = []
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                for _ in self[x, y].text.unicodeScalars { columns.append(x) }
                line += self[x, y].text
            }
            let scalars = Array(line.unicodeScalars)
            let needle = Array(text.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                return (columns[start], y)
            }
        }
        return nil
    }
}

/// The first pass, with each quotation said by the first person named after it: a small,
/// predictable speaker suggester for screen tests.
struct NextPersonSpeaks: ArticleAnalyzer {
    var confidence = 0.9

    func analyze(_ article: Article) -> ArticleAnalysis {
        var analysis = FirstPassAnalyzer().analyze(article)
        for index in analysis.quotes.indices {
            guard let person = analysis.entities.first(where: { $0.type == .person && $0.start >= analysis.quotes[index].end })
            else { continue }
            analysis.quotes[index].speaker = SpeakerSuggestion(name: article.text(from: person.start, to: person.end),
                                                               mention: person.range, confidence: confidence)
        }
        return analysis
    }
}
