/// A name from the scenario (an id, a variant name) as the stem of a file name.
///
/// File systems refuse names over 255 bytes, and the tool writes a temporary beside each
/// file with about 30 bytes more: a long id (the fuzzer tried 306 characters) made
/// `report` fail with "File name too long". Longer stems keep their first characters and
/// end in a hash of the whole name, so two long ids still get two files.
public enum FileNameStem {
    /// Bytes a stem may take before it is shortened.
    public static let maximumBytes = 120

    public static func of(_ name: String) -> String {
        guard name.utf8.count > maximumBytes else { return name }
        var kept = ""
        for character in name {
            guard kept.utf8.count + String(character).utf8.count <= maximumBytes - 17 else { break }
            kept.append(character)
        }
        // FNV-1a over the UTF-8 bytes: stable across runs and platforms (Hasher is seeded per process).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return kept + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
