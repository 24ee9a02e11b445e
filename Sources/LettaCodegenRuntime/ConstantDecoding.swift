/// `const` properties (discriminators) in generated `init(from:)`: absent is the default and accepted; a legacy
/// alias the spec maps to this type is accepted; any other value is an error naming the key.
extension KeyedDecodingContainer {
    public func decodeConstant(_ expected: String, acceptedAliases: [String], forKey key: Key) throws {
        guard let value = try decodeIfPresent(String.self, forKey: key) else { return }
        guard value == expected || acceptedAliases.contains(value) else {
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: self,
                debugDescription: "Expected \"\(expected)\", found \"\(value)\""
            )
        }
    }
}
