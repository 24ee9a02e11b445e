/// Hand-written code beside the generated models: they are ordinary types of this module.
extension Household {
    /// The names of every known pet, in order.
    public var petNames: [String] {
        pets.compactMap { pet in
            switch pet {
            case .cat(let cat): cat.name
            case .dog(let dog): dog.name
            case .unknown(let other): other.raw["name"]?.stringValue
            }
        }
    }
}
