/// The cutting-plane families `glp_intopt` can generate. On scheduling models
/// the clique cuts tighten conflict rows the most; the others mostly cost time.
public struct CutFamilies: OptionSet, Sendable, Hashable, Codable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let gomory = CutFamilies(rawValue: 1 << 0)
    public static let mixedIntegerRounding = CutFamilies(rawValue: 1 << 1)
    public static let cover = CutFamilies(rawValue: 1 << 2)
    public static let clique = CutFamilies(rawValue: 1 << 3)
    /// Covers over whole groups of the knapsack rows a model declares
    /// (``LinearModel/groupedKnapsacks``), separated by trainplan (see ``MIPOptions/coverDepth``), not by GLPK.
    public static let groupCover = CutFamilies(rawValue: 1 << 4)
    public static let all: CutFamilies = [.gomory, .mixedIntegerRounding, .cover, .clique, .groupCover]

    /// GLPK's short names (as in `glpsol --gomory --mir --cover --clique`).
    static let names: [(family: CutFamilies, name: String)] = [
        (.gomory, "gomory"), (.mixedIntegerRounding, "mir"), (.cover, "cover"), (.clique, "clique"),
        (.groupCover, "knapsack"),
    ]

    /// The families' names, in GLPK's order; `["none"]` when empty.
    public var names: [String] {
        let chosen = Self.names.filter { contains($0.family) }.map(\.name)
        return chosen.isEmpty ? ["none"] : chosen
    }

    /// Reads a comma-separated list such as `clique,mir`, `all` or `none`; nil if a name is unknown.
    public init?(list: String) {
        var result: CutFamilies = []
        for raw in list.split(separator: ",") {
            let name = raw.filter { !$0.isWhitespace }.lowercased()
            switch name {
            case "all": result.formUnion(.all)
            case "none", "": continue
            default:
                guard let family = Self.names.first(where: { $0.name == name })?.family else { return nil }
                result.insert(family)
            }
        }
        self = result
    }
}
