/// The client's half of `diff`: operations matched by `operationId` (else method and path), then where each is
/// reached, how it is called, what it sends and what it answers.
///
/// Source-breaking: code calling the old method stops compiling (moved, renamed, a parameter added without a
/// default or removed, a type changed). Wire-breaking: the old client's request is no longer what the server
/// expects, or the server's answer no longer what the old client reads (the method or path changed, a parameter
/// became required or moved elsewhere in the request, the body or the result changed kind or type).
extension DiffSession {
    /// An operation with where the client reaches it.
    struct PlacedOperation {
        /// `conversations.messages.list`, from the client.
        var callPath: String
        /// The type declaring the method (`ConversationsMessagesResource`, or the client's).
        var ownerType: String
        var operation: OperationDeclaration
    }

    static func placedOperations(_ client: ClientDeclaration?) -> [PlacedOperation] {
        guard let client else { return [] }
        var placed: [PlacedOperation] = []
        func walk(_ resource: ResourceDeclaration, path: [String], owner: String) {
            for operation in resource.operations {
                placed.append(
                    PlacedOperation(
                        callPath: (path + [operation.name.plain]).joined(separator: "."), ownerType: owner, operation: operation))
            }
            for child in resource.children { walk(child, path: path + [child.property.plain], owner: child.typeName) }
        }
        walk(client.root, path: [], owner: client.name)
        return placed
    }

    mutating func compareClients() {
        let before = Self.placedOperations(old.client)
        let after = Self.placedOperations(new.client)
        let previous = Dictionary(before.map { ($0.operation.operationID, $0) }, uniquingKeysWith: { first, _ in first })
        let currentIDs = Set(after.map(\.operation.operationID))
        for current in after {
            let operation = current.operation
            guard let earlier = previous[operation.operationID] else {
                let place = operationPlace(current, old: nil)
                record(
                    place, .additive,
                    "operation \(current.callPath) added (\(operation.method.uppercased()) \(Self.pathText(operation)))")
                continue
            }
            compareOperation(earlier, current, at: operationPlace(current, old: earlier))
        }
        for earlier in before where !currentIDs.contains(earlier.operation.operationID) {
            let place = operationPlace(earlier, old: earlier, removed: true)
            record(
                place, .sourceBreaking,
                "operation \(earlier.callPath) removed (\(earlier.operation.method.uppercased()) \(Self.pathText(earlier.operation)))")
        }
    }

    private func operationPlace(_ current: PlacedOperation, old earlier: PlacedOperation?, removed: Bool = false) -> Place {
        let oldLocation = earlier?.operation.location ?? old.document.pathsLocation
        let newLocation = removed ? new.document.pathsLocation : current.operation.location
        return Place(path: [current.ownerType], schemaName: "", oldLocation: oldLocation, newLocation: newLocation)
    }

    /// The path with `{name}` for each parameter, as the spec writes it.
    static func pathText(_ operation: OperationDeclaration) -> String {
        operation.path.map { part in
            switch part {
            case .literal(let text): text
            case .parameter(let index): "{" + operation.parameters[index].wireName + "}"
            }
        }.joined()
    }

    private mutating func compareOperation(_ before: PlacedOperation, _ after: PlacedOperation, at place: Place) {
        let name = "operation \(after.callPath)"
        if before.callPath != after.callPath {
            record(place, .sourceBreaking, "\(name) moved from \(before.callPath)")
        }
        let oldRequest = "\(before.operation.method.uppercased()) \(Self.pathText(before.operation))"
        let newRequest = "\(after.operation.method.uppercased()) \(Self.pathText(after.operation))"
        if oldRequest != newRequest {
            record(place, .wireBreaking, "\(name) now sends \(newRequest) (was \(oldRequest))")
        }
        compareDeprecation(before.operation.deprecation, after.operation.deprecation, what: name, at: place)
        compareParameters(before.operation, after.operation, name: name, at: place)
        compareBodies(before.operation.body, after.operation.body, name: name, at: place)
        compareResults(before.operation.result, after.operation.result, name: name, at: place)
    }

    /// Parameters are matched by where they go and their wire name.
    private mutating func compareParameters(
        _ before: OperationDeclaration, _ after: OperationDeclaration, name: String, at place: Place
    ) {
        func key(_ parameter: OperationParameterDeclaration) -> String {
            switch parameter.place {
            case .path, .query, .header: "request:" + parameter.wireName.lowercased()
            case .bodyProperty, .part, .body: "body:" + parameter.wireName
            }
        }
        let previous = Dictionary(before.parameters.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let currentKeys = Set(after.parameters.map(key))
        for parameter in after.parameters {
            let label = "\(name) \(Self.placeText(parameter.place)) '\(parameter.wireName)'"
            guard let earlier = previous[key(parameter)] else {
                let impact: APIChange.Impact = parameter.type.isOptional ? .additive : [.sourceBreaking, .wireBreaking]
                record(
                    place, impact, "\(label) added: \(parameter.label.plain): \(parameter.type.sourceText)", old: place.oldLocation,
                    new: parameter.location)
                continue
            }
            if earlier.label.plain != parameter.label.plain {
                record(
                    place, .sourceBreaking, "\(label) renamed in Swift from \(earlier.label.plain) to \(parameter.label.plain)",
                    old: earlier.location, new: parameter.location)
            }
            if Self.placeText(earlier.place) != Self.placeText(parameter.place) {
                record(
                    place, .wireBreaking,
                    "\(label) moved from the \(Self.placeText(earlier.place)) to the \(Self.placeText(parameter.place))",
                    old: earlier.location, new: parameter.location)
            }
            if let change = typeChange(earlier.type, parameter.type) {
                // A parameter that became optional still takes every value it took: callers compile unchanged.
                let relaxed = change.text.hasPrefix("became optional")
                record(
                    place, relaxed ? .additive : change.impact, "\(label) \(change.text)", old: earlier.location, new: parameter.location)
            }
            compareDeprecation(
                earlier.deprecation, parameter.deprecation, what: label, at: place, old: earlier.location, new: parameter.location)
        }
        for earlier in before.parameters where !currentKeys.contains(key(earlier)) {
            let impact: APIChange.Impact = earlier.type.isOptional ? .sourceBreaking : [.sourceBreaking, .wireBreaking]
            record(
                place, impact,
                "\(name) \(Self.placeText(earlier.place)) '\(earlier.wireName)' removed (was \(earlier.label.plain): \(earlier.type.sourceText))",
                old: earlier.location, new: place.newLocation)
        }
        // Arguments are passed in declaration order: a call naming two parameters whose order changed no longer compiles.
        let oldOrder = before.parameters.map(\.label.plain)
        let newOrder = after.parameters.map(\.label.plain)
        let common = Set(oldOrder).intersection(newOrder)
        let oldCommon = oldOrder.filter(common.contains)
        let newCommon = newOrder.filter(common.contains)
        if let index = oldCommon.indices.first(where: { oldCommon[$0] != newCommon[$0] }) {
            record(
                place, .sourceBreaking,
                "\(name) parameters reordered: \(newCommon[index]) now comes before \(oldCommon[index])")
        }
    }

    static func placeText(_ place: OperationParameterDeclaration.Place) -> String {
        switch place {
        case .path: "path parameter"
        case .query: "query parameter"
        case .header: "header"
        case .bodyProperty: "body property"
        case .part: "form part"
        case .body: "body"
        }
    }

    private mutating func compareBodies(_ before: OperationBody?, _ after: OperationBody?, name: String, at place: Place) {
        let oldKind = before.map(Self.bodyText) ?? "no body"
        let newKind = after.map(Self.bodyText) ?? "no body"
        guard oldKind != newKind else { return }
        record(place, [.sourceBreaking, .wireBreaking], "\(name) body \(oldKind) → \(newKind)")
    }

    private static func bodyText(_ body: OperationBody) -> String {
        switch body {
        case .json(let type, _): "JSON \(type.sourceText)"
        case .multipart: "multipart/form-data"
        case .bytes(let contentType): contentType
        }
    }

    private mutating func compareResults(_ before: OperationResult, _ after: OperationResult, name: String, at place: Place) {
        switch (before, after) {
        case (.value(let earlier), .value(let current)), (.page(let earlier, _), .page(let current, _)):
            if let change = typeChange(earlier, current) {
                record(place, change.impact, "\(name) result \(change.text)")
            }
        case (.stream(let earlierEvents, let earlierErrors), .stream(let events, let errors)):
            if let change = typeChange(earlierEvents, events) { record(place, change.impact, "\(name) events \(change.text)") }
            if let change = typeChange(earlierErrors, errors) { record(place, change.impact, "\(name) errors \(change.text)") }
        default:
            let oldText = Self.resultText(before)
            let newText = Self.resultText(after)
            if oldText != newText { record(place, [.sourceBreaking, .wireBreaking], "\(name) result \(oldText) → \(newText)") }
        }
    }

    private static func resultText(_ result: OperationResult) -> String {
        SwiftRenderer.resultType(result) ?? "nothing"
    }
}
