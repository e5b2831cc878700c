import GLPK

/// Every number that sets how fast the search finds and proves plans, never what a valid
/// plan is, kept together so that retuning is one file. Each says how it was chosen: a
/// `trainplan bench` measurement where one was made and recorded, "not measured" where
/// the value was set by judgement and never compared with others.
enum SearchTuning {
    // MARK: - Which search (see ``SearchPlan``)

    /// Above this many model columns (estimated from the candidates) `.automatic` searches by
    /// neighbourhoods alone on both cores: GLPK's branch and cut on the whole model no longer
    /// improves on the greedy plan in useful time, and the core it takes is better spent on
    /// slices. Measured (5051a7d): at 40,000, two of the three generated province scenarios were
    /// searched whole beside one core of slices; at 60 s province-3 ended at 838.7, 839.9, 875.7
    /// and 890.1 M that way, and at 829.9, 829.9 and 848.2 M by neighbourhoods alone; province-2
    /// at 1,028.4-1,034.6 M either way (province median 0.54 % above the best known, was 0.85 %).
    /// Fifth session, with restarts (``restartShare``): raised from 20,000 to take the generated
    /// weekly-5 (20,510 columns), proven in 12.3 s searched whole against 6.8 % open by
    /// neighbourhoods; at 30,000 province-2 (28,445 columns) ended at 1,050.3 M against 1,028.4-
    /// 1,034.6 M and long-6 (28,216) with its bound 19.0 % below the plan against 5.6 %, so
    /// the limit sits between the sizes measured either way.
    static let neighbourhoodThreshold = 25_000

    /// Up to this many columns a whole model counts as small: most-fractional branching, and
    /// choice columns in the slices beside it (see ``NeighbourhoodWorker``). The same size as
    /// ``neighbourhoodThreshold``, so a whole model above it is searched only on request (0c622f3:
    /// one size, not a second constant).
    static let smallModelColumns = neighbourhoodThreshold

    /// GLPK's branching rule on a large whole model (searched only on request); small ones branch
    /// on the most fractional column. Measured with `trainplan bench --configs default,dth`: on
    /// the generated weekly scenarios (7-16k columns, many equally cheap fractional timetables)
    /// Driebeck-Tomlin spent up to 38 % of the search on its estimates and proofs took about
    /// twice as long; city-1 is the exception (1.3 s with it, 2.4-2.7 s without).
    static let largeModelBranching = MIPOptions.Branching.driebeckTomlin

    /// Simplex iterations per slice of the whole model's root LP (``MIPOptions/lpSliceIterations``),
    /// so that its basis, and GLPK's tree from it, do not depend on the machine's load. Measured
    /// (third session) on weekly-1 with `solve --search whole`: four runs with half-second slices
    /// took 14.2-21.9 s and four more 8.2-33.6 s to a proof; with 1,000 iterations every run had the
    /// same root (3,851 iterations) and tree (867 nodes), 15.7-20.4 s. With 5,000 the first slice
    /// still ended by time. Not measured on the slices or the bound helper, which keep time slices.
    static let rootSliceIterations = 1_000

    /// The share of the whole model's binary columns that the root LP's reduced costs must rule
    /// out (0 in every plan better than the incumbent) before the search restarts on a model
    /// without them (see ReducedCostRestart.swift), and how many times it may. Measured (fifth
    /// session) with `trainplan bench --families weekly,city --seeds 1,2,3,4,6 --configs
    /// default,no-restart`: weekly median 4.16 s against 15.3 s (weekly-1 3.1 s against 17.7 s),
    /// city unchanged; shares 0.05 / 0.1 / 0.2 on weekly 1, 2, 3, 6: 3.3 / 3.1 / 2.8, 1.6 / 1.6 /
    /// 0.7, 9.9 / 11.7 / 10.8, 3.0 / 4.2 / 5.7 s (0.05 restarts weekly-3 a second time once its
    /// optimum is found; weekly-2 does not restart at 0.2). The restart count is not measured.
    /// Sixth session, after implied period rows left the model (``ImpliedCliques``): the root's
    /// reduced costs came out otherwise, and at weekly-5's optimum they ruled out 915 of 20,510
    /// columns (4.5 %), so it never restarted and stayed 0.6 % open in four runs; at 0.03 it
    /// restarted at 3.5 % and was proven in two runs of four (21.5 and 23.5 s). Weekly-1, -3, -6
    /// 3.0, 6.7, 2.8 s against 4.3, 6.3, 2.3 s at 0.05; long 1-3 within their run-to-run spread.
    static let restartShare = 0.03
    static let mostRestarts = 3
    /// No restart once the tree has closed this share of the gap between its root and the
    /// incumbent (``MIPOptions/restartBeforeClosed``). Measured (ninth session, restarts logged with
    /// `trainplan solve`): weekly-5's second pass restarted with 69 % of its gap closed (bound
    /// 129.4 M, plan 131.9 M), and the third pass's root was 121.2 M: 60 s ended 0.27 % open. The
    /// restarts that paid closed at most 23 % before (weekly-1, -3, -6).
    static let restartBeforeClosed = 0.5
    /// Models with fewer columns do not restart: their search ends about when the first restart
    /// would come, and the rebuild and a new root cost more than they save. Measured (fifth
    /// session, `trainplan solve`, restarts logged): weekly-2 (6,655 columns) restarted at 0.87 and
    /// 1.35 s and was proven in 1.95-2.08 s against 0.73-0.77 s without; city-2 (6,506) at 0.33
    /// and 1.21 s, 1.57-1.81 s against 1.14 s; weekly-1 (9,642) restarted once at 1.6 s and was
    /// proven in 3.2 s against 17.7 s, weekly-6 (12,651) at 1.0 s, 3.0 s against 6.1 s.
    static let smallestRestartModel = 8_000

    // MARK: - Stages before the search

    /// The least time a stage is given, however late it starts. Not measured.
    static let shortestStage = Duration.milliseconds(50)
    /// The share of the time left that the model of the mandatory courses alone may take (it is
    /// run only when there is no first plan). Not measured.
    static let mandatoryCoreShare = 0.25
    /// The most time one demand allocation (served counts for a fixed schedule, done for every plan
    /// assembled) may take. With Gomory cuts the allocations measured are proven at the root; the
    /// limit only bounds a case that is not (it was 30 s, and one such case held a 3 s solve for 34 s).
    static let demandAllocationLimit = Duration.seconds(2)
    /// The most time naming what makes a scenario infeasible may take. Not measured.
    static let diagnosisLimit = Duration.seconds(30)
    /// The most time a re-plan's diagnosis spends narrowing the courses that cannot all keep their
    /// sessions to the fewest that still cannot (one small model per course). Not measured.
    static let diagnosisFilterLimit = Duration.seconds(10)

    /// Rounds of leaving out the courses a broken rule names from a what-if's base plan before it
    /// is given up as a start (``SeatedSolve/givenPlan()``): an instructor fallen ill breaks the
    /// courses they taught, all named in the first round; a few rounds cover what that uncovers.
    static let startingPlanRounds = 4

    /// Rounds of dropping the courses a rule names from the earlier plan before a re-plan gives up
    /// offering it as the first incumbent (``SeatedSolve/earlierPlan()``). Not measured: each round
    /// is one verification, and a change that breaks more than this many layers is rare.
    static let earlierPlanRounds = 8
    /// Ways tried, each one verification of the whole plan, for the started courses that cannot keep
    /// their holders before the earlier plan is given up as a start. Not measured.
    static let earlierPlanTries = 200

    // MARK: - Budget held to the rupiah (see ``TrainingPlanner/solve(_:options:strategy:replanning:threads:progress:shouldStop:)``)

    /// A plan over a binding budget is solved again below the budget by what it was over (and
    /// ``smallestBudgetMargin``), then by four times the last margin, or the last margin and the
    /// new excess if more, until ``budgetMarginLimit``. GLPK's `tol_int` (1e-5) lets a plan over
    /// by up to 1e-5 of a column's cost (a course of 100,000,000 ran under a budget 50 below its
    /// cost). ``budgetMargin`` is the first margin when the excess is not known. Not measured.
    static let budgetMargin = 2e-5
    static let budgetMarginGrowth = 4.0
    static let budgetMarginLimit = 1e-4
    /// The smallest margin, in money. Not measured.
    static let smallestBudgetMargin = 0.01
    /// GLPK's `tol_int` for the second search at the budget itself, after a plan came out over it:
    /// (1 - 1e-10) of a course costing up to 5e7 is within half a cent of it, so the plan GLPK
    /// rounds is the plan it costed. Measured (seventeenth session) on tiny random scenarios with a
    /// budget a rupiah under their best plan: 69 of 71 `feasible` with a bound far below before,
    /// proven optimal with it.
    static let budgetIntegralityTolerance = 1e-10

    // MARK: - Neighbourhood search alone (large models)

    /// Branching in the slices of the neighbourhood search alone. Measured (a2096e3): Driebeck-
    /// Tomlin's estimates took a third of the time, and in 60 s province-1 reached 973.1 M with
    /// it instead of 1,000.8 M, national-1 2,134.9-2,241.8 M instead of 2,362.2-2,401.4 M.
    static let sliceBranching = MIPOptions.Branching.mostFractional
    /// Model columns a slice of the search alone first aims at (it adapts). Not measured.
    static let firstSliceColumns = 2500
    /// GLPK's time per slice of the search alone: the time limit over this divisor, within
    /// ``sliceTimeFloor`` and ``sliceTimeCap``: long enough to prove a slice of a few thousand
    /// columns. Not measured.
    static let sliceTimeDivisor = 40
    static let sliceTimeFloor = Duration.seconds(1)
    static let sliceTimeCap = Duration.seconds(3)
    /// Time kept after the search to assemble, explain and verify the plan: the limit over this
    /// divisor, at most ``reserveCap``, or ``reservePerCourse`` per course if more, never more
    /// than half the limit. The per-course figure is measured (0c6918a: 10,000 courses took 1.2 s
    /// after the search on a busy machine); the divisor and the cap are not.
    static let reserveDivisor = 30
    static let reserveCap = Duration.seconds(5)
    static let reservePerCourse = Duration.microseconds(120)
    /// Nodes the exact budget knapsack of ``TrainingPlanner/separableBound(_:)`` may take before
    /// it falls back to the fractional one. Not measured against other values; each node costs a
    /// pass over the courses, so 20,000 nodes of a 676-course national scenario stay well under
    /// a second.
    static let knapsackBoundNodes = 20_000
    /// The least time the LP bound's helper is given. Not measured.
    static let shortestBound = Duration.milliseconds(10)
    /// The largest whole model (columns) to which demand adds Gomory cuts (see
    /// ``TrainingPlanner/cuts(_:servedColumns:columns:)``): measured on city scenarios of 3,100-6,500
    /// columns; on the 14,358 columns of the generated long-3 (no demand), `--cuts clique,gomory`
    /// kept GLPK at the root for 67 s under a 60 s limit (`trainplan solve --verbose`: 1 node).
    static let demandGomoryColumns = 8_000
    /// The cuts the bound's helper adds at the root after the LP. Measured with `trainplan bench
    /// --families province --seeds 1,2,3 --time-limit 60` on a quiet machine (bound gap to the
    /// plan; plan against the best known): the LP alone 7.05 / 4.40 / 4.53 % (plans 0.02 / 0.29 /
    /// 1.06 %); clique and Gomory 2.68 / 1.58 / 4.19 % (plans 0.39 / 0.91 / 1.74 %: the clique
    /// graph kept the second core from the slices); Gomory alone 1.19 / 1.80 / 2.79 % (plans
    /// 0.26 / 0.41 / 0.03 %).
    static let boundCuts: CutFamilies = [.gomory]
    /// The share of the search's time the bound's helper may take: an LP re-solve after a cut
    /// round does not look at a stop request, and with the whole search's time province-3's
    /// helper ended 3.7 s after the limit.
    static let boundTimeShare = 0.9

    // MARK: - Neighbourhood search beside the whole model (small models)

    /// The least time limit at which a neighbourhood search runs beside the branch and cut. Not measured.
    static let shortestAlongside = Duration.seconds(2)
    /// Without a seat for the search beside the branch and cut, the two take turns
    /// (``SeatedSolve/searchInTurns(from:)``): GLPK for this share of the time limit (the generated
    /// city, weekly and part-time scenarios are proven within it), then, unproven, the
    /// neighbourhood search for at most ``leadShare`` of the time left, ending once ``leadPatience``
    /// slices in a row find nothing better, then GLPK again from its plan. Measured in the
    /// session-14 note (one thread, 30 s, helper 43's scenarios and the generated families).
    static let firstTurnShare = 0.4
    /// The least time limit searched in turns: below it GLPK keeps the whole time (a first turn of
    /// 40 % of 3 s would leave too little for the others). Not measured.
    static let shortestTurns = Duration.seconds(10)
    static let leadShare = 0.3
    static let leadPatience = 20
    /// Model columns a slice beside the branch and cut first aims at (it adapts). Not measured.
    static let firstSliceColumnsAlongside = 1500
    /// GLPK's time per slice beside the branch and cut. Not measured.
    static let sliceTimeAlongside = Duration.seconds(1)

    // MARK: - Every slice

    /// The gap a slice is solved to: slices are for finding plans, the bound comes from
    /// elsewhere, so a slice need not be proven to the last rupiah. Not measured.
    static let sliceGap = 1e-4
    /// Cuts in slices: none, as cuts cost more than they save where no proof is wanted. Not measured.
    static let sliceCuts: CutFamilies = []
    /// A slice is not started with less time than this. Not measured.
    static let shortestSlice = Duration.milliseconds(20)

    /// A slice proven within this share of its time limit makes the next one larger by
    /// ``sliceGrowth``, up to ``largestSlice`` columns; one stopped by its limit makes the next
    /// smaller by ``sliceShrink``, down to ``smallestSlice``. Not measured.
    static let quickSliceShare = 0.25
    static let sliceGrowth = (numerator: 6, denominator: 5)
    static let sliceShrink = (numerator: 3, denominator: 4)
    static let largestSlice = 200_000
    static let smallestSlice = 400

    /// The weight each way of choosing a slice starts with (adaptive large-neighbourhood search,
    /// e003555). Not measured.
    static let methodWeights: [NeighbourhoodSearch.Method: Double] = [
        .related: 4, .instructor: 3, .unscheduled: 3, .budget: 2, .random: 1,
    ]
    /// The least weight a method is drawn with, so that every method keeps being tried. Not measured.
    static let methodWeightFloor = 0.3
    /// After each slice a method's weight keeps ``methodMemory`` of itself and takes
    /// ``methodLearning`` (the rest) of ``methodReward`` if the slice found a better plan, else of
    /// ``methodNoReward``. Not measured.
    static let methodMemory = 0.85
    static let methodLearning = 0.15
    static let methodReward = 8.0
    static let methodNoReward = 0.5
    /// Slices across the budget are chosen once the plan spends this share of it. Not measured.
    static let bindingBudgetShare = 0.9
    /// A budget slice ranks courses by value per rupiah times a random factor in this range, so
    /// that equal rankings do not give the same slice every time. Not measured.
    static let budgetRankJitter = (low: 0.75, width: 0.5)

    /// Entries kept in the neighbour cache before it is emptied: a bound on its memory (all pairs
    /// at once took 12 GB on a 10,000-course scenario, da6f6b0); the value itself is not measured.
    static let neighbourCacheLimit = 4_000_000
}
