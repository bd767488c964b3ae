// A test tool for the crash-safety test (KutipEndToEndTests/CrashSafetyTests): saves one
// article's tags and the speaker registry over and over through the real AnnotationStore, each
// save one tag and one speaker bigger than the last, and prints "saved N" once save N is on
// disk, as "saved TAGS SPEAKERS" (how many of each the files hold then). The test kills it with
// SIGKILL at random moments and checks what is left.
import Foundation
import KutipCore

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: kutip-save-loop STORE-FOLDER\n".utf8))
    exit(2)
}
let text = String(repeating: "“Kami siap bertempur,” kata Lukashenko di 明斯克. ", count: 400)
let article = Article(id: ArticleID("a"), source: "a.txt", text: text)
let store = try AnnotationStore(folder: arguments[1], annotator: "stress")
var annotations = try store.annotations(for: article)
var registry = try store.speakers()
/// A distinct name for each n (names compare by their letters, so not "Speaker 2").
func name(_ n: Int) -> String {
    var letters = "", k = n
    repeat {
        letters.append(Character(Unicode.Scalar(UInt8(97 + k % 26))))
        k /= 26
    } while k > 0
    return "Speaker " + letters.capitalized
}
var n = annotations.quotes.count
while true {
    n += 1
    let start = (n * 7) % (article.scalars.count - 20)
    annotations.quotes.append(QuoteTag(anchor: TextAnchor(start..<(start + 12), in: article.scalars), kind: .direct,
                                       speaker: registry.speakerID(forName: name(n))))
    try store.save(annotations)
    try store.save(registry)
    // Written straight to the descriptor: no buffer to lose at the kill.
    FileHandle.standardOutput.write(Data("saved \(annotations.quotes.count) \(registry.speakers.count)\n".utf8))
}
