/// RFC 4180 CSV: fields separated by `,`, records ended by CRLF, a field quoted with `"` when it
/// holds `,`, `"`, CR or LF (inner `"` doubled). The first record is the header. Optionally
/// preceded by a UTF-8 byte order mark, which Excel needs to read the file as UTF-8 (Hangul).
public enum CSV {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Appends one record (fields, then CRLF) to `out`.
    public static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendField(field, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    public static func appendField(_ field: String, to out: inout [UInt8]) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else {
            out.append(contentsOf: utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// One CSV file per record kind, streamed: each record is written as it arrives.
final class CSVFiles {
    private var files: [RecordKind: AtomicFile] = [:]

    init(directory: String, byteOrderMark: Bool) throws {
        for kind in RecordKind.allCases {
            let file = try AtomicFile(name: kind.rawValue + ".csv", in: directory)
            var header: [UInt8] = byteOrderMark ? CSV.byteOrderMark : []
            CSV.appendRecord(kind.columns.map(\.name), to: &header)
            file.write(header)
            files[kind] = file
        }
    }

    func write(_ records: [FlatRecord]) {
        guard let kind = records.first?.kind, let file = files[kind] else { return }
        var out: [UInt8] = []
        for record in records {
            CSV.appendRecord(record.fields.map { $0?.csvText ?? "" }, to: &out)
        }
        file.write(out)
    }

    func commit() throws {
        for kind in RecordKind.allCases { try files[kind]?.commit() }
    }

    func discard() {
        for file in files.values { file.discard() }
    }
}
