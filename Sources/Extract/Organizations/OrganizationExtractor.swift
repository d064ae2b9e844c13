/// PLACEHOLDER — being written; extracts nothing yet.
public struct OrganizationExtractor: Extractor {
    public init() {}
    public func extract(from input: ExtractionInput) -> [Mention] { [] }
}
