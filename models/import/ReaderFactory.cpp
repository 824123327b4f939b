// SPDX-License-Identifier: MIT
#include "import/ReaderFactory.h"

#include "import/CsvReader.h"
#include "import/JsonReader.h"
#include "import/SourceSniffer.h"

namespace ul {

std::unique_ptr<RecordReader> openRecordReader(const QString& path, const SourceOptions& options, QString* error)
{
    SourceFormat format;
    if (!sniffSource(path, options, &format, error))
        return nullptr;
    return openRecordReader(path, format, error);
}

std::unique_ptr<RecordReader> openRecordReader(const QString& path, const SourceFormat& format, QString* error)
{
    std::unique_ptr<RecordReader> reader;
    if (format.kind == SourceKind::Csv)
        reader = std::make_unique<CsvReader>(path, format);
    else
        reader = std::make_unique<JsonReader>(path, format);
    if (!reader->open(error))
        return nullptr;
    return reader;
}

} // namespace ul
