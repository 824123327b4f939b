// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Invoice.h"

#include <QString>

namespace ul {

/// Remembers the Revenue tab's settings per workspace file and dataset in QSettings, so two
/// workspaces (or two invoice datasets) keep their own spend, currency and billing period.
class RevenueSettingsStore {
public:
    RevenueSettingsStore(const QString& workspacePath, const QString& dataset);
    /// The saved settings, or the defaults for values never saved.
    RevenueSettings load() const;
    void save(const RevenueSettings& settings) const;
    /// The QSettings group: "revenue/<percent-encoded workspace path>/<percent-encoded dataset>".
    QString group() const { return m_group; }

private:
    QString m_group;
};

} // namespace ul
