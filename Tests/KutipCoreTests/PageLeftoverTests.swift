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
    ])
    func leavesArticleTextAlone(line: String) {
        #expect(PageLeftover.kind(of: line) == nil)
    }
}
