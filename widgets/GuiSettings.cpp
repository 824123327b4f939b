// SPDX-License-Identifier: MIT
#include "GuiSettings.h"

#include "settings/Language.h"

#include <algorithm>

namespace ul {

namespace {
using K = Settings::Key;
constexpr int kMaxRecent = 8;
} // namespace

QString GuiSettings::lastWorkspace() const { return m_settings.value(K::LastWorkspace).toString(); }
void GuiSettings::setLastWorkspace(const QString& path) { m_settings.setValue(K::LastWorkspace, path); }
QStringList GuiSettings::recentWorkspaces() const { return m_settings.value(K::RecentWorkspaces).toStringList(); }

void GuiSettings::addRecentWorkspace(const QString& path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(K::RecentWorkspaces, recent);
}

QByteArray GuiSettings::geometry() const { return m_settings.value(K::WindowGeometry).toByteArray(); }
void GuiSettings::setGeometry(const QByteArray& geometry) { m_settings.setValue(K::WindowGeometry, geometry); }
bool GuiSettings::darkTheme() const { return m_settings.value(K::DarkTheme).toBool(); }
void GuiSettings::setDarkTheme(bool dark) { m_settings.setValue(K::DarkTheme, dark); }
QString GuiSettings::language() const
{
    return normalizeLanguage(m_settings.value(K::Language).toString()).value_or(QString());
}
void GuiSettings::setLanguage(const QString& code) { m_settings.setValue(K::Language, code); }

FilterState GuiSettings::filters() const
{
    FilterState s;
    s.dataset = m_settings.value(K::FilterDataset).toString();
    s.preset = m_settings.value(K::FilterPreset).toString();
    s.range = {m_settings.value(K::FilterFrom).toInt(), m_settings.value(K::FilterTo).toInt()};
    s.granularity = granularityFromKey(m_settings.value(K::FilterGranularity).toString()).value_or(Granularity::Month);
    s.top = std::clamp(m_settings.value(K::FilterTop).toInt(), 1, 100);
    s.newWithinDays = std::clamp(m_settings.value(K::FilterNewWithinDays).toInt(), 1, 3650);
    s.customerName = m_settings.value(K::FilterCustomer).toString();
    return s;
}

void GuiSettings::setFilters(const FilterState& s)
{
    m_settings.setValue(K::FilterDataset, s.dataset);
    m_settings.setValue(K::FilterPreset, s.preset);
    m_settings.setValue(K::FilterFrom, s.range.from);
    m_settings.setValue(K::FilterTo, s.range.to);
    m_settings.setValue(K::FilterGranularity, granularityKey(s.granularity));
    m_settings.setValue(K::FilterTop, s.top);
    m_settings.setValue(K::FilterNewWithinDays, s.newWithinDays);
    m_settings.setValue(K::FilterCustomer, s.customerName);
}

} // namespace ul
