import Normalize

/// PLACEHOLDER — being written. Finds the document's own date line.
public enum DocumentDateFinder {
    /// The document's own date (from a line such as `등록 2026.01.28 21:15:17`, `입력 2026-01-26 11:00`,
    /// `보도시점 2025. 5. 28.(수) 11:00`, `제출 연월일 2025. 5. 26.`) and the normalized range it was read from.
    public static func find(in text: NormalizedText) -> (date: CalendarDate, range: Range<Int>)? { nil }
}
