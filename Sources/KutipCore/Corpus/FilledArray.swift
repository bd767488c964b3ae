extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them, for arrays made many
    /// times a text (per sentence). On Linux the stdlib's `Array(repeating:count:)` and
    /// `Array(unsafeUninitializedCapacity:)` allocate through an entry point that is not
    /// specialised for the element type, which looks the array's type up in the runtime's
    /// metadata cache on every call (some 400 instructions); `reserveCapacity` allocates through
    /// code specialised here, whose type look-up is cached.
    @inline(__always)
    init(filledWith value: Element, count: Int) {
        self.init()
        reserveCapacity(count)
        append(contentsOf: repeatElement(value, count: count))
    }
}
