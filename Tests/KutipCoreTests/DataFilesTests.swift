import Foundation
import Testing
@testable import KutipCore

@Suite struct DataFilesTests {
    @Test func findsTheRepositoryDataAboveTheExecutable() throws {
        let executable = repositoryRoot.appendingPathComponent(".build/debug/kutip").path
        let data = try DataFiles.locate(holding: "lexicon/words-id.txt", environment: [:], executable: executable)
        #expect(data.folder == repositoryRoot.appendingPathComponent("data").path)
        #expect(FileManager.default.fileExists(atPath: data.path("lexicon/words-id.txt")))
    }

    @Test func kutipDataWinsAndAMissingFileIsNamed() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("lexicon"), withIntermediateDirectories: true)
        try folder.write("lexicon/words-id.txt", "kata\n")
        let found = try DataFiles.locate(holding: "lexicon/words-id.txt", environment: ["KUTIP_DATA": folder.path], executable: "/nowhere/bin/kutip")
        #expect(found.folder == folder.path)
        #expect(throws: DataFiles.Missing.self) {
            try DataFiles.locate(holding: "models/none.bin", environment: ["KUTIP_DATA": folder.path], executable: "/nowhere/bin/kutip")
        }
        do {
            _ = try DataFiles.locate(holding: "models/none.bin", environment: [:], executable: "/nowhere/bin/kutip")
            Issue.record("a missing data file must throw")
        } catch {
            #expect(error.description.contains("models/none.bin"))
            #expect(error.description.contains("KUTIP_DATA"))
        }
    }
}
