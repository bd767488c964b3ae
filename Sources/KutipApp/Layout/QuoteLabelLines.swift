import KutipCore

/// Places each quotation's label line (kind and speaker) right after the screen line where the
/// quotation ends, where news puts the attribution (`“…,” kata Lukashenko.`).
enum QuoteLabelLines {
    /// `lines` with a label line after the line holding each quotation's last code point, in
    /// the quotations' order when several end on one line. Linear in lines plus quotations.
    static func inserting(labelsOf quotes: [Range<Int>], into lines: [VisualLine]) -> [VisualLine] {
        guard !quotes.isEmpty else { return lines }
        let order = quotes.indices.sorted { (quotes[$0].upperBound, $0) < (quotes[$1].upperBound, $1) }
        var result: [VisualLine] = []
        result.reserveCapacity(lines.count + quotes.count)
        // The last text line takes every quotation left, so that none is lost.
        let lastText = lines.lastIndex { !$0.isBlank }
        var next = 0
        for (index, line) in lines.enumerated() {
            result.append(line)
            guard !line.isBlank else { continue }
            while next < order.count, quotes[order[next]].upperBound <= line.end || index == lastText {
                result.append(VisualLine(start: line.end, end: line.end, label: order[next]))
                next += 1
            }
        }
        return result
    }
}
