/// How `bench --peers` judges solvers' claims on one scenario against each other: a solver
/// that says "optimal" has proven nothing if another solver's verified plan is cheaper, and
/// the time that counts is the time to a proof that holds.
///
/// Measured reason: CBC 2.10.8 reported "Optimal solution found" on the generated weekly-3 at
/// 320,691,800 (gap 0 asked), where trainplan's and HiGHS's verified plans cost 319,715,400.
public enum ProofComparison {
    /// One solver's outcome on the scenario.
    public struct Claim: Sendable, Equatable {
        public var proved: Bool
        /// The verified plan's objective (`nil` without a verified plan).
        public var objective: Double?
        public var seconds: Double?

        public init(proved: Bool, objective: Double?, seconds: Double?) {
            self.proved = proved
            self.objective = objective
            self.seconds = seconds
        }
    }

    /// The positions of the claims of optimality that a cheaper verified plan among `claims`
    /// refutes (objectives are minimised; equal within a millionth of a rupiah per rupiah).
    public static func refuted(_ claims: [Claim]) -> Set<Int> {
        guard let best = claims.compactMap(\.objective).min() else { return [] }
        return Set(claims.indices.filter { index in
            guard claims[index].proved, let objective = claims[index].objective else { return false }
            return objective - best > 1e-9 * max(1, abs(best))
        })
    }

    /// trainplan's time to a proof over the fastest time to a proof among `peers`, claims
    /// already judged by ``refuted(_:)``.
    public enum Ratio: Sendable, Equatable {
        /// Both proved: trainplan's seconds over the fastest peer's.
        case ratio(Double)
        /// A peer proved and trainplan did not: slower than any ratio.
        case trainplanUnproven
        /// No peer proved: nothing to compare with.
        case noPeerProof
    }

    public static func ratio(trainplan: Claim, peers: [Claim]) -> Ratio {
        guard let fastest = peers.filter(\.proved).compactMap(\.seconds).filter({ $0 > 0 }).min() else { return .noPeerProof }
        guard trainplan.proved, let seconds = trainplan.seconds else { return .trainplanUnproven }
        return .ratio(seconds / fastest)
    }

    /// The median of scenarios' ratios, an unproven trainplan counting as larger than any ratio
    /// (`nil` when no scenario had a peer's proof, or when the median falls on an unproven one).
    public static func median(_ ratios: [Ratio]) -> Double? {
        let ranked: [Double] = ratios.compactMap {
            switch $0 {
            case .ratio(let value): return value
            case .trainplanUnproven: return .infinity
            case .noPeerProof: return nil
            }
        }.sorted()
        guard !ranked.isEmpty else { return nil }
        let mid = ranked.count / 2
        let median = ranked.count % 2 == 1 ? ranked[mid] : (ranked[mid - 1] + ranked[mid]) / 2
        return median.isFinite ? median : nil
    }
}
