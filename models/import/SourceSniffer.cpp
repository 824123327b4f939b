// SPDX-License-Identifier: MIT
#include "import/SourceSniffer.h"

#include "import/BinaryCheck.h"
#include "import/CsvReader.h"
#include "import/DelimiterDetection.h"
#include "import/HeaderDetection.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace ul {

namespace {

constexpr qint64 kSniffBytes = qint64(1) << 20;
constexpr int kHeaderSampleRows = 50;

/// The first rows of a delimited file read without a header, as text.
std::vector<std::vector<std::string>> firstRows(const QString& path, SourceFormat format)
{
    format.hasHeader = false;
    format.columnNames.clear();
    std::vector<std::vector<std::string>> rows;
    CsvReader reader(path, format);
    QString ignored;
    if (!reader.open(&ignored))
        return rows;
    Record record;
    RecordProblem problem;
    while (int(rows.size()) < kHeaderSampleRows) {
        const ReadResult r = reader.next(record, problem);
        if (r == ReadResult::End || r == ReadResult::Fatal)
            break;
        if (r != ReadResult::Row)
            continue; // a ragged row: the header decision rests on the others
        std::vector<std::string> cells;
        for (const std::string_view f : record.fields)
            cells.emplace_back(f);
        rows.push_back(std::move(cells));
    }
    return rows;
}

} // namespace

bool sniffSource(const QString& path, const SourceOptions& options, SourceFormat* format, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1: not a regular file").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray head = file.read(kSniffBytes);
    qint64 skipped = 0;
    // Blank lines before the data (a megabyte of them, seen in a real export) say nothing about
    // the format: whole blank blocks are passed over and the data's start is sniffed instead.
    const auto blank = [](const QByteArray& bytes) {
        return std::all_of(bytes.begin(), bytes.end(),
                           [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    };
    while (!head.isEmpty() && !file.atEnd() && blank(head)) {
        skipped += head.size();
        head = file.read(kSniffBytes);
    }
    const bool wholeFile = file.atEnd();
    file.close();
    if (head.isEmpty() && skipped == 0) {
        *error = QStringLiteral("%1: the file is empty").arg(path);
        return false;
    }
    SourceFormat f;
    const std::string_view raw(head.constData(), size_t(head.size()));
    size_t bom = 0;
    const TextEncoding detected = detectEncoding(raw, wholeFile, &bom);
    f.encoding = options.encoding.value_or(detected);
    f.encodingDetected = !options.encoding;
    // A mark is skipped when it belongs to the encoding the file is read in.
    f.bomLength = skipped == 0 && detected == f.encoding ? bom : 0;
    const bool utf16 = f.encoding == TextEncoding::Utf16LE || f.encoding == TextEncoding::Utf16BE;
    if (!utf16) {
        if (const std::optional<QString> binary = binaryReason(raw)) {
            *error = QStringLiteral("%1: %2").arg(path, *binary);
            return false;
        }
    }
    std::string text;
    Utf8Transcoder transcoder(f.encoding);
    transcoder.append(raw.substr(f.bomLength), text);

    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        *error =
            skipped > 0 || !head.isEmpty()
                ? QStringLiteral("%1: the file holds only blank lines (%2 bytes), no data").arg(path).arg(info.size())
                : QStringLiteral("%1: the file is empty").arg(path);
        return false;
    }
    if (text[first] == '[')
        f.kind = SourceKind::JsonArray;
    else if (text[first] == '{')
        f.kind = SourceKind::JsonLines;
    else
        f.kind = SourceKind::Csv;
    if (f.kind == SourceKind::Csv) {
        f.delimiter = options.delimiter.value_or(detectDelimiter(text));
        f.delimiterDetected = !options.delimiter;
        f.columnNames = options.columnNames;
        switch (options.header) {
        case SourceOptions::Header::Present:
            f.hasHeader = true;
            f.headerDetected = false;
            break;
        case SourceOptions::Header::Absent:
            f.hasHeader = false;
            f.headerDetected = false;
            break;
        case SourceOptions::Header::Detect:
            f.hasHeader = firstRowIsHeader(firstRows(path, f));
            f.headerDetected = true;
            break;
        }
    }
    *format = f;
    return true;
}

} // namespace ul
