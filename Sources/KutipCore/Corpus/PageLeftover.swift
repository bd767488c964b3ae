import Foundation

/// Lines that a scraper carried over from the web page around an article: ads, bylines,
/// subscription blurbs, "Baca juga" links, photo captions, share counters, section labels.
/// The reader dims them and the title finder skips them.
public enum PageLeftover {
    /// What kind of leftover a line is, or nil when it reads as article text.
    public enum Kind: String, Sendable { case advert, byline, subscription, readAlso, caption, counter, label, outletName }

    public static func kind(of rawLine: String) -> Kind? {
        let line = rawLine.trimmingWhitespace()
        if line.isEmpty { return nil }
        let lower = line.lowercased()
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })

        if lower.hasPrefix("baca juga") || lower.hasPrefix("lihat juga") || lower.hasPrefix("simak juga")
            || lower.hasPrefix("artikel terkait") { return .readAlso }
        if lower.contains("scroll to continue") || lower == "advertisement" || lower == "iklan"
            || lower.hasPrefix("advertisement ") || lower == "sponsored" { return .advert }
        for marker in bylineMarkers where lower.hasPrefix(marker) { return .byline }
        if lower.hasPrefix("(kisah ini") || lower.hasPrefix("(artikel ini") { return .byline }
        if line.contains("Foto/") || lower.hasPrefix("foto:") || lower.hasPrefix("(foto") || lower.hasSuffix("/istimewa")
            || lower.hasSuffix("(istimewa)") { return .caption }
        if words.count <= 25, subscriptionCues.contains(where: { lower.contains($0) }) { return .subscription }
        if words.count <= 3, NewsOutlets.canonicalName(for: line) != nil { return .outletName }
        if isCounterOrAdCode(line, words: words) { return .counter }
        if words.count <= 3, line == line.uppercased(), line.contains(where: { $0.isUppercase }), line.count >= 4,
           !line.hasSuffix(".") { return .label }
        return nil
    }

    private static let bylineMarkers = [
        "oleh:", "oleh ", "penulis:", "penulis :", "reporter:", "reporter :", "editor:", "editor :",
        "pewarta:", "pewarta :", "sumber:", "laporan wartawan", "by ", "written by", "kontributor:",
        "copyright", "©", "hak cipta",
    ]

    private static let subscriptionCues = [
        "mendaftarlah", "daftar sekarang", "berlangganan", "langganan", "newsletter", "subscribe",
        "kotak masuk", "email harian", "email gratis", "sign up", "unduh aplikasi", "download aplikasi",
        "ikuti kami", "follow us", "klik di sini", "google news",
    ]

    /// Ad codes and counters: one or two short "words" that are not prose: `keren989`, `- 0`,
    /// `in`, `12 Komentar`, `Bagikan`.
    private static func isCounterOrAdCode(_ line: String, words: [Substring]) -> Bool {
        if words.count > 2 { return false }
        let lower = line.lowercased()
        if ["bagikan", "share", "tweet", "komentar", "comments"].contains(where: { lower.hasSuffix($0) || lower.hasPrefix($0) }) {
            return true
        }
        let letters = line.filter { $0.isLetter }.count
        let digits = line.filter { $0.isNumber }.count
        if letters == 0 { return true }
        if words.count == 1, digits > 0, letters > 0 { return true }
        if line.count <= 3 { return true }
        return false
    }
}
