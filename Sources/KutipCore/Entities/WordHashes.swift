/// A fixed set of 64-bit word hashes (`FeatureHash`), tested with `HashIndex`'s probe instead of
/// `Set<UInt64>`'s SipHash: the entity passes test most tokens against several such lists.
struct WordHashes: Sendable {
    private let index: HashIndex
    /// Whether 0 is a member (the index keeps 0 for its empty slots).
    private let hasZero: Bool

    init(_ hashes: some Sequence<UInt64>) {
        var index = HashIndex(capacity: 64)
        var hasZero = false
        for hash in hashes {
            if hash == 0 { hasZero = true } else { index.insert(hash, 1) }
        }
        self.index = index
        self.hasZero = hasZero
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { hash == 0 ? hasZero : index.value(for: hash) != nil }
}
