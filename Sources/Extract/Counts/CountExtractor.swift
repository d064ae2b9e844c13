/// PLACEHOLDER — being written; extracts nothing yet.
public struct CountExtractor: Extractor {
    public init() {}
    public func extract(from input: ExtractionInput) -> [Mention] { [] }
}
