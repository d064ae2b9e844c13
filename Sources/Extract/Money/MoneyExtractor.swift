/// PLACEHOLDER — being written; extracts nothing yet.
public struct MoneyExtractor: Extractor {
    public init() {}
    public func extract(from input: ExtractionInput) -> [Mention] { [] }
}
