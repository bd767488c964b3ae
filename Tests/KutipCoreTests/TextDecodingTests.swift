import Testing
@testable import KutipCore

@Suite struct TextDecodingTests {
    @Test func keepsTheByteOrderMarkAsCodePointZero() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Putin".utf8)
        let text = try TextDecoding.decode(bytes).get()
        #expect(text.unicodeScalars.first == "\u{FEFF}")
        #expect(Array(text.unicodeScalars).count == 6)
    }

    @Test func reportsWhereTheFirstBadByteIs() {
        let bytes: [UInt8] = Array("baris satu\nbaris dua ".utf8) + [0xE9] + Array(" lagi".utf8)
        #expect(TextDecoding.decode(bytes) == .failure(.notUTF8(byteOffset: 21, line: 2)))
    }

    @Test func rejectsOverlongsAndSurrogates() {
        #expect(TextDecoding.firstInvalidUTF8Byte([0xC0, 0x80]) == 0)
        #expect(TextDecoding.firstInvalidUTF8Byte(Array("ab".utf8) + [0xED, 0xA0, 0x80]) == 2)
        #expect(TextDecoding.firstInvalidUTF8Byte(Array("“Saya” 世界 é".utf8)) == nil)
        #expect(TextDecoding.firstInvalidUTF8Byte([0xE2, 0x80]) == 0)  // cut short at the end
    }

    @Test func callsFilesWithNulBytesBinary() {
        #expect(TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) == .failure(.binary))
    }
}
