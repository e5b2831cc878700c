/// The field names a scenario's sheets and CSV files may use, for tools that write
/// empty forms (`trainplan template`): the same lists the decoder checks against.
public enum ScenarioFields {
    /// Settings as named on a workbook's `scenario` sheet (nested ones dotted), in the order a planner fills them.
    public static let settings: [String] = ["name", "currency", "budget"]
        + ScenarioDecoder.calendarFields.map { "calendar." + $0 }
        + ["socialSecurity.premiumPerParticipantMonth", "defaults.valuePerParticipant", "decimalMark"]
    public static let courses = ScenarioDecoder.courseFields
    public static let instructors = ScenarioDecoder.instructorFields
    public static let venues = ScenarioDecoder.venueFields
}

extension ScenarioFields {
    /// The `demand` sheet's or `demand.csv`'s columns (industry demand, rules 9-10).
    public static let demand = ScenarioDecoder.demandFields
}
