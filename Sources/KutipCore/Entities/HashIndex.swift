/// A small open-addressing map from 64-bit hashes to 32-bit values, for caches keyed by a hash
/// that is already well mixed (`FeatureHash`): no second hashing, linear probing, grows at half
/// full. Key 0 is reserved for empty slots (`FeatureHash.nonzero`). Each key is stored beside its
/// value, so a look-up in a table too big for the cache misses once, not twice.
struct HashIndex {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 40) & mask }

    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            var i = slot(key)
            while true {
                let k = slots[i].key
                if k == key { return slots[i].value }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = slot(key)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1 }
        slots[i] = Slot(key: key, value: value)
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != 0 { insert(slot.key, slot.value) }
    }
}
