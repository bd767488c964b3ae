import CCurses
import KutipGrid

/// Gives each foreground/background combination an ncurses colour pair, made when first used.
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [:]
    private let available: Int
    let colors: Int

    struct PairKey: Hashable {
        let foreground: Color
        let background: Color
    }

    init(enabled: Bool) {
        colors = enabled ? Int(kutip_colors()) : 0
        available = enabled ? min(Int(kutip_color_pairs()), Int(Int16.max)) : 0
    }

    mutating func pair(for style: Style) -> Int16 {
        guard available > 1, style.foreground != .standard || style.background != .standard else { return 0 }
        let key = PairKey(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        guard pairs.count + 1 < available else { return 0 }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, number(style.foreground), number(style.background))
        pairs[key] = pair
        return pair
    }

    /// The ncurses colour number; -1 is the terminal's default (use_default_colors).
    private func number(_ color: Color) -> Int16 {
        switch color {
        case .standard: return -1
        case let .ansi(n): return Int16(n % 8)
        case let .indexed(n): return colors >= 256 ? Int16(n) : Int16(n % 8)
        }
    }
}
