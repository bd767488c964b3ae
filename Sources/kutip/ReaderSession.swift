import Foundation
import KutipApp
import KutipCore
import KutipGrid
import KutipTerminal

/// Runs the reader: terminal events go to the state, each new state is drawn and shown.
/// Key → state → grid → screen, and nothing else.
struct ReaderSession {
    let corpus: Corpus
    let label: String
    let annotator: String
    let analyzer: any ArticleAnalyzer

    /// Returns the exit code.
    func run() -> Int32 {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] != nil
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(allowColor: !noColor)
        } catch {
            FileHandle.standardError.write(Data("kutip: \(error)\n".utf8))
            return 1
        }
        let mode: ColorMode
        switch terminal.colors {
        case .none: mode = .none
        case .eight: mode = .basic
        case .many: mode = .extended
        }
        let size = terminal.size
        var state = AppState(corpus: corpus, corpusLabel: label, annotator: annotator, colorMode: mode,
                             width: size.width, height: size.height, analyzer: analyzer)
        terminal.draw(Renderer.render(state))
        while true {
            if let signal = terminal.pendingSignal() { terminal.die(by: signal) }
            // While articles are still being read in the background, poll without waiting.
            guard let event = terminal.nextEvent(timeout: state.isIndexing ? 0 : 250) else {
                if state.isIndexing, state.indexSome() { terminal.draw(Renderer.render(state)) }
                continue
            }
            let effect = state.handle(event)
            if effect == .quit { break }
            terminal.draw(Renderer.render(state), forceAll: effect == .redrawAll)
        }
        terminal.end()
        return 0
    }
}
