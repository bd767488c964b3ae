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
    let store: AnnotationStore
    /// The corpus as the user named it, for `:export`.
    let corpusPath: String
    /// The annotators a curator compares (`--compare`), if any.
    var compared: ComparedAnnotators? = nil

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
                             width: size.width, height: size.height, analyzer: analyzer, store: store, compared: compared)
        let writer = StoreWriter(store: store)
        terminal.draw(Renderer.render(state))
        while true {
            if let signal = terminal.pendingSignal() {
                writer.waitUntilIdle()  // a save under way is finished before the process goes
                terminal.die(by: signal)
            }
            let finished = writer.takeFinished()
            for save in finished { state.finishedWrite(save.sequence, error: save.error) }
            if !finished.isEmpty { terminal.draw(Renderer.render(state)) }
            // While articles are still being read, or saves made, poll without waiting long.
            let timeout: Int32 = state.isIndexing ? 0 : (writer.isBusy ? 20 : 250)
            guard let event = terminal.nextEvent(timeout: timeout) else {
                if state.isIndexing, state.indexSome() { terminal.draw(Renderer.render(state)) }
                continue
            }
            let effect = state.handle(event)
            writer.submit(state.takeWrites())
            if effect == .quit { break }
            if case let .export(format, path)? = effect {
                terminal.draw(Renderer.render(state))
                writer.waitUntilIdle()  // the export reads the store: every save first
                for save in writer.takeFinished() { state.finishedWrite(save.sequence, error: save.error) }
                state.report(export(format: format, to: path))
            }
            terminal.draw(Renderer.render(state), forceAll: effect == .redrawAll)
        }
        writer.waitUntilIdle()
        terminal.end()
        let failures = writer.takeFinished().compactMap(\.error) + (state.annotations.saveFailure.map { [$0] } ?? [])
        for failure in failures { FileHandle.standardError.write(Data("kutip: \(failure)\n".utf8)) }
        return failures.isEmpty ? 0 : 1
    }

    /// `:export`: what `kutip export` does, its outcome as a line for the status bar.
    private func export(format: String, to path: String) -> String {
        do {
            let command = try Export.parse(["--format", format, "--out", path, "--annotator", annotator,
                                            "--store", store.folder, corpusPath])
            try command.write()
            return "Exported the tags as \(format) to \(path)"
        } catch let failure as CommandFailure {
            return "Export failed: \(failure)"
        } catch {
            return "Export failed: \(Export.message(for: error))"
        }
    }
}
