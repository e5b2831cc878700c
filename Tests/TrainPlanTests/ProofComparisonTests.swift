import Testing
import TrainPlanSolver

/// `bench --peers` judges claims against each other: a false "optimal" is refuted by a cheaper
/// verified plan, and only proofs that hold count in the time ratio.
@Suite struct ProofComparisonTests {
    typealias Claim = ProofComparison.Claim

    /// The weekly-3 case as measured: CBC said optimal at 320,691,800; trainplan and HiGHS proved 319,715,400.
    @Test func aCheaperVerifiedPlanRefutesAClaimOfOptimality() {
        let claims = [Claim(proved: true, objective: 319_715_400, seconds: 14.2),
                      Claim(proved: true, objective: 320_691_800, seconds: 10.1),
                      Claim(proved: false, objective: 333_719_600, seconds: 61.9),
                      Claim(proved: true, objective: 319_715_400, seconds: 18.8)]
        #expect(ProofComparison.refuted(claims) == [1])
        var judged = claims
        judged[1].proved = false
        #expect(ProofComparison.ratio(trainplan: judged[0], peers: Array(judged.dropFirst())) == .ratio(14.2 / 18.8))
    }

    /// Equal plans refute nothing, rounding noise included, and a plan-less claim refutes nothing.
    @Test func equalPlansAndMissingPlansRefuteNothing() {
        let claims = [Claim(proved: true, objective: 100_000_000, seconds: 1),
                      Claim(proved: true, objective: 100_000_000 + 1e-3, seconds: 2),
                      Claim(proved: true, objective: nil, seconds: 3)]
        #expect(ProofComparison.refuted(claims).isEmpty)
    }

    /// trainplan unproven loses to any peer's proof; no peer's proof leaves nothing to compare.
    @Test func ratioNeedsBothProofs() {
        let proved = Claim(proved: true, objective: 5, seconds: 4)
        let unproven = Claim(proved: false, objective: 5, seconds: 60)
        #expect(ProofComparison.ratio(trainplan: unproven, peers: [proved]) == .trainplanUnproven)
        #expect(ProofComparison.ratio(trainplan: proved, peers: [unproven]) == .noPeerProof)
        #expect(ProofComparison.ratio(trainplan: proved, peers: [Claim(proved: true, objective: 5, seconds: 8),
                                                                Claim(proved: true, objective: 5, seconds: 2)]) == .ratio(2))
    }

    /// An unproven scenario ranks above every ratio; scenarios without a peer's proof are left out.
    @Test func medianRanksUnprovenLast() {
        #expect(ProofComparison.median([.ratio(2.34), .ratio(0.87), .ratio(0.76)]) == 0.87)
        #expect(ProofComparison.median([.trainplanUnproven, .ratio(0.4), .ratio(0.3)]) == 0.4)
        #expect(ProofComparison.median([.trainplanUnproven, .trainplanUnproven, .ratio(0.3)]) == nil)
        #expect(ProofComparison.median([.noPeerProof, .ratio(0.3), .ratio(0.5)]) == 0.4)
        #expect(ProofComparison.median([.noPeerProof]) == nil)
    }
}
