/// What `kutip export` writes for a selection, in each format: the bytes of a one-file format,
/// or brat's files. The command line and the reader's `:export` write these; the benchmark
/// measures them.
public enum ExportOutput {
    /// One file's bytes. `analyzer` is needed for conll (tokens and sentences); brat is
    /// `bratFiles`.
    public static func bytes(_ format: ExportFormat, of selection: ExportSelection, analyzer: StandardAnalyzer?) throws -> [UInt8] {
        switch format {
        case .json:
            return try StoreExport(annotators: selection.stores).prettyJSON()
        case .jsonl:
            return try ExportJSONLines.lines(selection.exported)
        case .csv:
            return QuotationTable.csv(selection.exported)
        case .w3c:
            return try WebAnnotations.page(withArticles(selection))
        case .labelStudio:
            return try LabelStudioTasks.tasks(withArticles(selection))
        case .doccano:
            return try DoccanoLines.lines(withArticles(selection))
        case .conll:
            guard let analyzer else { return [] }
            return withArticles(selection).map { ArticleToExport(exported: $0.exported, article: $0.article) }.parallelMap { pair in
                let (tokens, sentences) = analyzer.tokensAndSentences(of: pair.article)
                return Array(EntityColumns.document(pair.exported, scalars: pair.article.scalars, tokens: tokens, sentences: sentences).utf8)
            }.flatMap { $0 }
        case .brat:
            preconditionFailure("brat is several files: ExportOutput.bratFiles")
        }
    }

    /// brat's files: a .txt/.ann pair per article (`<id>.<annotator>` when several annotators
    /// are exported), the .ann empty when there is nothing to show (brat wants one beside each
    /// .txt), and annotation.conf.
    public static func bratFiles(of selection: ExportSelection) -> [(name: String, bytes: [UInt8])] {
        let several = Set(selection.exported.compactMap(\.annotator)).count > 1
        var files: [(name: String, bytes: [UInt8])] = []
        for (exported, article) in withArticles(selection) {
            let name = several ? "\(exported.id).\(exported.annotator ?? "auto")" : exported.id
            files.append((name + ".txt", Array(article.text.utf8)))
            files.append((name + ".ann", Array(BratStandoff.annotations(exported, article: article).utf8)))
        }
        files.append(("annotation.conf", Array(BratStandoff.configuration.utf8)))
        return files
    }

    /// Each exported article with the article it is of, in the export's order.
    private static func withArticles(_ selection: ExportSelection) -> [(exported: ExportedArticle, article: Article)] {
        var byID: [String: Article] = [:]
        for item in selection.items where byID[item.article.id.rawValue] == nil { byID[item.article.id.rawValue] = item.article }
        return selection.exported.compactMap { exported in byID[exported.id].map { (exported, $0) } }
    }
}
