import Testing
@testable import TrainPlanSolver

/// A peer that runs past its time limit is stopped, not waited for.
@Suite struct PeerOverrunTests {
    @Test func aPeerPastItsLimitIsStopped() throws {
        let child = try PeerSolver.Child.run("/bin/sleep", ["60"], limit: 0.5, grace: 0.5)
        #expect(child.stopped)
        #expect(child.seconds < 30, "waited \(child.seconds) s")
    }

    @Test func aPeerWithinItsLimitIsNotStopped() throws {
        let child = try PeerSolver.Child.run("/bin/sh", ["-c", "exit 3"], limit: 5, grace: 5)
        #expect(!child.stopped)
        #expect(child.status == 3)
    }
}
