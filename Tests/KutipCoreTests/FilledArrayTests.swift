import Testing
@testable import KutipCore

/// `Array(filledWith:count:)` stands in for `Array(repeating:count:)` where arrays are made per
/// sentence: the same elements, for every small count and for none.
struct FilledArrayTests {
    @Test func filledArraysAreRepeatingArrays() {
        for count in [0, 1, 2, 7, 8, 63, 1000] {
            #expect([Float](filledWith: -1.5, count: count) == [Float](repeating: -1.5, count: count))
            #expect([UInt8](filledWith: 3, count: count) == [UInt8](repeating: 3, count: count))
            #expect([String](filledWith: "kata", count: count) == [String](repeating: "kata", count: count))
        }
    }
}
