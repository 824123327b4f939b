// SPDX-License-Identifier: MIT
#include "GuiSettings.h"

namespace ul {

namespace {
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kRecent = QStringLiteral("workspace/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kDark = QStringLiteral("window/darkTheme");
const QString kDataset = QStringLiteral("filters/dataset");
const QString kPreset = QStringLiteral("filters/preset");
const QString kFrom = QStringLiteral("filters/from");
const QString kTo = QStringLiteral("filters/to");
const QString kGranularity = QStringLiteral("filters/granularity");
const QString kTop = QStringLiteral("filters/top");
const QString kNewDays = QStringLiteral("filters/newWithinDays");
const QString kCustomer = QStringLiteral("filters/customer");
constexpr int kMaxRecent = 8;
} // namespace

QString GuiSettings::lastWorkspace() const { return m_settings.value(kLastWorkspace).toString(); }
void GuiSettings::setLastWorkspace(const QString& path) { m_settings.setValue(kLastWorkspace, path); }
QStringList GuiSettings::recentWorkspaces() const { return m_settings.value(kRecent).toStringList(); }

void GuiSettings::addRecentWorkspace(const QString& path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecent, recent);
}

QByteArray GuiSettings::geometry() const { return m_settings.value(kGeometry).toByteArray(); }
void GuiSettings::setGeometry(const QByteArray& geometry) { m_settings.setValue(kGeometry, geometry); }
bool GuiSettings::darkTheme() const { return m_settings.value(kDark, false).toBool(); }
void GuiSettings::setDarkTheme(bool dark) { m_settings.setValue(kDark, dark); }

FilterState GuiSettings::filters() const
{
    FilterState s;
    s.dataset = m_settings.value(kDataset).toString();
    s.preset = m_settings.value(kPreset, QStringLiteral("all")).toString();
    s.range = {m_settings.value(kFrom, 0).toInt(), m_settings.value(kTo, -1).toInt()};
    s.granularity = granularityFromKey(m_settings.value(kGranularity).toString()).value_or(Granularity::Month);
    s.top = std::clamp(m_settings.value(kTop, 10).toInt(), 1, 100);
    s.newWithinDays = std::clamp(m_settings.value(kNewDays, 90).toInt(), 1, 3650);
    s.customerName = m_settings.value(kCustomer).toString();
    return s;
}

void GuiSettings::setFilters(const FilterState& s)
{
    m_settings.setValue(kDataset, s.dataset);
    m_settings.setValue(kPreset, s.preset);
    m_settings.setValue(kFrom, s.range.from);
    m_settings.setValue(kTo, s.range.to);
    m_settings.setValue(kGranularity, granularityKey(s.granularity));
    m_settings.setValue(kTop, s.top);
    m_settings.setValue(kNewDays, s.newWithinDays);
    m_settings.setValue(kCustomer, s.customerName);
}

} // namespace ul
