// SPDX-License-Identifier: MIT
#include "db/SavedViews.h"

#include "core/Day.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ul {

namespace {

QJsonValue dayValue(const std::optional<Day>& day) { return day ? QJsonValue(isoDate(*day)) : QJsonValue(); }

} // namespace

QByteArray savedViewJson(const SavedView& v)
{
    QJsonArray where;
    for (const RowCondition& c : v.where)
        where.append(QJsonObject{{QStringLiteral("column"), c.column},
                                 {QStringLiteral("value"), c.value},
                                 {QStringLiteral("exclude"), c.exclude}});
    const QJsonObject o{{QStringLiteral("dataset"), v.dataset},
                        {QStringLiteral("tab"), v.tab},
                        {QStringLiteral("page"), v.page},
                        {QStringLiteral("preset"), v.preset},
                        {QStringLiteral("from"), dayValue(v.from)},
                        {QStringLiteral("to"), dayValue(v.to)},
                        {QStringLiteral("granularity"), granularityKey(v.granularity)},
                        {QStringLiteral("top"), v.top},
                        {QStringLiteral("new_within_days"), v.newWithinDays},
                        {QStringLiteral("customer"), v.customer},
                        {QStringLiteral("where"), where},
                        {QStringLiteral("breakdown"), v.breakdown},
                        {QStringLiteral("customer_key"), v.customerKey},
                        {QStringLiteral("compare"), v.compare}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SavedView> savedViewFromJson(const QString& name, const QByteArray& json, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("saved view '%1' is unreadable: %2").arg(name, parse.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    SavedView v;
    v.name = name;
    v.dataset = o.value(QStringLiteral("dataset")).toString();
    v.tab = o.value(QStringLiteral("tab")).toString();
    v.page = o.value(QStringLiteral("page")).toString();
    v.preset = o.value(QStringLiteral("preset")).toString();
    v.from = parseIsoDate(o.value(QStringLiteral("from")).toString());
    v.to = parseIsoDate(o.value(QStringLiteral("to")).toString());
    v.granularity = granularityFromKey(o.value(QStringLiteral("granularity")).toString()).value_or(Granularity::Month);
    v.top = std::clamp(o.value(QStringLiteral("top")).toInt(10), 1, 1000);
    v.newWithinDays = std::max(1, o.value(QStringLiteral("new_within_days")).toInt(90));
    v.customer = o.value(QStringLiteral("customer")).toString();
    for (const QJsonValue& c : o.value(QStringLiteral("where")).toArray()) {
        const QJsonObject condition = c.toObject();
        v.where.push_back({condition.value(QStringLiteral("column")).toString(),
                           condition.value(QStringLiteral("value")).toString(),
                           condition.value(QStringLiteral("exclude")).toBool()});
    }
    v.breakdown = o.value(QStringLiteral("breakdown")).toString();
    v.customerKey = o.value(QStringLiteral("customer_key")).toString();
    v.compare = o.value(QStringLiteral("compare")).toString();
    return v;
}

bool SavedViewStore::list(std::vector<SavedView>* out, QString* error)
{
    out->clear();
    // A format-4 workspace opened read-only has no saved views yet.
    error->clear();
    if (!m_db.tableExists(QStringLiteral("saved_views"), error))
        return error->isEmpty();
    Statement q = m_db.prepare(QStringLiteral("SELECT name, definition FROM saved_views ORDER BY name"), error);
    if (!q.isValid())
        return false;
    while (q.step(error)) {
        const std::optional<SavedView> v = savedViewFromJson(
            q.columnText(0), QByteArray(q.columnBlob(1).data(), qsizetype(q.columnBlob(1).size())), error);
        if (!v)
            return false;
        out->push_back(*v);
    }
    return !q.failed();
}

std::optional<SavedView> SavedViewStore::find(const QString& name, QString* error)
{
    std::vector<SavedView> all;
    if (!list(&all, error))
        return std::nullopt;
    QStringList names;
    for (const SavedView& v : all) {
        if (v.name == name)
            return v;
        names << v.name;
    }
    *error = names.isEmpty()
                 ? QStringLiteral("no saved view '%1' (the workspace has none)").arg(name)
                 : QStringLiteral("no saved view '%1' (saved: %2)").arg(name, names.join(QStringLiteral(", ")));
    return std::nullopt;
}

bool SavedViewStore::save(const SavedView& view, QString* error)
{
    if (view.name.trimmed().isEmpty()) {
        *error = QStringLiteral("a saved view needs a name");
        return false;
    }
    Statement q = m_db.prepare(QStringLiteral("INSERT INTO saved_views (name, definition, saved_at) VALUES (?, ?, ?) "
                                              "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, "
                                              "saved_at = excluded.saved_at"),
                               error);
    const QByteArray json = savedViewJson(view);
    return q.isValid()
           && q.bind(1, view.name)
                  .bindText(2, std::string_view(json.constData(), size_t(json.size())))
                  .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                  .run(error);
}

bool SavedViewStore::rename(const QString& from, const QString& to, QString* error)
{
    if (to.trimmed().isEmpty()) {
        *error = QStringLiteral("a saved view needs a name");
        return false;
    }
    if (from == to)
        return true;
    Statement exists = m_db.prepare(QStringLiteral("SELECT 1 FROM saved_views WHERE name = ?"), error);
    if (!exists.isValid())
        return false;
    exists.bind(1, to);
    if (exists.step(error)) {
        *error = QStringLiteral("a saved view '%1' already exists").arg(to);
        return false;
    }
    Statement q = m_db.prepare(QStringLiteral("UPDATE saved_views SET name = ? WHERE name = ?"), error);
    return q.isValid() && q.bind(1, to).bind(2, from).run(error);
}

bool SavedViewStore::remove(const QString& name, QString* error)
{
    Statement q = m_db.prepare(QStringLiteral("DELETE FROM saved_views WHERE name = ?"), error);
    return q.isValid() && q.bind(1, name).run(error);
}

} // namespace ul
