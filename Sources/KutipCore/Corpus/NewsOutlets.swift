import Foundation

/// News outlets kutip recognises by name, with the spellings they appear under in datelines,
/// title suffixes and bylines: the gazetteer file data/gazetteer/outlets.tsv (`SPELLING<TAB>ORG<TAB>OUTLET`),
/// read once. Matching is case-insensitive.
public enum NewsOutlets {
    public static let file = "gazetteer/outlets.tsv"

    /// Each outlet's usual name and its lower-cased spellings, from the shipped outlets file (none
    /// when kutip's data folder cannot be found).
    static let spellings: [String: [String]] = {
        guard let data = try? DataFiles.locate(holding: file),
              let entries = try? Gazetteer.read(path: data.path(file)) else { return [:] }
        return table(entries)
    }()

    /// Outlet name → lower-cased spellings, from gazetteer entries (their canonical name is the outlet).
    static func table(_ entries: [Gazetteer.Entry]) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for entry in entries {
            let form = entry.name.lowercased()
            if !(table[entry.canonical]?.contains(form) ?? false) { table[entry.canonical, default: []].append(form) }
        }
        return table
    }

    private static let byLowercasedSpelling: [String: String] = {
        var table: [String: String] = [:]
        for (name, forms) in spellings.sorted(by: { $0.key < $1.key }) {
            for form in forms where table[form] == nil { table[form] = name }
            if table[name.lowercased()] == nil { table[name.lowercased()] = name }
        }
        return table
    }()

    /// The outlet's usual name for a spelling (`KOMPAS.com` → `Kompas.com`), or nil.
    public static func canonicalName(for spelling: String) -> String? {
        byLowercasedSpelling[spelling.trimmingWhitespace().lowercased()]
    }
}
