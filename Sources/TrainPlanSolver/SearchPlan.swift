import GLPK

/// How a solve searches, chosen once from the ``TrainingPlanner/Strategy`` and the model's size:
/// the one place that decides between the whole model and neighbourhoods, so that a new way of
/// searching is a new case here and a stage in ``SeatedSolve``, not another `if` in the planner.
enum SearchPlan: Equatable, Sendable {
    /// GLPK's branch and cut on the whole model; `alongside`: with a neighbourhood search feeding
    /// it plans from a second core (when a seat is free, there is a plan to start from and time;
    /// with no seat free the two take turns on the one core, see ``SeatedSolve/searchInTurns(from:)``).
    case whole(alongside: Bool)
    /// The neighbourhood search alone from the first plan, with the LP relaxation of the whole
    /// model on a second thread as its bound (see NeighbourhoodPlanner.swift). Without a first
    /// plan, or once stopped, the whole model is searched instead, alone (nothing could start a
    /// search beside it either).
    case neighbourhoods

    /// Re-planning always searches the whole model, alone: its change penalties and frozen
    /// courses are terms of that model, which neither kind of neighbourhood search sees.
    init(_ strategy: TrainingPlanner.Strategy, estimatedColumns: Int, replanning: Bool) {
        guard !replanning else {
            self = .whole(alongside: false)
            return
        }
        switch strategy.search {
        case .whole: self = .whole(alongside: false)
        case .neighbourhoods: self = .neighbourhoods
        case .automatic:
            self = estimatedColumns > SearchTuning.neighbourhoodThreshold ? .neighbourhoods : .whole(alongside: true)
        }
    }

    /// Whether the whole model, when it is searched, has a neighbourhood search beside it.
    var alongside: Bool {
        if case let .whole(alongside) = self { return alongside }
        return false
    }
}

extension TrainingPlanner {
    /// Model columns the whole ``Formulation`` would have (z, u, w and y per course).
    static func estimatedColumns(_ candidates: Candidates) -> Int {
        candidates.courses.reduce(0) { sum, options in
            sum + zip(options.instructors, options.venues).reduce(options.isEmpty ? 0 : 1) { $0 + 1 + $1.0.count + $1.1.count }
        }
    }

    /// The strategy's branching rule, or by size: most fractional for small models, and
    /// ``SearchTuning/largeModelBranching`` for large ones (searched whole only on request).
    static func branching(_ strategy: Strategy, columns: Int) -> MIPOptions.Branching {
        strategy.branching ?? (columns <= SearchTuning.smallModelColumns ? .mostFractional : SearchTuning.largeModelBranching)
    }

    /// The cut families for the whole model: Gomory's added to those asked for (unless none
    /// were) when it has served counts, the general-integer columns of industry demand.
    /// Measured with `trainplan bench --families city --seeds 1,...,9 --demand --configs
    /// default,gomory`: without them two of nine stayed unproven at 30 s, each with its bound
    /// stuck 0.04-0.07 % below the optimum over hundreds of nodes (the root's Gomory cuts close
    /// it: 1.6-2.1 s), and the median went from 1.02 s to 0.68 s; the city scenarios without
    /// demand are faster without them (median 0.34 s against 0.71 s over five seeds). Only up
    /// to ``SearchTuning/demandGomoryColumns`` columns, the sizes where this was measured.
    static func cuts(_ asked: CutFamilies, servedColumns: Int, columns: Int) -> CutFamilies {
        asked.isEmpty || servedColumns == 0 || columns > SearchTuning.demandGomoryColumns ? asked : asked.union(.gomory)
    }
}
