/// The `conll` export: CoNLL-2003-style columns, one token a line (`token -X- _ TAG`, the tag in
/// IOB2: `B-PER`, `I-PER`, `O`), a `-DOCSTART- -X- O O` line before each article and a blank line
/// after each sentence: what `python -m spacy convert -c ner` and most NER tools read. Tokens and
/// sentences are kutip's own; a token takes the type of the entity it overlaps.
public enum EntityColumns {
    public static func document(_ exported: ExportedArticle, scalars: [Unicode.Scalar], tokens: [Token],
                                sentences: [Range<Int>]) -> String {
        var lines = ["-DOCSTART- -X- O O", ""]
        let entities = exported.entities.sorted { $0.start < $1.start }
        var next = 0          // the first entity that may still overlap a token
        var inside: Int?      // the entity the previous token was in
        var index = 0
        for sentence in sentences {
            var wrote = false
            while index < tokens.count, tokens[index].start < sentence.upperBound {
                let token = tokens[index]
                index += 1
                guard token.end > sentence.lowerBound else { continue }
                while next < entities.count, entities[next].end <= token.start { next += 1 }
                var tag = "O"
                if next < entities.count, entities[next].start < token.end {
                    tag = (inside == next ? "I-" : "B-") + entities[next].type
                    inside = next
                } else {
                    inside = nil
                }
                lines.append("\(token.text(in: scalars)) -X- _ \(tag)")
                wrote = true
            }
            if wrote { lines.append("") }
            inside = nil
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
