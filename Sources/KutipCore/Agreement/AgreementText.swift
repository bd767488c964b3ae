import Foundation
import Synchronization

/// `kutip agree`'s text report, for a terminal: the figures over all articles first, then a
/// short block per article. Undefined figures are written out with their reason, never as NaN.
///
///     Overall (2 articles; ana, budi)
///       quotations   ana 5, budi 4
///       ana–budi     matched 4, only ana 1, only budi 0; speakers κ 0.600 (4 compared, 3 same)
///                    entities: PER F1 1.000 (ana 2, budi 2, both 2); types κ 1.000 (2 same span)
///       speakers     α 0.640 (nominal; 4 quotations with 2 or more speakers, 8 speakers)
public enum AgreementText {
    public static func render(_ report: AgreementReport) -> String {
        var out = ""
        let names = report.annotators
        let count = report.articles.count
        out += "Overall (\(count) article\(count == 1 ? "" : "s") tagged; \(names.joined(separator: ", ")))\n"
        let layout = Layout(names: names)
        out += block(report.overall, layout: layout, indent: "  ")
        if !report.articles.isEmpty { out += "\nArticles\n" }
        // Articles in chunks on all cores, joined in order.
        let articles = report.articles, chunk = 256
        let chunks = (articles.count + chunk - 1) / chunk
        let parts = Mutex([String](repeating: "", count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var part = ""
            for article in articles[(c * chunk)..<min(articles.count, (c + 1) * chunk)] {
                part += "  \(article.article)\n"
                part += block(article.figures, layout: layout, indent: "    ")
            }
            parts.withLock { $0[c] = part }
        }
        for part in parts.withLock({ $0 }) { out += part }
        return out
    }

    /// What every block shares: the names, and the labels padded to one width.
    struct Layout: Sendable {
        let names: [String]
        let width: Int
        let continuation: String

        init(names: [String]) {
            self.names = names
            width = max(12, names.indices.flatMap { i in (i + 1..<names.count).map { pairName(names[i], names[$0]).count } }.max() ?? 0) + 1
            continuation = String(repeating: " ", count: width)
        }

        func padded(_ label: String) -> String { label + String(repeating: " ", count: max(1, width - label.count)) }
    }

    static func block(_ figures: AgreementFigures, layout: Layout, indent: String) -> String {
        let names = layout.names
        func line(_ label: String, _ text: String) -> String { indent + layout.padded(label) + text + "\n" }
        let continuation = layout.continuation
        var out = line("quotations", zip(names, figures.quotations).map { "\($0) \($1)" }.joined(separator: ", "))
        for pair in figures.pairs {
            let a = names[pair.first], b = names[pair.second]
            let kappa = pair.speakers
            out += line(pairName(a, b), "matched \(pair.matched), only \(a) \(pair.onlyFirst), only \(b) \(pair.onlySecond); "
                        + "speakers κ \(describe(kappa.value))" + (kappa.compared == 0 ? "" : " (\(kappa.compared) compared, \(kappa.agreed) same)"))
            if !pair.entities.isEmpty {
                let labels = EntityAgreement.labels.indices.compactMap { index -> String? in
                    let counts = pair.entities.byLabel[index]
                    guard counts.first + counts.second > 0 else { return nil }
                    return "\(EntityAgreement.labels[index]) F1 \(counts.f1.map(formatted) ?? "undefined") (\(a) \(counts.first), \(b) \(counts.second), both \(counts.both))"
                }
                let types = pair.entities.types
                let items = labels + ["types κ \(describe(types.value))" + (types.compared == 0 ? "" : " (\(types.compared) same span)")]
                out += wrapped(items, first: indent + continuation + "entities: ", next: indent + continuation + "          ")
            }
        }
        let alpha = figures.speakers
        out += line("speakers", "α \(describe(alpha.value))" + (alpha.units == 0 ? "" : " (nominal; \(alpha.units) quotation\(alpha.units == 1 ? "" : "s") "
                    + "with 2 or more speakers, \(alpha.pairable) speakers)"))
        return out
    }

    static func pairName(_ a: String, _ b: String) -> String { "\(a)–\(b)" }

    /// Items joined by "; ", a new line (starting `next`) before one that would pass column 100.
    static func wrapped(_ items: [String], first: String, next: String) -> String {
        var out = "", line = first, length = first.unicodeScalars.count, fresh = true
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? ";" : "")
            let size = piece.unicodeScalars.count
            if !fresh, length + 1 + size > 100 {
                out += line + "\n"
                line = next
                length = next.unicodeScalars.count
                fresh = true
            }
            if !fresh {
                line += " "
                length += 1
            }
            line += piece
            length += size
            fresh = false
        }
        return out + line + "\n"
    }

    static func describe(_ value: AgreementValue) -> String {
        switch value {
        case let .value(number): formatted(number)
        case let .undefined(reason): "undefined (\(reason.rawValue))"
        }
    }

    /// Three decimals (String(format:) costs more than the rest of a block).
    static func formatted(_ value: Double) -> String {
        let thousandths = Int((value.magnitude * 1000).rounded())
        let fraction = thousandths % 1000
        return (value < 0 && thousandths > 0 ? "-" : "") + String(thousandths / 1000) + "."
            + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + String(fraction)
    }
}
