/// What to do with a large model once a pipeline stage is done with it.
///
/// A command-line run exits right after its work, and the operating system reclaims the whole heap at once. Freeing
/// the model first, object by object, costs instructions and changes nothing (about 4 % of `letta-codegen lint` and
/// 5 % of `generate` on the upstream document). A compiler driver does the same (clang's `-disable-free`). Library
/// users that go on running keep the default, `.free`.
public enum ModelDisposal: Sendable {
    /// Release the model as usual when the stage ends.
    case free
    /// Never release it: for a process that exits as soon as the stage returns.
    case keepUntilExit

    /// Keeps `value` alive for the rest of the process when the disposal says so; otherwise does nothing, and
    /// `value` is released when its last owner lets go of it.
    public func dispose<Value>(_ value: Value) {
        guard self == .keepUntilExit else { return }
        _ = Unmanaged.passRetained(KeptUntilExit(value))
    }
}

/// A box whose one strong reference is deliberately never released.
private final class KeptUntilExit<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
