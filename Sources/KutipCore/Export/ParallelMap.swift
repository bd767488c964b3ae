import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, in order, worked out on every core: for the many small,
    /// independent reads of an export (10,000 article and store files). The first error, in the
    /// elements' order, is thrown (typed: a transform that throws nothing makes a call that
    /// throws nothing).
    func parallelMap<Result: Sendable, Failure: Error>(_ transform: @Sendable (Element) throws(Failure) -> Result) throws(Failure) -> [Result] {
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count)
        guard workers > 1 else {
            var results: [Result] = []
            results.reserveCapacity(count)
            for element in self { results.append(try transform(element)) }
            return results
        }
        var results = [Swift.Result<Result, Failure>?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedSlots(buffer: buffer)
            let count = self.count
            // Every worker takes every `workers`-th element: each slot is written by one thread.
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: count, by: workers) {
                    do throws(Failure) {
                        slots.buffer[index] = .success(try transform(self[index]))
                    } catch {
                        slots.buffer[index] = .failure(error)
                    }
                }
            }
        }
        var values: [Result] = []
        values.reserveCapacity(count)
        for result in results { values.append(try result!.get()) }
        return values
    }
}

/// The result slots shared by the workers; each index is written by exactly one of them.
private struct UncheckedSlots<Value>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Value>
}
