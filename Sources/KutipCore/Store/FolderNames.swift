import Foundation

/// The names in a folder, hidden ones left out, read with readdir: a store of 10,000 articles'
/// files is listed in milliseconds, where FileManager takes a large part of a second.
enum FolderNames {
    /// Empty when the folder cannot be read.
    static func visible(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }
}
