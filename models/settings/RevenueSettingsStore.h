// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Invoice.h"

#include <QString>

namespace ul {

/// Remembers the Revenue tab's settings per workspace file and dataset (scoped Settings keys),
/// so two workspaces (or two invoice datasets) keep their own spend, currency and billing period.
class RevenueSettingsStore {
public:
    RevenueSettingsStore(const QString& workspacePath, const QString& dataset);
    /// The saved settings, or the defaults for values never saved.
    RevenueSettings load() const;
    void save(const RevenueSettings& settings) const;
    /// The QSettings group: "revenue/<percent-encoded workspace path>/<percent-encoded dataset>".
    QString group() const;

private:
    QString m_scope;
};

} // namespace ul
