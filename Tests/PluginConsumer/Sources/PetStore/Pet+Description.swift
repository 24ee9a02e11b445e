// Hand-written code beside what the build plugin generates: the models and the client share this module.

extension Pet: CustomStringConvertible {
    /// `Rex (dog)`.
    public var description: String { "\(name) (\(species.rawValue))" }
}
