import Testing
@testable import KutipCore

@Suite struct LoweredWordsTests {
    static func quoteText(_ string: String, words: inout LoweredWords) -> QuoteText {
        let scalars = Array(string.unicodeScalars)
        let tokens = Tokenizer(lexicon: .empty).tokens(in: scalars)
        return QuoteText(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.sentences(in: scalars, tokens: tokens),
                         entities: [], words: &words)
    }

    /// A text read with the words kept from an earlier one (in other cases, some longer than 16
    /// code points or not ASCII) gets for every token what a text read afresh gets.
    @Test func wordsKeptFromAnEarlierTextGiveEachTokenWhatAFreshReadingGives() {
        var kept = LoweredWords()
        _ = Self.quoteText("KATA Menteri: “Kami SIAP berkata,” kata Dia. Pertanggungjawaban ÉLYSÉE memang MENGATAKAN.",
                           words: &kept)
        #expect(kept.count >= 8)
        let second = "kata menteri, “kami siap Berkata,” KATA dia. PERTANGGUNGJAWABAN élysée Memang mengatakan Cafe\u{301}."
        let shared = Self.quoteText(second, words: &kept)
        var none = LoweredWords()
        let fresh = Self.quoteText(second, words: &none)
        #expect(shared.count == fresh.count && shared.count > 12)
        #expect(shared.lower == fresh.lower)
        #expect(shared.hashes == fresh.hashes)
        #expect(shared.classes == fresh.classes)
        #expect(shared.isReporting == fresh.isReporting)
        #expect(shared.isPredicate == fresh.isPredicate)
        for k in 0..<shared.count {
            let token = shared.tokens[k]
            #expect(shared.lower[k] == String(scalars: shared.scalars[token.start..<token.end]).lowercased())
        }
    }

    /// A word is found by its hash and confirmed by its bytes: another word with the same hash
    /// (or the same bytes at another length) is not taken for it.
    @Test func aWordIsFoundByItsBytesNotByItsHashAlone() {
        var words = LoweredWords()
        let bytes: (UInt64, UInt64) = (0x6174_616B, 0)  // "kata"
        words.add(LoweredWords.Entry(word: "kata", classes: .reportingVerbs, isPredicate: false, bytes: bytes, length: 4), hash: 42)
        #expect(words.find(hash: 42, bytes: bytes, length: 4) == 0)
        #expect(words.find(hash: 42, bytes: (0x6174_6164, 0), length: 4) == nil)  // "data", same hash
        #expect(words.find(hash: 42, bytes: bytes, length: 5) == nil)
        #expect(words.find(hash: 43, bytes: bytes, length: 4) == nil)
    }
}
