// SPDX-License-Identifier: MIT
#pragma once

#include "import/ChunkedInput.h"
#include "import/RecordReader.h"

#include <QJsonObject>

#include <memory>

namespace ul::bench {

/// The JSON reader UsageLens had before simdjson (QJsonDocument per object, a hand-written key
/// scanner), kept only so bench_json can compare the two in one run. Not used by the product.
/// Streaming reader of newline-delimited JSON (one object per line) or of a JSON array of
/// objects. Columns are the keys met in the first 1000 objects, in order of appearance.
/// Values become text: null -> missing, true/false, numbers in shortest round-trip form.
class LegacyJsonReader final : public RecordReader {
public:
    enum class Layout { Lines, Array };
    LegacyJsonReader(QString path, Layout layout)
        : m_path(std::move(path))
        , m_layout(layout)
    {}

    bool open(QString* error) override;
    QStringList columns() const override { return m_columns; }
    ReadResult next(Record& record, RecordProblem& problem) override;
    qint64 bytesRead() const override { return m_in->bytesRead(); }
    qint64 totalBytes() const override { return m_in->totalBytes(); }
    QString sha256Hex() override { return m_in->sha256Hex(); }
    QString formatDescription() const override;
    const SourceFormat& sourceFormat() const override { return m_format; }

private:
    bool start(QString* error);
    /// Next object's raw text in [begin, end) of the buffer; false at the end.
    ReadResult nextObjectText(size_t& begin, size_t& end, qint64& line, RecordProblem& problem);
    ReadResult nextLine(size_t& begin, size_t& end, qint64& line);
    ReadResult nextArrayElement(size_t& begin, size_t& end, qint64& line, RecordProblem& problem);
    ReadResult parseObject(size_t begin, size_t end, qint64 line, QJsonObject& object, RecordProblem& problem);
    void fillRecord(const QJsonObject& object, Record& record);

    QString m_path;
    Layout m_layout;
    SourceFormat m_format;
    std::unique_ptr<ChunkedInput> m_in;
    size_t m_pos = 0;
    qint64 m_line = 1;
    bool m_arrayOpened = false;
    QStringList m_columns;
    std::string m_data;
};

} // namespace ul::bench
