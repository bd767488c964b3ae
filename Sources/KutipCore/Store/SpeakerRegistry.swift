/// Everyone the annotator has tagged as a speaker, with the other names each goes by: the
/// content of `annotations/<annotator>/speakers.json`.
public struct SpeakerRegistry: Codable, Equatable, Sendable {
    public static let currentSchema = 1

    public struct Speaker: Codable, Equatable, Hashable, Sendable {
        /// Stable: tags refer to it; never reused.
        public var id: String
        public var name: String
        /// Other spellings that mean this speaker (`Lukahsneko`, `Lukashenko`).
        public var aliases: [String]
    }

    public var schema: Int
    /// In id order.
    public private(set) var speakers: [Speaker]

    public init(speakers: [Speaker] = []) {
        schema = Self.currentSchema
        self.speakers = speakers.sorted { $0.id < $1.id }
    }

    public func speaker(id: String) -> Speaker? { speakers.first { $0.id == id } }

    /// The speaker one of whose names is `name` (case, diacritics and glued words aside).
    public func speaker(named name: String) -> Speaker? {
        guard let key = PersonName(name)?.key else { return nil }
        return speakers.first { speaker in ([speaker.name] + speaker.aliases).contains { PersonName($0)?.key == key } }
    }

    /// The id of the speaker named `name`, adding a new speaker when nobody is.
    public mutating func speakerID(forName name: String) -> String {
        if let known = speaker(named: name) { return known.id }
        let next = (speakers.compactMap { Int($0.id.dropFirst(2)) }.max() ?? 0) + 1
        let id = "s-\(next)"
        speakers.append(Speaker(id: id, name: name, aliases: []))
        speakers.sort { $0.id < $1.id }
        return id
    }

    /// Records `alias` as another name of the speaker `id`.
    public mutating func add(alias: String, to id: String) {
        guard let index = speakers.firstIndex(where: { $0.id == id }),
              speakers[index].name != alias, !speakers[index].aliases.contains(alias) else { return }
        speakers[index].aliases.append(alias)
        speakers[index].aliases.sort()
    }
}
