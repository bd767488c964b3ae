/// Who a speaker is across annotators, whose registries number speakers each their own way: the
/// speaker's name in the annotator's registry, folded as `PersonName` folds it (case, diacritics
/// and glued words aside), so `Sviatlana Tsikhanouskaya` in one store and `sviatlana
/// tsikhanouskaya` in another are one speaker. Aliases are not compared: two annotators who
/// give one person different names disagree.
public struct SpeakerIdentity: Sendable {
    private let keys: [String: String]

    public init(_ registry: SpeakerRegistry) {
        var keys: [String: String] = [:]
        for speaker in registry.speakers {
            keys[speaker.id] = Self.key(of: speaker.name)
        }
        self.keys = keys
    }

    /// Nil when the registry has no speaker `id`.
    public func key(of id: String) -> String? { keys[id] }

    /// A name's key: its folded words, or the name itself when it has no letters.
    public static func key(of name: String) -> String { PersonName(name)?.key ?? name }
}
