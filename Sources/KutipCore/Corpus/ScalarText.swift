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

extension String {
    /// The string of a run of code points, encoded straight to UTF-8.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            let v = scalar.value
            switch v {
            case 0..<0x80:
                bytes.append(UInt8(v))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | (v >> 6)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | (v >> 12)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            default:
                bytes.append(UInt8(0xF0 | (v >> 18)))
                bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                bytes.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    public init(scalars: [Unicode.Scalar]) { self.init(scalars: scalars[...]) }
}
