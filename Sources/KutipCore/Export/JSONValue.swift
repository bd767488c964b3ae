/// A JSON value built in memory, for the export writers whose shapes nest deeply (`w3c`,
/// `label-studio`, `doccano`). Foundation's `JSONSerialization` took 20 s for 100,000 tags on
/// Linux (every value boxed into an NSDictionary or NSArray, every key bridged); this tree is
/// plain Swift values, and `JSONBytes.value` writes it in the same bytes `JSONSerialization`
/// wrote with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when indented).
///
/// An object literal's members are kept sorted by key; any other object's are sorted when written.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    /// Written as `JSONEncoder` writes a `Double` (`JSONBytes.double`).
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONValue
    }

    /// `value`, or `null` when it is nil.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// The members in the literal's order (no hashing: a literal's keys are few and distinct).
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var members = elements.map { Member(key: $0.0, value: $0.1) }
        // Sorted once here (a few keys: insertion sort), so that writing needs no sort.
        for i in members.indices.dropFirst() {
            var j = i
            while j > 0, members[j].key.utf8.lexicographicallyPrecedes(members[j - 1].key.utf8) {
                members.swapAt(j, j - 1)
                j -= 1
            }
        }
        self = .object(members)
    }
}

extension JSONValue {
    /// An object with `member` added (or replacing the member of that key).
    public func adding(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case var .object(members) = self else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            let place = members.firstIndex { !$0.key.utf8.lexicographicallyPrecedes(key.utf8) } ?? members.endIndex
            members.insert(Member(key: key, value: value), at: place)
        }
        return .object(members)
    }
}

extension JSONBytes {
    /// Writes `value` compactly (`indent` nil) or pretty-printed as `JSONSerialization` does:
    /// two spaces a level, `"key" : value`, and an empty array or object as `[`, an empty line,
    /// and `]` at the closing indent. `indent` is the level of the line the value starts on.
    public mutating func value(_ value: JSONValue, indent: Int? = nil) throws {
        switch value {
        case let .string(text): try string(text)
        case let .int(number): int(number)
        case let .number(number): try double(number)
        case let .bool(flag): flag ? raw("true") : raw("false")
        case .null: raw("null")
        case let .array(elements):
            byte("[")
            if let indent {
                newline()
                for (i, element) in elements.enumerated() {
                    if i > 0 { raw(",\n") }
                    spaces(indent + 1)
                    try self.value(element, indent: indent + 1)
                }
                newline()
                spaces(indent)
            } else {
                for (i, element) in elements.enumerated() {
                    if i > 0 { byte(",") }
                    try self.value(element)
                }
            }
            byte("]")
        case let .object(members):
            byte("{")
            let sorted = Self.inOrder(members) ? members : members.sorted { Self.precedes($0.key, $1.key) }
            if let indent {
                newline()
                for (i, member) in sorted.enumerated() {
                    if i > 0 { raw(",\n") }
                    spaces(indent + 1)
                    try string(member.key)
                    raw(" : ")
                    try self.value(member.value, indent: indent + 1)
                }
                newline()
                spaces(indent)
            } else {
                for (i, member) in sorted.enumerated() {
                    if i > 0 { byte(",") }
                    try string(member.key)
                    byte(":")
                    try self.value(member.value)
                }
            }
            byte("}")
        }
    }

    /// A pretty-printed array whose elements were written elsewhere (in parallel, each at
    /// `indent + 1`, without its leading spaces): the bytes `value(.array(elements), indent:)`
    /// writes.
    public mutating func prettyArray(ofWritten elements: [[UInt8]], indent: Int) {
        // Room for all of it at once: the exports join 100 MB this way, and growing the buffer
        // step by step copied it again and again.
        reserve(elements.reduce(0) { $0 + $1.count } + elements.count * (2 + 2 * (indent + 1)) + 2 * indent + 4)
        byte("[")
        newline()
        for (i, element) in elements.enumerated() {
            if i > 0 { raw(",\n") }
            spaces(indent + 1)
            append(element)
        }
        newline()
        spaces(indent)
        byte("]")
    }

    /// Keys in byte order, as `JSONSerialization`'s `.sortedKeys` puts the ASCII keys kutip writes.
    private static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    private static func inOrder(_ members: [JSONValue.Member]) -> Bool {
        members.indices.dropFirst().allSatisfy { precedes(members[$0 - 1].key, members[$0].key) }
    }

    private mutating func newline() { byte("\n") }

    private mutating func spaces(_ level: Int) {
        for _ in 0..<level { raw("  ") }
    }
}
