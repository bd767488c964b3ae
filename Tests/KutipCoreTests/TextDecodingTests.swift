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

    /// `decode` accepts a text through the standard library's check and names the bad byte with
    /// its own: the two must agree on what is UTF-8 (overlongs, surrogates, past U+10FFFF, cut
    /// short, stray continuation bytes), wherever in a long ASCII run the fault sits.
    @Test(arguments: [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
    ] as [[UInt8]])
    func rejectsWhatTheByteCheckRejects(bad: [UInt8]) {
        for prefix in [0, 7, 8, 9, 63] {
            let bytes = Array(String(repeating: "a", count: prefix).utf8) + bad + Array(" ok".utf8)
            #expect(TextDecoding.decode(bytes) == .failure(.notUTF8(byteOffset: prefix, line: 1)))
        }
    }

    @Test func acceptsTheLargestCodePointsOfEachLength() throws {
        let text = "a\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}z"
        #expect(try TextDecoding.decode(Array(text.utf8)).get() == text)
    }

    /// `scalarArray` reads eight ASCII bytes at a time: it must give `unicodeScalars` exactly on
    /// text where multi-byte code points fall at every position of a word.
    @Test func scalarArrayEqualsTheStandardLibrarysScalars() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Putin ", "é", "“", "”", "世界", "😀", "e\u{301}", "\n", "1234567", "ñ"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.scalarArray == Array(text.unicodeScalars), "\(text.debugDescription)")
        }
    }

    /// `String(scalars:)` copies an all-ASCII run byte for byte and encodes any other: every slice
    /// of mixed text, ASCII or not, must give the string of the same code points.
    @Test func stringOfScalarsIsTheStringOfThoseCodePoints() {
        let scalars = Array("Putin “siap” é 世界 😀 e\u{301} ok\t\"x\"".unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                let expected = String(String.UnicodeScalarView(scalars[start..<end]))
                #expect(String(scalars: scalars[start..<end]) == expected)
                #expect(Array(String(scalars: scalars[start..<end]).utf8) == Array(expected.utf8))
            }
        }
        // Longer than the million code points counted at a time, wide ones on both sides of the edge.
        let long = String(repeating: "a", count: (1 << 20) - 2) + "世界😀é" + String(repeating: "b", count: 10)
        let longScalars = long.scalarArray
        #expect(String(scalars: longScalars[...]) == long)
    }
}
