// SPDX-License-Identifier: MIT
#pragma once

#include "DashboardTab.h"
#include "RevenueTabData.h"

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace ul {

class ChartPanel;
class CohortModel;
class KpiCard;
class ReportTableModel;
class RevenueSettingsPanel;

/// MRR, its movements, customers, cohorts, unit economics and the core-customer profile of an
/// invoices dataset. The analysis runs on a worker thread (RevenueTabData::load) whenever the
/// filters or the settings change; a generation counter drops superseded results.
/// GUI thread only. Settings are remembered per workspace and dataset, except in synchronous
/// (snapshot) mode, which neither reads nor writes them.
class RevenueTab : public DashboardTab {
    Q_OBJECT
public:
    enum Chart { Movements, Mrr, Customers, ProfileRatios, ChartCount };
    enum Kpi { MrrKpi, Growth, Nrr, LogoChurn, LtvCac, Payback, KpiCount };

    RevenueTab(const QString& workspacePath, const QString& dataset, QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("revenue"); }
    ReportRequest reportRequest() const override;
    void setFilters(const FilterState& filters) override;
    FilterState filters() const override { return m_filters; }
    void setDark(bool dark) override;
    /// The currency the settings name, for the money metric's own tab.
    QString currency() const { return m_settings.currency; }
    /// A billing export in several currencies: shows `currency` (lower or upper case) and recomputes.
    void setBillingCurrency(const QString& currency);
    QComboBox* currencySelector() const { return m_currency; }
    QLabel* excludedLabel() const { return m_excluded; }
    /// The customers whose payments made `month`'s change (a click on MRR or its movements; of
    /// the cohort `cohort` only for a click on a cohort cell).
    void openContributors(const QString& month, const QString& cohort = {});

signals:
    /// The user changed the currency in the Revenue settings.
    void currencyChanged(const QString& currency);

public:
    /// As if the user changed the side panel: saves (unless synchronous) and recomputes.
    void setRevenueSettings(const RevenueSettings& settings);
    const RevenueSettings& revenueSettings() const { return m_settings; }
    const RevenueTabData& data() const { return m_data; }
    ChartPanel* panel(Chart chart) const { return m_panels[chart]; }
    KpiCard* kpiCard(Kpi kpi) const { return m_cards[kpi]; }
    QString headlineNote() const;
    /// Draws the MRR forecast with its bands, and its track record under the MRR chart.
    void setForecastShown(bool shown);
    bool forecastShown() const { return m_forecast; }
    QString kpiNote() const override;
    ReportTableModel* unitEconomicsModel() const { return m_unitEconomics; }
    ReportTableModel* coreProfileModel() const { return m_coreProfile; }
    CohortModel* cohortModel() const { return m_cohorts; }
    RevenueSettingsPanel* settingsPanel() const { return m_settingsPanel; }
    /// The revenue views of `usagelens report` for the months in range (PDF, workbook).
    std::vector<ReportTable> tables() const override;
    std::vector<QChart*> charts() const override;
    std::vector<std::pair<QString, QString>> kpis() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Until the user toggles it, the settings panel is shown only on a tab this wide, so the
    /// views keep every label readable on a 1280-pixel projector.
    static constexpr int kSettingsPanelMinWidth = 1500;
    void showSettings(bool shown);
    void refresh() override;
    void redraw() override { rebuild(); }
    void apply(RevenueTabData data);
    void rebuild();
    void rebuildKpis();
    void ensureSettingsLoaded();

    QString m_workspacePath;
    QString m_dataset;
    FilterState m_filters;
    RevenueSettings m_settings;
    RevenueTabData m_data;
    bool m_dark = false;
    bool m_settingsLoaded = false;
    bool m_hasFilters = false;
    std::array<ChartPanel*, ChartCount> m_panels{};
    std::array<KpiCard*, KpiCount> m_cards{};
    ReportTableModel* m_unitEconomics = nullptr;
    ReportTableModel* m_coreProfile = nullptr;
    CohortModel* m_cohorts = nullptr;
    QTableView* m_cohortView = nullptr;
    QComboBox* m_cohortMeasure = nullptr;
    QLabel* m_coreTitle = nullptr;
    RevenueSettingsPanel* m_settingsPanel = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_settingsSide = nullptr;
    QToolButton* m_settingsButton = nullptr;
    bool m_settingsToggledByUser = false;
    QCheckBox* m_forecastBox = nullptr;
    bool m_forecast = false;
    QLabel* m_headlineNote = nullptr; ///< which month the cards show, and the partial one left out
    // A billing export: the currency shown (revenue is never summed across currencies) and the
    // invoices the money rules left out, with a button to their list.
    QWidget* m_billingBar = nullptr;
    QComboBox* m_currency = nullptr;
    QLabel* m_excluded = nullptr;
    QToolButton* m_excludedButton = nullptr;
    QString m_chosenCurrency; ///< the user's choice; empty: the first
    void rebuildBillingBar();
    void showExcludedInvoices();
};

} // namespace ul
