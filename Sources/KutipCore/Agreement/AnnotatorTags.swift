/// One annotator's tags on one article as agreement compares them: the quotations (tags marked
/// "not a quotation" or unplaced left out) with their speakers, and the entity tags (unplaced
/// ones left out), each in text order.
public struct AnnotatorTags: Equatable, Sendable {
    public struct Quotation: Hashable, Sendable {
        public var range: Range<Int>
        /// The speaker as compared across annotators (`SpeakerIdentity`); nil when none is tagged.
        public var speaker: String?

        public init(range: Range<Int>, speaker: String?) {
            self.range = range
            self.speaker = speaker
        }
    }

    public struct Entity: Hashable, Sendable {
        public var range: Range<Int>
        /// Nil: "not an entity".
        public var type: EntityType?

        public init(range: Range<Int>, type: EntityType?) {
            self.range = range
            self.type = type
        }

        public var label: String { EntityAgreement.labels[labelIndex] }

        /// The index of `label` in `EntityAgreement.labels`.
        var labelIndex: Int {
            switch type {
            case .person?: 0
            case .location?: 1
            case .organisation?: 2
            case .miscellaneous?: 3
            case nil: 4
            }
        }
    }

    public var quotations: [Quotation]
    public var entities: [Entity]

    public init(quotations: [Quotation] = [], entities: [Entity] = []) {
        self.quotations = quotations.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        // One tag per span: the store keeps one, and a hand-edited file is read as the first
        // (the sort keeps equal spans in their order).
        var sorted = entities.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index].range != sorted[kept - 1].range {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        self.entities = sorted
    }

    /// The tags of a store file, speakers named through `speakers`. `unknownSpeakers` collects
    /// the ids the registry does not have (their quotations count as having no speaker).
    public init(_ annotations: ArticleAnnotations, speakers: SpeakerIdentity, unknownSpeakers: inout Set<String>) {
        var quotations: [Quotation] = []
        for tag in annotations.quotes where !tag.notAQuotation && !tag.unplaced {
            var speaker: String?
            if let id = tag.speaker {
                speaker = speakers.key(of: id)
                if speaker == nil { unknownSpeakers.insert(id) }
            }
            quotations.append(Quotation(range: tag.range, speaker: speaker))
        }
        let entities = annotations.entities.filter { !$0.unplaced }.map { Entity(range: $0.range, type: $0.type) }
        self.init(quotations: quotations, entities: entities)
    }
}
