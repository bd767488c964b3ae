import Testing
@testable import KutipCore

@Suite struct PageLeftoverTests {
    @Test(arguments: [
        ("keren989", PageLeftover.Kind.counter),
        ("- 0", .counter),
        ("in", .counter),
        ("Baca juga: Putin tiba di Minsk", .readAlso),
        ("SCROLL TO CONTINUE WITH CONTENT", .advert),
        ("Mendaftarlah untuk menerima email harian Inside Washington untuk mendapatkan liputan", .subscription),
        ("Latihan perang Rusia memicu protes dari Armenia. Foto/Ilustrasi/Istimewa", .caption),
        ("Penulis: Rina", .byline),
        ("© 2024 Kompas.com", .byline),
        ("Dapatkan email Inside Washington gratis kami", .subscription),
        ("POIN UTAMA", .label),
        ("IBTimes US", .outletName),
    ])
    func recognisesLeftovers(line: String, kind: PageLeftover.Kind) {
        #expect(PageLeftover.kind(of: line) == kind)
    }

    @Test(arguments: [
        "Presiden Rusia Vladimir Putin bertemu Lukashenko.",
        "Jika Diperlukan, Rusia Akan Kerahkan Bantuan Militer ke Belarus",
        "“Saya siap,” kata Lukashenko.",
        "Ia menolak.",
        // A whole article the scraper ran into one line with its ad cues.
        "Hegseth memperingatkan bahwa China bersiap. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT “Ancaman yang ditimbulkan China nyata,” kata Hegseth di Dialog Shangri-La.",
    ])
    func leavesArticleTextAlone(line: String) {
        #expect(PageLeftover.kind(of: line) == nil)
    }

    /// An article's leftovers are found on its own UTF-8, its lines split on the bytes: the same
    /// lines as line by line on the code points, with CRLF, lone CRs, blank lines, no-break and
    /// other wide spaces at the ends, multi-byte text and no final line break.
    @Test func leftoversOnTheArticlesBytesAreTheLineByLineLeftovers() {
        let pieces = ["keren989", "\u{A0}- 0\u{A0}", "Baca juga: Putin tiba", "“Saya siap,” kata Lukashenko.", "明斯克 Foto/Antara",
                      "\u{2003}Penulis: Rina ", "IBTimes US", "POIN UTAMA", "", "  ", "© 2024 Kompas.com", "Ia menolak, 😀 katanya.",
                      "SCROLL TO CONTINUE", "Mendaftarlah untuk menerima email harian"]
        let breaks = ["\n", "\r\n", "\r", "\n\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 0...8, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! + breaks.randomElement(using: &generator)! }.joined()
                + (Bool.random(using: &generator) ? pieces.randomElement(using: &generator)! : "")
            let article = Article(id: ArticleID("t"), source: "t.txt", text: text)
            #expect(FirstPassAnalyzer.leftovers(in: article) == FirstPassAnalyzer.leftovers(in: article.scalars), "\(text.debugDescription)")
        }
    }

    /// The cue search jumps between occurrences of the cue's first byte: a cue at the very start
    /// or end, after a false start that shares its first bytes, or longer than the line.
    @Test(arguments: [
        ("scroll to continue", "scroll to continue", true),
        ("… lalu SCROLL TO CONTINUE", "scroll to continue", true),
        ("sscroll tscroll to continue with content", "scroll to continue", true),
        ("scroll to continu", "scroll to continue", false),
        ("scroll tu continue, scroll to contine", "scroll to continue", false),
        ("", "iklan", false),
        ("ik", "iklan", false),
        ("Gedung Sate, Bandung. Foto/Antara", "Foto/", true),
        ("foto/antara", "Foto/", false),
        ("Gedung Sate ©", "©", true),
        ("© 2024 Kompas", "©", true),
    ] as [(String, StaticString, Bool)])
    func findsCuesAnywhereInALine(line: String, cue: StaticString, found: Bool) {
        let probe = LineProbe(line)
        if cue.description == cue.description.lowercased() {
            #expect(probe.contains(Array(cue.description.utf8)) == found)
            #expect(probe.contains(cue) == found)
        } else {
            #expect(probe.containsExactly(cue) == found)
        }
    }
}
