/// Whether two folded name words may be the same word misspelt or transliterated another way
/// (`lukahsneko` / `lukashenko`, `tsikhanouskaya` / `tikhanouskaya`, `sviatlana` / `svetlana`)
/// while names that merely look alike stay apart (`lukashenko` / `lukashevich`).
///
/// The rule: the same first letter, and an edit distance (insertions, deletions, substitutions
/// and swaps of two neighbours) of at most 1 for words of 6 letters or more and at most 2 for
/// words of 8 or more; shorter words must match exactly. Short names are too close to one
/// another for any tolerance (`Ahmad` / `Ahmed` are usually two people).
public enum NameSimilarity {
    public static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard let first = x.first, first == y.first else { return false }
        let shorter = min(x.count, y.count)
        let allowed = shorter >= 8 ? 2 : shorter >= 6 ? 1 : 0
        guard allowed > 0, abs(x.count - y.count) <= allowed else { return false }
        return editDistance(x, y, limit: allowed) <= allowed
    }

    /// Whether two folded name words are one spelling with typing slips: neighbouring letters
    /// swapped, at most twice (`lukahsneko` / `lukashenko`: the same letters, two swaps), or one
    /// letter doubled (`lukashennko`). Stricter than `sameWord`: names that differ by a letter
    /// (`chaidir` / `chaidar`, `rasman` / `rusman`) are usually two people, so only a slip joins
    /// a one-word name to someone named in another article. Words under five letters must match
    /// exactly.
    public static func typingSlip(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard min(x.count, y.count) >= 5, x.first == y.first else { return false }
        if x.count == y.count {
            // The same letters in another order, two swaps of neighbours or fewer.
            return x.map(\.value).sorted() == y.map(\.value).sorted() && editDistance(x, y, limit: 2) <= 2
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        let i = short.indices.first(where: { short[$0] != long[$0] }) ?? short.count
        // The extra letter repeats a neighbour, and the rest lines up.
        let doubled = (i > 0 && long[i] == long[i - 1]) || (i + 1 < long.count && long[i] == long[i + 1])
        return doubled && long[(i + 1)...] == short[i...]
    }

    /// Optimal string alignment distance of two non-empty words, giving up (returning limit + 1) once every path
    /// costs more than `limit`.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        let n = x.count, m = y.count
        var before = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowBest = current[0]
            for j in 1...m {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[m]
    }
}
