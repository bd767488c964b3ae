import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, in order, worked out on every core: for the many small,
    /// independent reads of an export (10,000 article and store files). The first error, in the
    /// elements' order, is thrown.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) throws -> Result) throws -> [Result] {
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count)
        guard workers > 1 else { return try map(transform) }
        var results = [Swift.Result<Result, any Error>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedSlots(buffer: buffer)
            let count = self.count
            // Every worker takes every `workers`-th element: each slot is written by one thread.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: count, by: workers) {
                    slots.buffer[index] = Swift.Result { try transform(self[index]) }
                }
            }
        }
        return try results.map { try $0!.get() }
    }
}

/// The result slots shared by the workers; each index is written by exactly one of them.
private struct UncheckedSlots<Value>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Value>
}
