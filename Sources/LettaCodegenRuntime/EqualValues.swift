/// `a == b` through one generic function, for generated `==` implementations.
///
/// A module of generated models declares hundreds of `==` overloads; every `x == y` in a synthesized or written-out
/// `==` makes the type checker consider all of them (over half of a debug build of the whole upstream Letta
/// document). A call to this single generic function resolves at once, and `==` is then found once, generically.
@inlinable
public func equalValues<T: Equatable>(_ lhs: T, _ rhs: T) -> Bool {
    lhs == rhs
}
