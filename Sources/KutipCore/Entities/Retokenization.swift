/// Training sentences re-cut into the tokens kutip itself makes, so that the tagger learns on the
/// tokens it will see when it runs (`kutip analyze` tokenises plain text with `Tokenizer`).
///
/// The data sets are cut differently: idner-news-2k keeps brackets and some `?`, `:` and `/` on
/// their words (`(KPK)`, `ini?`) and hyphenated pairs as one token (`Jokowi-JK`). A tagger trained on
/// those tokens meets `(`, `KPK`, `)` at run time, with features it never saw in training.
///
/// The sentence's words are joined by single spaces and tokenised; each new token takes the tag of
/// the mention whose characters it lies in (`B-` for the first token of the mention, `I-` after),
/// except punctuation at the edge of a mention (the brackets of `(KPK)`), which is left outside it,
/// as kutip's own spans leave it, and brackets inside a mention, which split it in two as kutip's
/// conventions do (`Mahkamah Konstitusi (MK)` → `Mahkamah Konstitusi`, `MK`). A token that crosses a mention's edge is tagged as the part of the
/// mention where it starts.
enum Retokenization {
    static func retokenize(_ sentence: ConllReader.Sentence, with tokenizer: Tokenizer) -> ConllReader.Sentence {
        guard !sentence.isEmpty else { return sentence }
        var scalars: [Unicode.Scalar] = []
        // For every code point: the mention it is in (-1 outside) and its type.
        var mention: [Int] = []
        var type: [String] = []
        var current = -1, count = 0, currentType = ""
        for (i, pair) in sentence.enumerated() {
            if i > 0 {
                scalars.append(" ")
                // The space between two words of one mention belongs to it.
                let continues = pair.tag.hasPrefix("I-") && current >= 0 && pair.tag.dropFirst(2) == currentType
                mention.append(continues ? current : -1)
                type.append(continues ? currentType : "")
            }
            if pair.tag.hasPrefix("B-") || (pair.tag.hasPrefix("I-") && (current < 0 || pair.tag.dropFirst(2) != currentType)) {
                current = count; count += 1; currentType = String(pair.tag.dropFirst(2))
            } else if pair.tag == "O" {
                current = -1; currentType = ""
            }
            for s in pair.word.unicodeScalars {
                scalars.append(s)
                mention.append(current)
                type.append(currentType)
            }
        }
        let tokens = tokenizer.tokens(in: scalars)
        // The word tokens of each mention: the first and last that are not punctuation.
        var first: [Int: Int] = [:], last: [Int: Int] = [:]
        for (t, token) in tokens.enumerated() {
            let m = mention[token.start]
            guard m >= 0, !isPunctuation(scalars[token.start..<token.end]) else { continue }
            if first[m] == nil { first[m] = t }
            last[m] = t
        }
        var result: ConllReader.Sentence = []
        result.reserveCapacity(tokens.count)
        var begins = false
        for (t, token) in tokens.enumerated() {
            let word = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            let m = mention[token.start]
            guard m >= 0, let f = first[m], let l = last[m], t >= f, t <= l else {
                result.append((word: word, tag: "O"))
                continue
            }
            if word == "(" || word == ")" {
                // `Mahkamah Konstitusi (MK)` as one mention: the name and the acronym apart, brackets out.
                result.append((word: word, tag: "O"))
                begins = true
                continue
            }
            result.append((word: word, tag: (t == f || begins ? "B-" : "I-") + type[token.start]))
            begins = false
        }
        return result
    }

    static func isPunctuation(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { !$0.properties.isAlphabetic && $0.properties.numericType == nil }
    }
}
