/// News outlets kutip recognises by name, with the spellings they appear under in datelines,
/// title suffixes and bylines. Matching is case-insensitive.
public enum NewsOutlets {
    static let spellings: [String: [String]] = [
        "Kompas.com": ["kompas.com", "kompas", "kompas.id"],
        "Detik.com": ["detik.com", "detikcom", "detik", "detiknews", "detikfinance"],
        "Tempo.co": ["tempo.co", "tempo", "tempo.co.id"],
        "Antara": ["antara", "antara news", "antaranews", "antaranews.com"],
        "Republika": ["republika", "republika.co.id", "ihram.co.id"],
        "CNN Indonesia": ["cnn indonesia", "cnnindonesia.com", "cnnindonesia"],
        "KapanLagi.com": ["kapanlagi.com", "kapanlagi"],
        "Liputan6.com": ["liputan6.com", "liputan6"],
        "Okezone": ["okezone", "okezone.com"],
        "SINDOnews": ["sindonews", "sindonews.com"],
        "Tribunnews": ["tribunnews", "tribunnews.com"],
        "Berita Baru": ["berita baru", "beritabaru.co"],
        "IBTimes": ["ibtimes", "ibtimes us", "international business times"],
        "Kumparan": ["kumparan", "kumparan.com"],
        "Suara.com": ["suara.com"],
        "Merdeka.com": ["merdeka.com"],
        "Tirto.id": ["tirto.id", "tirto"],
        "Katadata": ["katadata", "katadata.co.id"],
        "Bisnis.com": ["bisnis.com"],
        "Kontan": ["kontan", "kontan.co.id"],
        "VOA Indonesia": ["voa indonesia", "voaindonesia.com"],
        "BBC Indonesia": ["bbc indonesia", "bbc news indonesia"],
        "Jawa Pos": ["jawa pos", "jawapos.com", "jawapos"],
        "Media Indonesia": ["media indonesia", "mediaindonesia.com"],
        "VIVA": ["viva.co.id", "viva"],
        "iNews": ["inews", "inews.id"],
        "The Jakarta Post": ["the jakarta post", "thejakartapost.com"],
        "Berita Teratas": ["berita teratas"],
    ]

    private static let byLowercasedSpelling: [String: String] = {
        var table: [String: String] = [:]
        for (name, forms) in spellings {
            for form in forms { table[form] = name }
            table[name.lowercased()] = name
        }
        return table
    }()

    /// The outlet's usual name for a spelling (`KOMPAS.com` → `Kompas.com`), or nil.
    public static func canonicalName(for spelling: String) -> String? {
        byLowercasedSpelling[spelling.trimmingWhitespace().lowercased()]
    }
}
