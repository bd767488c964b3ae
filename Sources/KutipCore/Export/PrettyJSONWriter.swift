/// Pretty-printed JSON written as it goes, in the bytes `JSONBytes.value(_:indent:)` (and so
/// `JSONSerialization` with `.sortedKeys` and `.prettyPrinted`) writes, for the exports that
/// write the most (`w3c`, `label-studio`): no tree of values is built first. The caller gives
/// each object's keys in sorted order, calls `key` before a member's value and `item` before an
/// array's element; tests hold `WebAnnotations` and `LabelStudioTasks` to the bytes of their
/// `JSONValue` trees.
struct PrettyJSONWriter {
    var json = JSONBytes()
    /// The nesting level of what is written next.
    private var level: Int
    /// Per open object or array: whether it has a member yet.
    private var filled: [Bool] = []

    /// A writer whose first value starts on a line at `level`.
    init(level: Int) { self.level = level }

    mutating func take() -> [UInt8] { json.take() }

    mutating func beginObject() { open("{") }
    mutating func beginArray() { open("[") }
    mutating func endObject() { close("}") }
    mutating func endArray() { close("]") }

    /// Before a member's value: its key (in sorted order among its object's keys).
    mutating func key(_ name: StaticString) {
        next()
        json.byte("\"")
        json.raw(name)
        json.raw("\" : ")
    }

    /// Before an array's element.
    mutating func item() { next() }

    mutating func string(_ text: String) throws { try json.string(text) }

    /// A string known to need no escaping (kutip's own names), quoted as it is.
    mutating func plain(_ text: StaticString) {
        json.byte("\"")
        json.raw(text)
        json.byte("\"")
    }
    mutating func int(_ value: Int) { json.int(value) }

    /// `key` and a string value.
    mutating func member(_ name: StaticString, _ text: String) throws {
        key(name)
        try json.string(text)
    }

    /// `key` and a number.
    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        json.int(value)
    }

    private mutating func open(_ bracket: Unicode.Scalar) {
        json.byte(bracket)
        filled.append(false)
        level += 1
    }

    private mutating func next() {
        if filled[filled.count - 1] { json.raw(",\n") } else { json.byte("\n"); filled[filled.count - 1] = true }
        indent()
    }

    private mutating func close(_ bracket: Unicode.Scalar) {
        level -= 1
        if !filled.removeLast() { json.byte("\n") }
        json.byte("\n")
        indent()
        json.byte(bracket)
    }

    private mutating func indent() {
        for _ in 0..<level { json.raw("  ") }
    }
}
