// SPDX-License-Identifier: MIT
#pragma once

#include "core/Granularity.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ul {

/// For one granularity, how many of each period's active customers were active in the period
/// before ("continuing"): with the period's active count and its newcomers it gives customers
/// by activity without reading anyone's days (churned = previous active - continuing,
/// reactivated = active - continuing - newcomers). A writer adds the periods whose active set
/// it recomputed, in order; the chain reads the sets of the untouched periods next to them
/// through `load`, so the period after a recomputed one is recomputed too. Not thread-safe.
class ActivityChain {
public:
    /// The active customers (ascending) of a period the writer did not touch.
    using SetLoader = std::function<bool(Day start, std::vector<quint32>* out, QString* error)>;
    ActivityChain(Granularity g, SetLoader load)
        : m_granularity(g)
        , m_load(std::move(load))
    {}

    /// A recomputed period after every one added before; `set` ascending and distinct.
    bool add(Day start, std::vector<quint32> set, QString* error);
    /// Recomputes the period after the last one added.
    bool finish(QString* error);
    /// Period start -> continuing customers, for every period recomputed.
    const std::map<Day, qint64>& continuing() const { return m_continuing; }

private:
    bool closeRun(QString* error);

    Granularity m_granularity;
    SetLoader m_load;
    std::optional<Day> m_last;
    std::vector<quint32> m_lastSet;
    std::map<Day, qint64> m_continuing;
};

/// How many values two ascending lists share.
qint64 sharedCount(const std::vector<quint32>& a, const std::vector<quint32>& b);

} // namespace ul
