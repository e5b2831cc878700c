import Testing
import TrainPlanReport

/// Money as each language writes it (issue: "Rp 1.250.000 for id").
@Suite struct MoneyFormatTests {
    @Test func indonesianRupiah() {
        let money = MoneyFormat(language: .id, currency: "IDR")
        #expect(money.format(1_250_000) == "Rp 1.250.000")
        #expect(money.format(0) == "Rp 0")
        #expect(money.format(999) == "Rp 999")
        #expect(money.format(1000) == "Rp 1.000")
        #expect(money.format(102_535_600) == "Rp 102.535.600")
        #expect(money.format(75_000.5) == "Rp 75.000,50")
        #expect(money.format(nil as Double?) == "-")
    }

    @Test func englishRupiah() {
        let money = MoneyFormat(language: .en, currency: "IDR")
        #expect(money.format(1_250_000) == "IDR 1,250,000")
        #expect(money.format(75_000.5) == "IDR 75,000.50")
        #expect(money.format(1_000_000_000) == "IDR 1,000,000,000")
    }

    @Test func otherCurrencyLabelsAreWrittenAsGiven() {
        #expect(MoneyFormat(language: .id, currency: "USD").format(1234.5) == "USD 1.234,50")
        #expect(MoneyFormat(language: .en, currency: "EUR").format(1234) == "EUR 1,234")
    }

    @Test(arguments: [0, 1, 999, 1000, 16_800, 1_250_000, 72_535_600.25, 123_456_789_012])
    func formatsReadBack(_ amount: Double) {
        for language in Language.allCases {
            let money = MoneyFormat(language: language, currency: "IDR")
            #expect(money.parse(money.format(amount)) == amount, "\(language): \(money.format(amount))")
        }
    }

    @Test func hugeAndOddAmountsNeverTrap() {
        let money = MoneyFormat(language: .id, currency: "IDR")
        #expect(money.format(1e20) == "Rp 100.000.000.000.000.000.000")
        #expect(money.format(-0.001) == "Rp 0")
        #expect(money.format(-1500) == "Rp -1.500")
        #expect(money.format(.infinity) == "Rp ∞")
    }

    @Test func numbersAndPercentages() {
        let id = NumberFormat(language: .id), en = NumberFormat(language: .en)
        #expect(id.integer(1234567) == "1.234.567")
        #expect(en.integer(1234567) == "1,234,567")
        #expect(id.percent(0.7253) == "72,53%")
        #expect(en.percent(0.7253) == "72.53%")
        #expect(id.decimal(0.09, digits: 2) == "0,09")
        #expect(en.decimal(1234.5, digits: 1) == "1,234.5")
    }

    @Test func languageFromEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "id_ID.UTF-8"]) == .id)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "C.UTF-8", "LANG": "id_ID.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["TRAINPLAN_LANG": "id", "LANG": "en_US.UTF-8"]) == .id)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
