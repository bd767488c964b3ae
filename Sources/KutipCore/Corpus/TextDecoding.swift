#if canImport(Glibc)
import Glibc
#endif

/// Why a file's bytes are not an article's text.
public enum TextProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes hold NUL characters: a binary file, not text.
    case binary
    /// The bytes are not UTF-8; `byteOffset` is the first bad byte, `line` its line (from 1).
    case notUTF8(byteOffset: Int, line: Int)

    public var description: String {
        switch self {
        case .binary: return "binary file (contains NUL bytes), not text"
        case let .notUTF8(offset, line): return "not UTF-8 text (first bad byte at offset \(offset), line \(line))"
        }
    }
}

/// Turns a file's bytes into text exactly as they are: UTF-8, nothing normalised. A byte order
/// mark stays in the text as U+FEFF (code point 0) so offsets agree with Python's `utf-8` codec.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) -> Result<String, TextProblem> {
        let hasNUL = bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0, min(buffer.count, 65_536)) != nil } ?? false }
        if hasNUL { return .failure(.binary) }
        // The standard library's check is strict UTF-8 too, and reads eight bytes at a time;
        // ours (which can say where the text breaks) runs only when it fails.
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        if let bad = firstInvalidUTF8Byte(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(.notUTF8(byteOffset: bad, line: line))
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates,
    /// nothing past U+10FFFF), or nil when all of it is valid. Written out because the standard
    /// library repairs bad input silently and cannot say where it was.
    public static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < low || bytes[i + 1] > high { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
