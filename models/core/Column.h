// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace ul {

/// What the values of a result column are. Every renderer (window tables, PDF, xlsx, charts)
/// formats, aligns, sorts and plots a column by its kind and unit, never by its name.
enum class ColumnKind {
    Id,      ///< names a thing: a customer, a metric, a figure of a headline table
    Period,  ///< a period or day label: "2024-10", "2024-Q4", "2024-10-07"
    Count,   ///< whole numbers of things: customers, ranks, clusters, k
    Amount,  ///< a metric's values in the metric's own unit (exact decimals where it has them)
    Money,   ///< money; `unit` names the currency when it is known
    Percent, ///< 12.5 is 12.5% (unit kFractionUnit: a share, 0.125 is 12.5%)
    Ratio,   ///< one amount over another, shown with "×"
    Text,    ///< words: a status, a model, a reason
    Flag,    ///< "true"/"false" or "yes"/"no"
    Series,  ///< a value per period in one cell, oldest first, space-separated (a sparkline)
};

/// How a chart uses a column (ColumnRole of its kind): along the axis, as bars or lines, on a
/// percent axis, or not at all.
enum class ChartRole { Category, Value, Share, None };

/// One column of a result: its key (CSV and JSON header, `report` output), what its values are,
/// their unit where known, and the name people read.
struct Column {
    /// A share from 0 to 1 shown as a percent (churn risk 0.125 is 12.5%).
    static constexpr const char* kFractionUnit = "0..1";

    QString key;
    ColumnKind kind = ColumnKind::Text;
    QString unit;                ///< "%", kFractionUnit, "days", "months", a currency code; empty: none
    int decimals = -1;           ///< fixed decimals for display; -1: the kind's
    const char* title = nullptr; ///< display name, QT_TRANSLATE_NOOP("ReportColumns", ...); null: from the key

    Column() = default;
    /// A column known only by its key (tables built by hand, a dimension's column): text, titled
    /// from the key.
    Column(const QString& key)
        : key(key)
    {}
    Column(const char* key, ColumnKind kind, const char* title, const char* unit = nullptr, int decimals = -1)
        : key(QString::fromLatin1(key))
        , kind(kind)
        , unit(unit ? QString::fromLatin1(unit) : QString())
        , decimals(decimals)
        , title(title)
    {}

    /// The translated display name ("active_customers" -> "Active customers"); a column without
    /// a title shows its key with spaces for underscores and a capital first letter.
    QString displayName() const;
    /// True for kinds whose cells are numbers to compare and right-align.
    bool isNumeric() const;
    ChartRole chartRole() const;
    /// The same column under another key (a dimension's values, a compared metric).
    Column renamed(const QString& newKey) const;
    bool operator==(const Column& other) const
    {
        return key == other.key && kind == other.kind && unit == other.unit && decimals == other.decimals;
    }
};

/// The readable default title of a key: "new_customers" -> "New customers".
QString titleFromKey(const QString& key);

/// The columns of a table, in order. Reads like the list of keys where code only needs those
/// (`columns.join(",")`, `columns == QStringList{...}`), and gives each column's definition.
class Columns {
public:
    Columns() = default;
    Columns(std::initializer_list<Column> columns)
        : m_columns(columns)
    {}
    Columns(const QStringList& keys);

    qsizetype size() const { return qsizetype(m_columns.size()); }
    bool isEmpty() const { return m_columns.empty(); }
    const Column& operator[](qsizetype i) const { return m_columns[size_t(i)]; }
    Column& operator[](qsizetype i) { return m_columns[size_t(i)]; }
    const Column& at(qsizetype i) const { return m_columns[size_t(i)]; }
    std::vector<Column>::const_iterator begin() const { return m_columns.begin(); }
    std::vector<Column>::const_iterator end() const { return m_columns.end(); }
    Columns& operator<<(const Column& column)
    {
        m_columns.push_back(column);
        return *this;
    }
    void append(const Column& column) { m_columns.push_back(column); }

    /// The index of the column with this key, or -1.
    qsizetype indexOf(const QString& key) const;
    qsizetype indexOf(const Column& column) const { return indexOf(column.key); }
    bool contains(const QString& key) const { return indexOf(key) >= 0; }
    /// The key of column i, empty when out of range (QStringList::value).
    QString value(qsizetype i) const { return i >= 0 && i < size() ? m_columns[size_t(i)].key : QString(); }
    QStringList keys() const;
    QString join(QChar separator) const { return keys().join(separator); }
    QString join(const QString& separator) const { return keys().join(separator); }

    bool operator==(const Columns& other) const { return m_columns == other.m_columns; }
    bool operator==(const QStringList& keys) const { return this->keys() == keys; }

private:
    std::vector<Column> m_columns;
};

} // namespace ul
