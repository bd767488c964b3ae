import Dispatch
import Foundation
import KutipApp
import KutipCore

/// Makes the state's saves on a background queue, one after another in order, so that a save
/// (an fsync or two) never holds up the screen; the run loop collects what finished.
final class StoreWriter: @unchecked Sendable {
    private let store: AnnotationStore
    private let queue = DispatchQueue(label: "kutip.store-writer")
    private let lock = NSLock()
    private var finished: [(sequence: Int, error: String?)] = []
    private var pending = 0

    init(store: AnnotationStore) { self.store = store }

    func submit(_ writes: [StoreWrite]) {
        guard !writes.isEmpty else { return }
        lock.withLock { pending += writes.count }
        for write in writes {
            queue.async { [store] in
                var failure: String?
                do {
                    switch write.content {
                    case let .article(annotations): try store.save(annotations)
                    case let .speakers(registry): try store.save(registry)
                    }
                } catch {
                    failure = "\(error)"
                }
                self.lock.withLock {
                    self.finished.append((write.sequence, failure))
                    self.pending -= 1
                }
            }
        }
    }

    var isBusy: Bool { lock.withLock { pending > 0 } }

    /// The saves done since the last call.
    func takeFinished() -> [(sequence: Int, error: String?)] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }

    /// Blocks until every submitted save is done (on quitting: nothing is left half-way).
    func waitUntilIdle() { queue.sync {} }
}
