/// PLACEHOLDER — being written; extracts nothing yet.
public struct DateExtractor: Extractor {
    public init() {}
    public func extract(from input: ExtractionInput) -> [Mention] { [] }
}
