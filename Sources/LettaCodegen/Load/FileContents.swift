#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file into one byte array with `open(2)` and `read(2)`: the loader parses straight from it, with no
/// `Data` in between to copy from.
enum FileContents {
    enum Failure: Error, Equatable {
        /// Nothing this user can reach is at the path.
        case noSuchFile
        /// Something is there but cannot be read: a directory, no permission.
        case unreadable
    }

    static func bytes(atPath path: String) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            // What `stat` cannot reach (a missing file, a directory on the way that cannot be searched) is not there
            // as far as this user can tell; what it reaches but `open` refuses is unreadable.
            var status = stat()
            return .failure(stat(path, &status) == 0 ? .unreadable : .noSuchFile)
        }
        defer { close(descriptor) }
        var status = stat()
        // The size is a first guess; the loop reads to the end whatever it is (files that grow, special files).
        var capacity = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) + 1 : 4096
        var contents: [UInt8] = []
        while true {
            var failed = false
            var reachedEnd = false
            let start = contents.count
            contents.append(contentsOf: repeatElement(0, count: capacity - start))
            let filled = contents.withUnsafeMutableBufferPointer { buffer -> Int in
                var offset = start
                while offset < buffer.count, let base = buffer.baseAddress {
                    let count = read(descriptor, base + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if count == 0 {
                        reachedEnd = true
                        break
                    }
                    offset += count
                }
                return offset
            }
            contents.removeLast(contents.count - filled)
            if failed { return .failure(.unreadable) }
            if reachedEnd { return .success(contents) }
            capacity *= 2
        }
    }
}
