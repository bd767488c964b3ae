/// Small, hot helpers over code points. Analysis runs over every code point of every article,
/// and the standard library's general paths (Unicode properties, building a String from a
/// slice of scalars through generic code) cost ten times what these ASCII-first paths do.
extension Unicode.Scalar {
    /// White space, answered without a property lookup for ASCII.
    @inlinable
    public var isSpaceLike: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0xFEFF || properties.isWhitespace
    }

    /// A letter, answered without a property lookup for ASCII.
    @inlinable
    public var isLetterLike: Bool {
        let v = value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return properties.isAlphabetic
    }
}

extension Unicode.Scalar {
    /// Writes the code point's UTF-8 bytes into `bytes` at `n` (room for 4 is the caller's) and
    /// gives the index after them.
    @inline(__always)
    func writeUTF8(into bytes: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        let v = value
        switch v {
        case 0..<0x80:
            bytes[n] = UInt8(v)
            return n + 1
        case 0x80..<0x800:
            bytes[n] = UInt8(0xC0 | (v >> 6))
            bytes[n + 1] = UInt8(0x80 | (v & 0x3F))
            return n + 2
        case 0x800..<0x10000:
            bytes[n] = UInt8(0xE0 | (v >> 12))
            bytes[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            bytes[n + 2] = UInt8(0x80 | (v & 0x3F))
            return n + 3
        default:
            bytes[n] = UInt8(0xF0 | (v >> 18))
            bytes[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            bytes[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            bytes[n + 3] = UInt8(0x80 | (v & 0x3F))
            return n + 4
        }
    }
}

extension String {
    /// The string of a run of code points, encoded straight to UTF-8 into the string's own
    /// storage (its length counted first; a short one needs no allocation at all).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        self = scalars.withUnsafeBufferPointer { text in
            // The length without branches (a byte per code point, one more from 0x80, 0x800 and
            // 0x10000 up), which the compiler vectorises: read as signed 32-bit numbers (code
            // points are below 2^31), each test is one SSE2 comparison, and a 32-bit count keeps
            // four in a register. An all-ASCII run (most names and quotations) is then copied
            // byte for byte, also vectorised.
            let extra = text.withMemoryRebound(to: Int32.self) { values in
                var extra = 0
                var start = 0
                while start < values.count {
                    // A million code points at a time: their count fits 32 bits.
                    let end = Swift.min(start + 1 << 20, values.count)
                    var chunk: Int32 = 0
                    for i in start..<end {
                        let v = values[i]
                        chunk &+= (v > 0x7F ? 1 : 0) &+ (v > 0x7FF ? 1 : 0) &+ (v > 0xFFFF ? 1 : 0)
                    }
                    extra += Int(chunk)
                    start = end
                }
                return extra
            }
            let length = text.count + extra
            return String(unsafeUninitializedCapacity: length) { bytes in
                if length == text.count {
                    for i in 0..<length { bytes[i] = UInt8(truncatingIfNeeded: text[i].value) }
                    return length
                }
                var n = 0
                for scalar in text { n = scalar.writeUTF8(into: bytes, at: n) }
                return n
            }
        }
    }

    /// The code points of a string, decoded from its UTF-8 (always valid in a String) in two
    /// plain passes: the same array as `Array(unicodeScalars)`, at a fraction of the cost. Both
    /// passes take eight bytes at a time where they can (news text is mostly ASCII).
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { utf8 -> [Unicode.Scalar] in
            let end = utf8.count
            let base = UnsafeRawPointer(utf8.baseAddress)
            // Code points = bytes that are not continuation bytes (10xxxxxx): in a word, those
            // with the top bit set and the next bit clear.
            var count = 0, i = 0
            if let base {
                while i + 8 <= end {
                    let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    count += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    i += 8
                }
            }
            while i < end { if utf8[i] & 0xC0 != 0x80 { count += 1 }; i += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialised in
                var i = 0, n = 0
                let out = UnsafeMutableRawPointer(out.baseAddress!)
                while i < end {
                    if i + 8 <= end, let base,
                       base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        // Eight ASCII bytes: eight code points of the same values.
                        for k in 0..<8 { out.storeBytes(of: UInt32(utf8[i + k]), toByteOffset: (n + k) * 4, as: UInt32.self) }
                        i += 8
                        n += 8
                        continue
                    }
                    let b = UInt32(utf8[i])
                    var v: UInt32
                    if b < 0x80 {
                        v = b
                        i += 1
                    } else if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    out.storeBytes(of: v, toByteOffset: n * 4, as: UInt32.self)
                    n += 1
                }
                initialised = n
            }
        }
    }

    public init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }
}
