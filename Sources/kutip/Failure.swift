import ArgumentParser
import Foundation

/// The value of `body`, or, when it throws, the error on standard error as one `kutip: …` line
/// and exit code 1: how every subcommand reports bad input.
func valueOrExit<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        FileHandle.standardError.write(Data("kutip: \(error)\n".utf8))
        throw ExitCode.failure
    }
}
