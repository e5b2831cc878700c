import Foundation
import Testing
import TrainPlanCore
import TrainPlanSolver
import GLPK
import TrainPlanReport

/// Done-when 5: in the Pekalongan timetables every course has its own colour, no two
/// course labels overlap (checked on the SVG's own geometry), no row label is cut and
/// the timetable is drawn to the page's full width.
@Suite struct TimetableLayoutTests {
    struct Label { var text: String; var x: Double; var y: Double; var width: Double; var fill: String }

    static func labels(_ svg: String) throws -> [Label] {
        let pattern = try NSRegularExpression(
            pattern: "<text x=\"([0-9.]+)\" y=\"([0-9.]+)\" class=\"course\" data-width=\"([0-9.]+)\" fill=\"(#[0-9a-f]{6})\">([^<]*)</text>")
        let range = NSRange(svg.startIndex..., in: svg)
        return pattern.matches(in: svg, range: range).map { m in
            func group(_ k: Int) -> String { String(svg[Range(m.range(at: k), in: svg)!]) }
            return Label(text: group(5), x: Double(group(1)) ?? 0, y: Double(group(2)) ?? 0, width: Double(group(3)) ?? 0,
                         fill: group(4))
        }
    }

    static func timetables() throws -> (digest: PlanDigest, svgs: [String]) {
        let (scenario, plan) = try ReportFixtures.pekalongan.get()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let html = HTMLReport(digest: digest, text: TextCatalogue(language: .id)).render()
        let svgs = html.components(separatedBy: "<svg class=\"timetable\"").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        return (digest, Array(svgs))
    }

    @Test func labelsNeverOverlap() throws {
        let (_, svgs) = try Self.timetables()
        #expect(svgs.count == 2)
        for svg in svgs {
            let labels = try Self.labels(svg)
            #expect(labels.count >= 15)
            for (a, first) in labels.enumerated() {
                // The width is the layout's own estimate; it must be at least the glyphs' (6.5 px a character at 9 px bold).
                #expect(first.width >= Double(first.text.count) * 6.5)
                for second in labels[(a + 1)...] where abs(first.y - second.y) < 10 {
                    let apart = first.x + first.width <= second.x || second.x + second.width <= first.x
                    #expect(apart, "\(first.text) at \(first.x),\(first.y) overlaps \(second.text) at \(second.x),\(second.y)")
                }
            }
        }
    }

    @Test func everyScheduledCourseHasItsOwnColour() throws {
        let (digest, svgs) = try Self.timetables()
        let colors = Timetable.colors(digest)
        #expect(colors.count == digest.scheduled.count)
        #expect(Set(colors.values).count == digest.scheduled.count, "courses sharing a colour: \(colors)")
        for svg in svgs {
            var byCourse: [String: String] = [:]
            for label in try Self.labels(svg) {
                if let seen = byCourse[label.text] { #expect(seen == label.fill) }
                byCourse[label.text] = label.fill
            }
            #expect(Set(byCourse.values).count == byCourse.count)
        }
    }

    /// Past the palette's 24 colours courses still get their own (they repeated: course 25 looked like course 1).
    @Test func aHundredCoursesHaveAHundredColours() {
        let colors = (0..<100).map(Timetable.color)
        #expect(Set(colors).count == 100)
        #expect(colors.allSatisfy { $0.wholeMatch(of: /#[0-9a-f]{6}/) != nil }, "\(colors)")
        #expect(Array(colors.prefix(24)) == Timetable.palette)
    }

    @Test func rowLabelsAreWholeAndTheTimetableFillsThePage() throws {
        let (_, svgs) = try Self.timetables()
        for svg in svgs {
            #expect(svg.contains("width=\"100%\""))
            let rows = svg.components(separatedBy: "class=\"row\">").dropFirst().map { $0.components(separatedBy: "<")[0] }
            #expect(!rows.isEmpty)
            for row in rows { #expect(!row.hasSuffix("…"), "cut: \(row)") }
        }
    }

    /// A year-long weekly class (fixtures/reports/year-boundary.yaml): dates across the new year carry
    /// their year ("2 Dec–1 Dec" read as backwards), the insured months too, and the week labels of
    /// 56 weeks stand at least a date's width (34 units) apart (they overprinted as one line).
    @Test func aHorizonAcrossTheNewYearReadsAsOne() throws {
        let path = ReportFixtures.packageRoot.appendingPathComponent("fixtures/reports/year-boundary.yaml").path
        let scenario = try ScenarioLoader.load(path: path).scenario
        let plan = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(30))).plan
        let html = HTMLReport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en)).render()
        #expect(html.contains("2 Dec 2024–1 Dec 2025"))
        #expect(html.contains("(Dec 2024, Jan 2025, Feb 2025, Mar 2025, Apr 2025, May 2025, Jun 2025, Jul 2025, Aug 2025, Sep 2025, Oct 2025, Nov 2025, Dec 2025)"))
        let svg = try #require(html.components(separatedBy: "<svg class=\"timetable\"").dropFirst().first)
        let weeks = try NSRegularExpression(pattern: "<text x=\"([0-9.]+)\" y=\"24\" class=\"week\">")
        let xs = weeks.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { m in
            Range(m.range(at: 1), in: svg).flatMap { Double(svg[$0]) }
        }
        #expect(xs.count > 1 && xs.count < 56)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $1 - $0 >= 34 }, "\(xs)")
    }
}
