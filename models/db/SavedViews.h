// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"
#include "core/RowCondition.h"
#include "db/Connection.h"

#include <optional>
#include <vector>

namespace ul {

/// A named view of a workspace: the dataset, the tab, the filters, the granularity, the customer
/// and the ranking size, as the window had them. Kept in the workspace (table saved_views), so
/// `export --saved-view` and `snapshot --saved-view` on any machine write what was saved.
struct SavedView {
    QString name;
    QString dataset;
    QString tab;    ///< tab key: metric key, "revenue", "segments", "health", "customer:ID"
    QString page;   ///< metric tab page: "usage" or "customers"
    QString preset; ///< range preset ("last30"...): the range follows the data; empty: from..to
    std::optional<Day> from, to;
    Granularity granularity = Granularity::Month;
    int top = 10;
    int newWithinDays = 90;
    QString customer; ///< external id; empty: all customers
    std::vector<RowCondition> where;
    QString breakdown;
    QString customerKey;
    QString compare; ///< the metric tab's comparison (Comparison::text()); empty: none

    bool operator==(const SavedView&) const = default;
};

/// The view as JSON text (what the table keeps) and back; nullopt with *error for text that is
/// not a saved view.
QByteArray savedViewJson(const SavedView& view);
std::optional<SavedView> savedViewFromJson(const QString& name, const QByteArray& json, QString* error);

/// Reads and writes a workspace's saved views. Names are unique, compared as written.
class SavedViewStore {
public:
    explicit SavedViewStore(Connection& db)
        : m_db(db)
    {}
    /// Every saved view, by name.
    bool list(std::vector<SavedView>* out, QString* error);
    /// The view called `name`; nullopt with an error naming the saved views when there is none.
    std::optional<SavedView> find(const QString& name, QString* error);
    /// Saves `view` under its name, replacing a view of that name.
    bool save(const SavedView& view, QString* error);
    bool rename(const QString& from, const QString& to, QString* error);
    bool remove(const QString& name, QString* error);

private:
    Connection& m_db;
};

} // namespace ul
