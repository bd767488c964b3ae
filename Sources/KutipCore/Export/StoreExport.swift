/// The `json` export: the store's own files, for one annotator or several, each article's tags
/// as `ArticleAnnotations` and, with `--include auto|all`, analysis's spans beside them.
public struct StoreExport: Codable, Equatable, Sendable {
    public static let currentSchema = 1

    public struct Annotator: Codable, Equatable, Sendable {
        public var annotator: String
        public var speakers: SpeakerRegistry
        public var articles: [ArticleEntry]
        public init(annotator: String, speakers: SpeakerRegistry, articles: [ArticleEntry]) {
            self.annotator = annotator
            self.speakers = speakers
            self.articles = articles
        }
    }

    public struct ArticleEntry: Codable, Equatable, Sendable {
        public var path: String
        public var id: String
        public var tags: ArticleAnnotations
        /// What analysis finds in the article (`--include auto` or `all`).
        public var analysis: ExportedArticle?
        public init(path: String, id: String, tags: ArticleAnnotations, analysis: ExportedArticle?) {
            self.path = path
            self.id = id
            self.tags = tags
            self.analysis = analysis
        }
    }

    public var schema = Self.currentSchema
    public var annotators: [Annotator]

    public init(annotators: [Annotator]) { self.annotators = annotators }
}
