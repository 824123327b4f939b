// SPDX-License-Identifier: MIT
#include "store/ActivityChain.h"

namespace ul {

qint64 sharedCount(const std::vector<quint32>& a, const std::vector<quint32>& b)
{
    qint64 n = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

bool ActivityChain::closeRun(QString* error)
{
    // The period after the run was not recomputed, but the run's last set changed under it.
    const Day next = nextPeriodStart(*m_last, m_granularity);
    std::vector<quint32> set;
    if (!m_load(next, &set, error))
        return false;
    if (!set.empty())
        m_continuing[next] = sharedCount(set, m_lastSet);
    return true;
}

bool ActivityChain::add(Day start, std::vector<quint32> set, QString* error)
{
    const Day previous = periodStart(start - 1, m_granularity);
    if (m_last && *m_last == previous) {
        m_continuing[start] = sharedCount(set, m_lastSet);
    } else {
        if (m_last && !closeRun(error))
            return false;
        std::vector<quint32> before;
        if (!m_load(previous, &before, error))
            return false;
        m_continuing[start] = sharedCount(set, before);
    }
    m_last = start;
    m_lastSet = std::move(set);
    return true;
}

bool ActivityChain::finish(QString* error)
{
    if (m_last && !closeRun(error))
        return false;
    m_last.reset();
    m_lastSet.clear();
    return true;
}

} // namespace ul
