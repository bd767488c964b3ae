import Crypto

/// A fingerprint of an article's text: `sha256:` and the hex SHA-256 of its UTF-8 bytes, as
/// `sha256sum` prints it, so that other tools can check which text a tag file was made on.
public struct Fingerprint: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public init(of text: String) {
        var text = text
        self = text.withUTF8 { Fingerprint(digest: SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    public init(bytes: [UInt8]) {
        self.init(digest: SHA256.hash(data: bytes))
    }

    private init(digest: SHA256.Digest) {
        let digits = Array("0123456789abcdef".utf8)
        var hex = Array("sha256:".utf8)
        hex.reserveCapacity(7 + 2 * SHA256.Digest.byteCount)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        rawValue = String(decoding: hex, as: UTF8.self)
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
