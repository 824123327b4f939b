// SPDX-License-Identifier: MIT
#include "core/Column.h"

#include <QCoreApplication>

namespace ul {

QString titleFromKey(const QString& key)
{
    QString title = key;
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QString Column::displayName() const
{
    return title ? QCoreApplication::translate("ReportColumns", title) : titleFromKey(key);
}

bool Column::isNumeric() const
{
    switch (kind) {
    case ColumnKind::Count:
    case ColumnKind::Amount:
    case ColumnKind::Money:
    case ColumnKind::Percent:
    case ColumnKind::Ratio: return true;
    case ColumnKind::Id:
    case ColumnKind::Period:
    case ColumnKind::Text:
    case ColumnKind::Flag:
    case ColumnKind::Series: break;
    }
    return false;
}

ChartRole Column::chartRole() const
{
    switch (kind) {
    case ColumnKind::Id:
    case ColumnKind::Period:
    case ColumnKind::Text: return ChartRole::Category;
    case ColumnKind::Count:
    case ColumnKind::Amount:
    case ColumnKind::Money:
    case ColumnKind::Ratio: return ChartRole::Value;
    case ColumnKind::Percent: return ChartRole::Share;
    case ColumnKind::Flag:
    case ColumnKind::Series: break;
    }
    return ChartRole::None;
}

Column Column::renamed(const QString& newKey) const
{
    Column c = *this;
    c.key = newKey;
    return c;
}

Columns::Columns(const QStringList& keys)
{
    m_columns.reserve(size_t(keys.size()));
    for (const QString& key : keys)
        m_columns.emplace_back(key);
}

qsizetype Columns::indexOf(const QString& key) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].key == key)
            return qsizetype(i);
    return -1;
}

QStringList Columns::keys() const
{
    QStringList out;
    out.reserve(size());
    for (const Column& c : m_columns)
        out << c.key;
    return out;
}

} // namespace ul
