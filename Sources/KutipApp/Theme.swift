import KutipCore
import KutipGrid

/// What colours the terminal can show, as kutip uses them.
public enum ColorMode: Sendable, Equatable {
    /// No colour: NO_COLOR is set or the terminal has none. Bold, underline, italic, dim and
    /// reverse carry the meaning.
    case none
    /// The eight ANSI colours.
    case basic
    /// 256 indexed colours.
    case extended
}

/// The styles of everything kutip draws, for one colour mode. Entity types, quotations,
/// page leftovers and the selection stay distinguishable in every mode.
public struct Theme: Sendable {
    public let mode: ColorMode

    public init(mode: ColorMode) { self.mode = mode }

    public func entity(_ type: EntityType) -> Style {
        switch (mode, type) {
        case (.none, .person): return Style(attributes: .bold)
        case (.none, .location): return Style(attributes: .underline)
        case (.none, .organisation): return Style(attributes: [.bold, .underline])
        case (.none, .miscellaneous): return Style(attributes: .italic)
        case (.basic, .person): return Style(foreground: .magenta, attributes: .bold)
        case (.basic, .location): return Style(foreground: .green)
        case (.basic, .organisation): return Style(foreground: .cyan)
        case (.basic, .miscellaneous): return Style(foreground: .yellow)
        case (.extended, .person): return Style(foreground: .indexed(213), attributes: .bold)
        case (.extended, .location): return Style(foreground: .indexed(114))
        case (.extended, .organisation): return Style(foreground: .indexed(81))
        case (.extended, .miscellaneous): return Style(foreground: .indexed(221))
        }
    }

    /// The words of a quotation.
    public var quote: Style {
        switch mode {
        case .none: return Style()
        case .basic: return Style(attributes: .italic)
        case .extended: return Style(background: .indexed(236), attributes: .italic)
        }
    }

    /// The bar in a column's gutter beside lines that hold a quotation.
    public var quoteGutter: Style {
        switch mode {
        case .none: return Style(attributes: .bold)
        case .basic: return Style(foreground: .blue, attributes: .bold)
        case .extended: return Style(foreground: .indexed(75), attributes: .bold)
        }
    }

    /// The line under a quotation that gives its kind and speaker.
    public var quoteLabel: Style {
        switch mode {
        case .none: return Style(attributes: .dim)
        case .basic: return Style(foreground: .blue)
        case .extended: return Style(foreground: .indexed(110))
        }
    }

    /// A quotation's label once the annotator has tagged it.
    public var taggedLabel: Style {
        switch mode {
        case .none: return Style(attributes: .bold)
        case .basic: return Style(foreground: .green, attributes: .bold)
        case .extended: return Style(foreground: .indexed(114), attributes: .bold)
        }
    }

    /// With `--compare`: the label of a quotation the annotators disagree on and the curator
    /// has not tagged yet.
    public var disagreementLabel: Style {
        switch mode {
        case .none: return Style(attributes: [.bold, .underline])
        case .basic: return Style(foreground: .red, attributes: .bold)
        case .extended: return Style(foreground: .indexed(209), attributes: .bold)
        }
    }

    /// The selected quotation or entity: reverse video in every mode.
    public var selection: Style { Style(attributes: .reverse) }

    /// Ads, bylines and other page leftovers.
    public var leftover: Style {
        switch mode {
        case .none, .basic: return Style(attributes: .dim)
        case .extended: return Style(foreground: .indexed(244), attributes: .dim)
        }
    }

    /// A match of the reader's text search.
    public var searchMatch: Style {
        switch mode {
        case .none: return Style(attributes: [.reverse, .underline])
        case .basic: return Style(foreground: .black, background: .yellow)
        case .extended: return Style(foreground: .black, background: .indexed(220))
        }
    }

    public var columnTitle: Style { Style(attributes: .bold) }
    public var focusedColumnTitle: Style {
        mode == .none ? Style(attributes: [.bold, .reverse]) : Style(foreground: .black, background: mode == .basic ? .cyan : .indexed(117), attributes: .bold)
    }
    public var separator: Style { mode == .none ? Style() : Style(foreground: mode == .basic ? .blue : .indexed(240)) }
    public var header: Style { Style(attributes: [.bold, .underline]) }
    public var cursorRow: Style { Style(attributes: .reverse) }
    public var problem: Style { mode == .none ? Style(attributes: .bold) : Style(foreground: .red, attributes: .bold) }
    public var statusBar: Style { Style(attributes: .reverse) }
    public var muted: Style { Style(attributes: .dim) }
    public var message: Style { mode == .none ? Style(attributes: .bold) : Style(foreground: .yellow, attributes: .bold) }
}
