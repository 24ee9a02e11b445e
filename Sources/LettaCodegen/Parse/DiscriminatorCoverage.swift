/// What a discriminated union's members stand for, as validation and translation both need it.
extension SpecDocument {
    /// The named schema a mapping entry points at: a pointer, or a bare schema name (OpenAPI allows both).
    func mappingTarget(_ entry: Discriminator.MappingEntry) -> NamedSchema? {
        entry.isPointer ? resolve(entry.reference) : schema(named: entry.reference.target)
    }

    /// The members of `schema` when it is a union (`oneOf`/`anyOf`, through `$ref` chains), `null` members left out.
    func unionMembers(of schema: Schema) -> [Schema]? {
        guard let target = dereference(schema), let members = target.oneOf ?? target.anyOf else { return nil }
        return members.filter { !$0.isNullOnly }
    }

    /// Keys of the named schemas a union member stands for: the one it references and, for a member that is itself
    /// a union, its members' (recursively), so a mapping to any of them selects this member.
    func discriminatorCoverage(of member: Schema) -> Set<SchemaKey> {
        // Nearly every member is a `$ref` to an object: it stands for that schema alone.
        if let reference = member.reference, member.isReferenceOnly, let target = resolve(reference),
            target.schema.oneOf == nil, target.schema.anyOf == nil,
            !(target.schema.reference != nil && target.schema.isReferenceOnly)
        {
            return [target.key]
        }
        var keys = Set<SchemaKey>()
        var visited = Set<ObjectIdentifier>()
        cover(member, into: &keys, visited: &visited)
        return keys
    }

    private func cover(_ member: Schema, into keys: inout Set<SchemaKey>, visited: inout Set<ObjectIdentifier>) {
        guard visited.insert(ObjectIdentifier(member)).inserted else { return }
        if let reference = member.reference, let target = resolve(reference) {
            keys.insert(target.key)
        }
        for inner in unionMembers(of: member) ?? [] { cover(inner, into: &keys, visited: &visited) }
    }
}
