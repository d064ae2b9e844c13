import Testing
@testable import Extract

/// `CalendarDate.iso` by hand: zero-padded fields, the time only as precise as known.
@Suite struct CalendarDateISOTests {
    static let cases: [(CalendarDate, String)] = [
        (CalendarDate(year: 2026, month: 1, day: 28), "2026-01-28"),
        (CalendarDate(year: 2026, month: 1, day: 28, hour: 21, minute: 15, second: 17), "2026-01-28T21:15:17"),
        (CalendarDate(year: 2026, month: 1, day: 26, hour: 11, minute: 0), "2026-01-26T11:00"),
        (CalendarDate(year: 2024, month: 12, day: 5, hour: 0, minute: 5, second: 0), "2024-12-05T00:05:00"),
        (CalendarDate(year: 2024, month: 7, day: 1, hour: 9), "2024-07-01"),     // an hour alone is not written
        (CalendarDate(year: 987, month: 3, day: 9), "0987-03-09"),
        (CalendarDate(year: 5, month: 10, day: 10), "0005-10-10"),
        (CalendarDate(year: 12345, month: 1, day: 1), "12345-01-01"),
    ]

    @Test(arguments: cases)
    func iso(date: CalendarDate, expected: String) {
        #expect(date.iso == expected)
    }
}
