/// Hand-written code beside the generated models.
extension Shape {
    /// The shape's `kind` as sent, whichever case holds it (nil for a blob, which has none).
    public var kindText: String? {
        switch self {
        case .circle(let circle): circle.kind.rawValue
        case .polygon(.square(let square)): square.kind.rawValue
        case .polygon(.triangle(let triangle)): triangle.kind.rawValue
        case .polygon(.unknown(let other)): other.discriminator
        case .line(let line): line.kind.rawValue
        case .blob: nil
        case .ellipse(let ellipse): ellipse.kind.rawValue
        case .unknown(let other): other.discriminator
        }
    }
}
