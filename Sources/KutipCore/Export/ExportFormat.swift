/// The formats `kutip export` writes (see `ExportOutput`).
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, jsonl, csv, w3c, brat, conll, doccano
    case labelStudio = "label-studio"

    /// brat is a folder of files; every other format is one file.
    public var isFolder: Bool { self == .brat }

    /// Whether writing needs the analyzer even for the annotator's tags alone (conll's tokens
    /// and sentences are kutip's own).
    public var needsAnalysis: Bool { self == .conll }
}
