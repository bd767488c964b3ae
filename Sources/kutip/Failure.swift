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

/// A command's failure as one message, for callers that show it their own way (the reader's
/// `:export` puts it in the status line).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}

/// The value of `body`, any error it throws turned into a `CommandFailure`.
func orFail<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as CommandFailure {
        throw failure
    } catch {
        throw CommandFailure(description: "\(error)")
    }
}
