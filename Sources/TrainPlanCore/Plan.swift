import Foundation

/// The answer to a scenario, in the shape of the plan file (`trainplan-plan/1`).
public struct Plan: Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Proven optimal.
        case optimal
        /// Valid, not proven optimal (e.g. stopped at the time limit).
        case feasible
        /// Proven: no valid plan exists.
        case infeasible
        /// No plan found and nothing proven.
        case unknown
    }

    public static let format = "trainplan-plan/1"

    public var format: String = Plan.format
    public var scenario: String
    public var status: Status
    public var objective: Double?
    /// Best proven lower bound on the objective.
    public var bound: Double?
    /// `(objective - bound) / objective`, when both exist.
    public var gap: Double?
    public var cost: CostBreakdown?
    public var unmetValue: Double?
    /// Every course of the scenario, in the scenario's order.
    public var courses: [PlannedCourse]
    /// Non-internal instructors the plan uses: the people to source.
    public var engage: [Engagement]?
    /// Why no plan exists (for `infeasible`).
    public var infeasibility: [String]?
    /// The same as data, for reports in any language; absent in older plan files.
    public var infeasibilityDetails: [InfeasibilityReason]?
    public var solver: SolverRun?
    /// Present when the plan was re-planned from an earlier one (`solve --from`).
    public var replanning: ReplanningRecord?
    /// What the plan serves of each demand entry, in the scenario's order; `nil` without demand.
    public var demand: [PlannedDemand]?
    /// What chose this plan among equally good ones (`solve --then`, what-if variants); `nil`: nothing did.
    public var secondObjective: SecondObjectiveRecord?

    public init(scenario: String, status: Status, objective: Double? = nil, bound: Double? = nil,
                cost: CostBreakdown? = nil, unmetValue: Double? = nil, courses: [PlannedCourse]) {
        self.scenario = scenario
        self.status = status
        self.objective = objective
        self.bound = bound
        self.cost = cost
        self.unmetValue = unmetValue
        self.courses = courses
    }

    public var scheduledCourses: [PlannedCourse] { courses.filter(\.scheduled) }

    enum CodingKeys: String, CodingKey {
        case format, scenario, status, objective, bound, gap, cost, unmetValue, courses, engage, infeasibility, infeasibilityDetails, solver, replanning, demand
        case secondObjective
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // A plan written by hand or by another tool may leave the format out: it is then this one.
        format = try c.decodeIfPresent(String.self, forKey: .format) ?? Plan.format
        scenario = try c.decode(String.self, forKey: .scenario)
        status = try c.decode(Status.self, forKey: .status)
        objective = try c.decodeIfPresent(Double.self, forKey: .objective)
        bound = try c.decodeIfPresent(Double.self, forKey: .bound)
        gap = try c.decodeIfPresent(Double.self, forKey: .gap)
        cost = try c.decodeIfPresent(CostBreakdown.self, forKey: .cost)
        unmetValue = try c.decodeIfPresent(Double.self, forKey: .unmetValue)
        courses = try c.decode([PlannedCourse].self, forKey: .courses)
        engage = try c.decodeIfPresent([Engagement].self, forKey: .engage)
        infeasibility = try c.decodeIfPresent([String].self, forKey: .infeasibility)
        infeasibilityDetails = try c.decodeIfPresent([InfeasibilityReason].self, forKey: .infeasibilityDetails)
        solver = try c.decodeIfPresent(SolverRun.self, forKey: .solver)
        replanning = try c.decodeIfPresent(ReplanningRecord.self, forKey: .replanning)
        demand = try c.decodeIfPresent([PlannedDemand].self, forKey: .demand)
        secondObjective = try c.decodeIfPresent(SecondObjectiveRecord.self, forKey: .secondObjective)
    }

    /// Writes `objective`, `bound`, `cost` and `unmetValue` as explicit nulls when absent, as the format requires.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(status, forKey: .status)
        try c.encode(objective.map(Money.cents), forKey: .objective)
        try c.encode(bound.map(Money.cents), forKey: .bound)
        try c.encodeIfPresent(gap, forKey: .gap)
        try c.encode(cost, forKey: .cost)
        try c.encode(unmetValue.map(Money.cents), forKey: .unmetValue)
        try c.encode(courses, forKey: .courses)
        try c.encodeIfPresent(engage, forKey: .engage)
        try c.encodeIfPresent(infeasibility, forKey: .infeasibility)
        try c.encodeIfPresent(infeasibilityDetails, forKey: .infeasibilityDetails)
        try c.encodeIfPresent(solver, forKey: .solver)
        try c.encodeIfPresent(replanning, forKey: .replanning)
        try c.encodeIfPresent(demand, forKey: .demand)
        try c.encodeIfPresent(secondObjective, forKey: .secondObjective)
    }
}

public struct PlannedCourse: Codable, Sendable {
    public var id: String
    public var scheduled: Bool
    public var instructor: String?
    public var venue: String?
    public var weekdays: [Weekday]?
    public var startSlot: Int?
    public var sessions: [PlannedSession]?
    /// Why the course is not scheduled, as English sentences.
    public var reasons: [String]?
    /// Re-planning: who holds its sessions from a date on (see ``Handover``).
    public var handover: Handover?
    /// The same reasons as data (kind and figures), for reports in any language; absent in older plan files.
    public var reasonDetails: [UnscheduledReason]?

    public init(id: String, scheduled: Bool, instructor: String? = nil, venue: String? = nil,
                weekdays: [Weekday]? = nil, startSlot: Int? = nil, sessions: [PlannedSession]? = nil,
                reasons: [String]? = nil, reasonDetails: [UnscheduledReason]? = nil) {
        self.id = id
        self.scheduled = scheduled
        self.instructor = instructor
        self.venue = venue
        self.weekdays = weekdays
        self.startSlot = startSlot
        self.sessions = sessions
        self.reasons = reasons
        self.reasonDetails = reasonDetails
    }

    public static func unscheduled(_ id: String, reasons: [String], details: [UnscheduledReason]? = nil) -> PlannedCourse {
        PlannedCourse(id: id, scheduled: false, reasons: reasons, reasonDetails: details)
    }
}

public struct PlannedSession: Codable, Sendable, Hashable {
    public var date: CivilDate
    public var slots: [Int]

    public init(date: CivilDate, slots: [Int]) {
        self.date = date
        self.slots = slots
    }
}

/// An instructor from outside the centre that the plan needs, and what engaging them costs.
public struct Engagement: Codable, Sendable, Hashable {
    public var instructor: String
    public var source: InstructorSource
    public var engagementCost: Double
    public var courses: [String]

    public init(instructor: String, source: InstructorSource, engagementCost: Double, courses: [String]) {
        self.instructor = instructor
        self.source = source
        self.engagementCost = engagementCost
        self.courses = courses
    }
}

/// How the plan was found, so that runs can be compared and repeated.
public struct SolverRun: Codable, Sendable {
    public var name: String
    public var version: String
    public var timeLimitSeconds: Double
    public var relativeGap: Double
    public var presolve: Bool
    /// Cut families used, e.g. `["clique"]`.
    public var cuts: [String]
    public var seconds: Double
    public var nodes: Int
    public var stopReason: String
    public var variables: Int
    public var constraints: Int

    public init(name: String, version: String, timeLimitSeconds: Double, relativeGap: Double, presolve: Bool,
                cuts: [String], seconds: Double, nodes: Int, stopReason: String, variables: Int, constraints: Int) {
        self.name = name
        self.version = version
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.cuts = cuts
        self.seconds = seconds
        self.nodes = nodes
        self.stopReason = stopReason
        self.variables = variables
        self.constraints = constraints
    }
}

/// Reading and writing plan files.
public enum PlanFile {
    public static func encode(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(plan)
    }

    /// Written atomically (see ``AtomicFile``): a reader never sees half a plan.
    public static func write(_ plan: Plan, to path: String) throws {
        try AtomicFile.write(try encode(plan), to: path)
    }

    /// - Parameter path: a plan file, or `-` for standard input (`solve -o - | verify S -`).
    public static func read(_ path: String) throws(PlanFileError) -> Plan {
        let fail = { (problem: PlanFileProblem) in PlanFileError(path: path, problem: problem) }
        let limit = ScenarioLoader.maximumFileBytes
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw fail(.tooLarge(megabytes: size / 1_000_000, limit: limit / 1_000_000))
        }
        let data: Data
        if path == "-" {
            guard let read = try? FileHandle.standardInput.read(upToCount: limit + 1) else { throw fail(.unreadable) }
            guard read.count <= limit else { throw fail(.tooLarge(megabytes: read.count / 1_000_000, limit: limit / 1_000_000)) }
            data = read
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else { throw fail(.unreadable) }
            data = contents
        }
        do {
            let plan = try JSONDecoder().decode(Plan.self, from: data)
            if let twice = JSONDuplicateKeys.first(in: Array(data)) { throw fail(.keyTwice(twice)) }
            guard plan.format == Plan.format else { throw fail(.wrongFormat(found: plan.format, expected: Plan.format)) }
            return plan
        } catch let error as PlanFileError {
            throw error
        } catch let DecodingError.keyNotFound(key, context) {
            throw fail(.missingField(key.stringValue, at: pathText(context.codingPath)))
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            // The decoder says "not valid JSON" also for JSON that parses but holds a value it cannot
            // (1e300 or 2.5 for a whole number): name that value where there is one.
            if let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
               let misfit = wholeNumberMisfit(json, at: "") {
                throw fail(.notAWholeNumber(path: misfit.path, value: misfit.value))
            }
            throw fail(notJSON(data))
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            throw fail(.wrongType(at: pathText(context.codingPath), expected: kind(of: type), found: found(in: context.debugDescription)))
        } catch let DecodingError.dataCorrupted(context) {
            throw fail(plainReason(context.debugDescription, at: pathText(context.codingPath)))
        } catch {
            throw fail(.unexplained(at: "", reason: "not a plan file: \(error)"))
        }
    }

    /// What keeps a plan from being re-planned from (`solve --from`, `verify --from`): the past it
    /// states must be whole, as a plan trainplan wrote always is (a plan edited by hand may not be).
    public static func earlierPlanProblems(_ plan: Plan) -> [PlanFileProblem] {
        var problems: [PlanFileProblem] = []
        var seen: Set<String> = []
        for course in plan.courses {
            if !seen.insert(course.id).inserted { problems.append(.listedTwice(course: course.id)) }
            guard course.scheduled else { continue }
            if plan.status != .optimal && plan.status != .feasible {
                problems.append(.scheduledWithoutAPlan(course: course.id, status: plan.status.rawValue))
            }
            if course.instructor == nil { problems.append(.scheduledWithout(course: course.id, field: "instructor")) }
            if course.venue == nil { problems.append(.scheduledWithout(course: course.id, field: "venue")) }
            if (course.sessions ?? []).isEmpty { problems.append(.scheduledWithout(course: course.id, field: "sessions")) }
        }
        return problems
    }

    /// The fields of the plan file that hold whole numbers.
    private static let wholeNumberFields: Set<String> = ["startSlot", "slots", "nodes", "variables", "constraints", "people",
                                                          "unserved", "level", "months", "restarts"]

    /// Where the first whole-number field holds a fraction or a number no Int holds, as `.demand[2].served[0].people` and 2.5.
    private static func wholeNumberMisfit(_ value: Any, at path: String, field: String? = nil) -> (path: String, value: String)? {
        if let object = value as? [String: Any] {
            for key in object.keys.sorted() {
                if let found = wholeNumberMisfit(object[key] as Any, at: path + "." + key, field: key) { return found }
            }
        } else if let array = value as? [Any] {
            for (index, item) in array.enumerated() {
                if let found = wholeNumberMisfit(item, at: path + "[\(index)]", field: field) { return found }
            }
        } else if let number = value as? NSNumber, let field, wholeNumberFields.contains(field) {
            let x = number.doubleValue
            if x.rounded() != x || abs(x) > 9.0e18 { return (path, "\(number)") }
        }
        return nil
    }

    /// How deep Foundation's JSON reader follows nested lists and objects.
    static let nestingLimit = 512

    /// Why bytes that do not parse are not a plan: most often a file cut short or edited by hand.
    private static func notJSON(_ data: Data) -> PlanFileProblem {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .empty }
        if !text.hasPrefix("{") { return .notAnObject }
        var depth = 0, deepest = 0
        var inString = false
        var escaped = false
        for character in text.unicodeScalars {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "{" || character == "[" {
                depth += 1
                deepest = max(deepest, depth)
            } else if character == "}" || character == "]" {
                depth -= 1
            }
        }
        if depth > 0 || inString { return .cutShort }
        return deepest > nestingLimit ? .nestedTooDeep(limit: nestingLimit) : .notJSON
    }

    /// A Swift type as a planner reads it in a JSON file.
    private static func kind(of type: Any.Type) -> PlanFileProblem.ValueKind {
        let name = String(describing: type)
        if name.hasPrefix("Dictionary") || name.hasPrefix("KeyedDecodingContainer") { return .object }
        if name.hasPrefix("Array") || name.hasPrefix("UnkeyedDecodingContainer") { return .list }
        switch name {
        case "String": return .text
        case "CivilDate": return .date
        case "Int", "Int32", "Int64": return .wholeNumber
        case "Double", "Float": return .number
        case "Bool": return .boolean
        default: return .other(name)
        }
    }

    /// `Expected ... but found an array instead.` → a list.
    private static func found(in description: String) -> PlanFileProblem.ValueKind? {
        guard let start = description.range(of: "but found ")?.upperBound else { return nil }
        let rest = description[start...]
        let end = rest.range(of: " instead")?.lowerBound ?? rest.endIndex
        let what = String(rest[..<end])
        switch what {
        case "": return nil
        case "an array": return .list
        case "a dictionary": return .object
        case "a string", "a string/data": return .text
        case "a number": return .number
        case "a bool", "bool", "a boolean": return .boolean
        case "null", "a null value": return .null
        default: return .other(what)
        }
    }

    /// `Cannot initialize Weekday from invalid String value senin` → the values that are allowed.
    private static func plainReason(_ description: String, at path: String) -> PlanFileProblem {
        let dateMessage = "expected a date YYYY-MM-DD, found \""
        if description.hasPrefix(dateMessage), description.hasSuffix("\"") {
            return .notADate(at: path, value: String(description.dropFirst(dateMessage.count).dropLast()))
        }
        let pattern = "Cannot initialize "
        guard description.hasPrefix(pattern), let from = description.range(of: " from invalid "),
              let value = description.range(of: " value ") else { return .unexplained(at: path, reason: description) }
        let type = String(description[pattern.endIndex..<from.lowerBound])
        let given = String(description[value.upperBound...])
        switch type {
        case "Weekday": return .notOneOf(at: path, value: given, allowed: Weekday.allCases.map(\.rawValue))
        case "Status": return .notOneOf(at: path, value: given, allowed: Plan.Status.allCases.map(\.rawValue))
        default: return .invalidValue(at: path, value: given)
        }
    }

    private static func pathText(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// Why a plan file cannot be read; `localizedDescription` says it too (not "error 1").
public struct PlanFileError: Error, Sendable, CustomStringConvertible, LocalizedError {
    public var path: String
    public var problem: PlanFileProblem
    public var message: String { problem.english }
    public var description: String { "\(path): \(message)" }
    public var errorDescription: String? { description }

    public init(path: String, problem: PlanFileProblem) {
        self.path = path
        self.problem = problem
    }
}

/// How a re-planned plan relates to the plan it replaces. The plan's own
/// `objective` stays the contract's (cost + unmet value); the change penalties
/// are kept apart here, with the status of the problem actually solved.
public struct ReplanningRecord: Codable, Sendable {
    /// The earlier plan's file.
    public var from: String
    public var frozenUntil: CivilDate?
    public var changePenalty: Double
    /// Courses with a session on or before `frozenUntil`: what happened stays as it was.
    public var frozen: [String]
    /// Of those, the courses still running after `frozenUntil` (their later sessions may be handed over).
    public var started: [String]?
    /// Parts of the earlier plan kept as a hard rule for courses not started (`--pin`).
    public var pins: [String]?
    /// Pinned courses that could not keep a pinned part, and why.
    public var unpinned: [PinException]?
    /// Courses that run, stop running, or run differently than in the earlier plan.
    public var changed: [String]
    public var penalties: Double
    /// `optimal` when no plan has a lower objective plus penalties with these courses frozen.
    public var status: Plan.Status
    public var objectiveWithPenalties: Double?
    public var boundWithPenalties: Double?
    /// Whether the file gave `changed` and `penalties` (a record `solve` writes always does);
    /// `verify --from` checks only what is stated.
    public var statesChanges = true
    public var statesPenalties = true

    enum CodingKeys: String, CodingKey {
        case from, frozenUntil, changePenalty, frozen, started, pins, unpinned, changed, penalties, status
        case objectiveWithPenalties, boundWithPenalties
    }

    public init(from: String, frozenUntil: CivilDate?, changePenalty: Double, frozen: [String], changed: [String],
                penalties: Double, status: Plan.Status, objectiveWithPenalties: Double?, boundWithPenalties: Double?) {
        self.from = from
        self.frozenUntil = frozenUntil
        self.changePenalty = changePenalty
        self.frozen = frozen
        self.changed = changed
        self.penalties = penalties
        self.status = status
        self.objectiveWithPenalties = objectiveWithPenalties
        self.boundWithPenalties = boundWithPenalties
    }

    /// The contract asks a re-plan for only the earlier plan's file and `T` under `replanning`:
    /// a plan written by hand with just those two verifies; the figures `solve` records
    /// besides them read as nothing frozen, nothing changed, no penalty when absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        from = try c.decode(String.self, forKey: .from)
        frozenUntil = try c.decodeIfPresent(CivilDate.self, forKey: .frozenUntil)
        changePenalty = try c.decodeIfPresent(Double.self, forKey: .changePenalty) ?? 0
        frozen = try c.decodeIfPresent([String].self, forKey: .frozen) ?? []
        started = try c.decodeIfPresent([String].self, forKey: .started)
        pins = try c.decodeIfPresent([String].self, forKey: .pins)
        unpinned = try c.decodeIfPresent([PinException].self, forKey: .unpinned)
        changed = try c.decodeIfPresent([String].self, forKey: .changed) ?? []
        penalties = try c.decodeIfPresent(Double.self, forKey: .penalties) ?? 0
        statesChanges = c.contains(.changed)
        statesPenalties = c.contains(.penalties)
        status = try c.decodeIfPresent(Plan.Status.self, forKey: .status) ?? .feasible
        objectiveWithPenalties = try c.decodeIfPresent(Double.self, forKey: .objectiveWithPenalties)
        boundWithPenalties = try c.decodeIfPresent(Double.self, forKey: .boundWithPenalties)
    }
}

/// A course that could not keep a part of the earlier plan that `--pin` asked to keep.
public struct PinException: Codable, Sendable, Hashable {
    public var course: String
    /// `instructor`, `venue` or `time`.
    public var pin: String
    /// Why, in English (the plan file's readers); `detail` has the same as facts for either language.
    public var reason: String
    public var detail: Detail?

    /// Why a pin could not hold, as facts.
    public struct Detail: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable {
            /// The earlier instructor or venue (`id`) is no longer in the scenario.
            case gone
            /// The earlier instructor `id` is not qualified for `skill` at `level` now.
            case unqualified
            /// The earlier venue `id` can no longer host it (seats or equipment).
            case cannotHost
            /// `id` is not free (or has no load left) for any run of its sessions after `after`.
            case notFree
            /// No qualified instructor and suitable venue are free for its earlier sessions from `first`, slot `slot`.
            case timeNotFree
        }
        public var kind: Kind
        public var id: String?
        public var skill: String?
        public var level: Int?
        public var after: CivilDate?
        public var first: CivilDate?
        public var slot: Int?
        /// The pins it kept all the same.
        public var keeping: [String]?

        public init(kind: Kind, id: String? = nil, skill: String? = nil, level: Int? = nil, after: CivilDate? = nil,
                    first: CivilDate? = nil, slot: Int? = nil, keeping: [String]? = nil) {
            self.kind = kind
            self.id = id
            self.skill = skill
            self.level = level
            self.after = after
            self.first = first
            self.slot = slot
            self.keeping = keeping
        }
    }

    public init(course: String, pin: String, reason: String, detail: Detail? = nil) {
        self.course = course
        self.pin = pin
        self.reason = reason
        self.detail = detail
    }
}
