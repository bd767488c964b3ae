/// Finds the outlet that published an article from what its text says of itself: a dateline
/// (`JAKARTA, KOMPAS.com -`, `TEMPO.CO, Jakarta -`, `Jakarta (ANTARA News) -`,
/// `Berita Baru, Minsk –`), an outlet suffix on the title (`… | tempo.co`), a line that names
/// only the outlet (`IBTimes US`), or a staff note (`(Kisah ini … staf Berita Teratas …)`).
enum OutletFinder {
    static func outlet(of lines: TextLines) -> String? {
        let leading = lines.leadingLines(limit: 10)
        for (_, line) in leading {
            if let name = fromDateline(line) ?? fromTitleSuffix(line) { return name }
            if PageLeftover.kind(of: line) == .outletName { return NewsOutlets.canonicalName(for: line) }
        }
        // A staff note at the end names the outlet when nothing else does.
        for index in lines.ranges.indices.reversed().prefix(5) {
            let line = lines.line(index)
            if Self.mayNameStaff(line), line.lowercased().contains("staf "), let name = knownName(in: line) { return name }
        }
        return nil
    }

    /// False when the line cannot hold `staf ` in any case: no `s`/`S` byte followed by a `taf ` in
    /// any case. A cheap byte test before Foundation's `contains` on the lowered line.
    static func mayNameStaff(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.count >= 5 else { return false }
        for i in 0...(bytes.count - 5) where bytes[i] | 0x20 == 0x73 && bytes[i + 1] | 0x20 == 0x74
            && bytes[i + 2] | 0x20 == 0x61 && bytes[i + 3] | 0x20 == 0x66 && bytes[i + 4] == 0x20 { return true }
        return false
    }

    static let dashes: Set<Character> = ["-", "–", "—"]

    /// `PLACE, OUTLET -`, `OUTLET, Place -` or `Place (OUTLET) -` at the start of a line.
    static func fromDateline(_ line: String) -> String? {
        // A line with no dash code point has no dash character: skip the character walk.
        guard line.unicodeScalars.contains(where: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }) else { return nil }
        guard let dash = line.prefix(60).firstIndex(where: { dashes.contains($0) }) else { return nil }
        let head = line[..<dash].trimmingWhitespace()
        guard !head.isEmpty, head.count <= 50 else { return nil }
        if let open = head.firstIndex(of: "("), head.hasSuffix(")") {
            let inside = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            return NewsOutlets.canonicalName(for: inside) ?? (looksLikeOutlet(inside) ? inside : nil)
        }
        let parts = head.split(separator: ",").map { String($0).trimmingWhitespace() }
        guard parts.count == 2 else { return nil }
        // Prefer the part that is a known outlet or looks like a web address; else a
        // two-word name in title case before a place (`Berita Baru, Minsk`).
        for part in parts {
            if let known = NewsOutlets.canonicalName(for: part) { return known }
        }
        for part in parts where isWebName(part) { return part }
        let first = parts[0]
        if first != first.uppercased(), looksLikeOutlet(first), parts[1].split(separator: " ").count <= 2 {
            return first
        }
        return nil
    }

    static func fromTitleSuffix(_ line: String) -> String? {
        guard let suffix = TitleSuffix(line)?.suffix else { return nil }
        return NewsOutlets.canonicalName(for: suffix) ?? (isWebName(suffix) ? suffix : nil)
    }

    static func knownName(in line: String) -> String? {
        let lower = line.lowercased()
        return NewsOutlets.spellings.keys.sorted().first { name in
            NewsOutlets.spellings[name]!.contains { $0.count > 5 && lower.contains($0) }
        }
    }

    static func isWebName(_ text: String) -> Bool {
        let lower = text.lowercased()
        return !lower.contains(" ") && [".com", ".co", ".id", ".net"].contains { lower.hasSuffix($0) || lower.contains($0 + ".") }
    }

    static func looksLikeOutlet(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }
}

/// What follows the last `|` of a line (`… | tempo.co`), trimmed, and what comes before it:
/// the title finder drops such a suffix, the outlet finder reads the outlet from it.
struct TitleSuffix {
    let head: Substring
    let suffix: String

    init?(_ line: String) {
        // No `|` byte, no `|` character: skip the character walk from the end.
        guard line.utf8.contains(UInt8(ascii: "|")) else { return nil }
        guard let bar = line.lastIndex(of: "|") else { return nil }
        head = line[..<bar]
        suffix = line[line.index(after: bar)...].trimmingWhitespace()
    }
}
