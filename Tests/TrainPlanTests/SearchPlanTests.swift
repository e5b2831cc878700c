import Testing
@testable import TrainPlanSolver

/// The one place the search is chosen: the strategy, the model's size and re-planning decide
/// between the whole model (with or without neighbourhoods beside it) and neighbourhoods alone.
@Suite struct SearchPlanTests {
    typealias Search = TrainingPlanner.Strategy.Search

    func plan(_ search: Search, columns: Int, replanning: Bool = false) -> SearchPlan {
        SearchPlan(TrainingPlanner.Strategy(search: search), estimatedColumns: columns, replanning: replanning)
    }

    @Test func automaticChoosesBySize() {
        let threshold = SearchTuning.neighbourhoodThreshold
        #expect(plan(.automatic, columns: threshold) == .whole(alongside: true))
        #expect(plan(.automatic, columns: threshold + 1) == .neighbourhoods)
    }

    @Test func requestsAreFollowedWhateverTheSize() {
        #expect(plan(.whole, columns: 1_000_000) == .whole(alongside: false))
        #expect(plan(.neighbourhoods, columns: 10) == .neighbourhoods)
    }

    /// Change penalties and frozen courses are terms of the whole model only.
    @Test func replanningSearchesTheWholeModelAlone() {
        for search in [Search.automatic, .whole, .neighbourhoods] {
            #expect(plan(search, columns: 1_000_000, replanning: true) == .whole(alongside: false))
            #expect(plan(search, columns: 10, replanning: true).alongside == false)
        }
    }
}
