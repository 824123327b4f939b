// SPDX-License-Identifier: MIT
// The Revenue tab: shown only for invoice datasets, shows the engine's numbers, recomputes on
// settings changes and remembers them per workspace and dataset.
#include "BillingFixtures.h"
#include "ChartPanel.h"
#include "KpiCard.h"
#include "MainWindow.h"
#include "MetricTab.h"
#include "TabFactory.h"
#include "TempWorkspace.h"
#include "ViewTablesDialog.h"
#include "import/Importer.h"
#include "revenue/MonthIndex.h"
#include "revenue/RevenueTab.h"
#include "settings/RevenueSettingsStore.h"
#include "tables/CohortModel.h"
#include "tables/ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QScatterSeries>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <algorithm>

#include <memory>

using namespace ul;

namespace {

struct Paid {
    const char* customer;
    int year, month, day;
    double amount;
};

// Hand-made history covering every movement: a new (Jan), b new (Jan); Feb: a expands,
// b contracts (paying twice), c new; Mar: c pays 0 (churn), d new; Apr: a churns;
// May: a reactivates.
const Paid kInvoices[] = {
    {"a", 2024, 1, 10, 100}, {"b", 2024, 1, 12, 50}, {"a", 2024, 2, 10, 150}, {"b", 2024, 2, 3, 30},
    {"b", 2024, 2, 20, 10},  {"c", 2024, 2, 14, 80}, {"a", 2024, 3, 10, 150}, {"b", 2024, 3, 5, 40},
    {"c", 2024, 3, 14, 0},   {"d", 2024, 3, 28, 60}, {"b", 2024, 4, 5, 40},   {"d", 2024, 4, 28, 60},
    {"a", 2024, 5, 10, 120}, {"b", 2024, 5, 5, 40},  {"d", 2024, 5, 28, 60},
};

qint64 epochNoon(const Paid& p)
{
    return QDateTime(QDate(p.year, p.month, p.day), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

std::vector<Invoice> handInvoices()
{
    std::vector<Invoice> out;
    for (const Paid& p : kInvoices)
        out.push_back(Invoice{qint64(p.customer[0]), *dayFromYmd(p.year, p.month, p.day), p.amount, 1});
    return out;
}

FilterState allOf(const DatasetInfo& ds)
{
    FilterState f;
    f.dataset = ds.name;
    f.datasetId = ds.id;
    f.range = {*dayFromYmd(2024, 1, 1), *dayFromYmd(2024, 12, 31)};
    f.granularity = Granularity::Month;
    return f;
}

} // namespace

class TstRevenueTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Isolated settings: never touch the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_revenue_tab"));
        QSettings().clear();

        QByteArray ndjson;
        for (const Paid& p : kInvoices)
            ndjson += QStringLiteral("{\"customerId\":\"%1\",\"amountPaid\":%2,\"timestampPaid\":%3}\n")
                          .arg(QLatin1String(p.customer))
                          .arg(p.amount)
                          .arg(epochNoon(p))
                          .toUtf8();
        Workspace ws;
        QVERIFY(m_tmp.open(ws));
        ImportOptions invoices;
        invoices.dataset = QStringLiteral("invoices");
        ImportResult r = importFiles(ws, {m_tmp.writeFile(QStringLiteral("invoices.ndjson"), ndjson)}, invoices);
        QVERIFY2(r.ok, qPrintable(r.error));
        ImportOptions usage;
        usage.dataset = QStringLiteral("usage");
        r = importFiles(ws, {test::testDataFile(QStringLiteral("usage_small.csv"))}, usage);
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        for (const DatasetInfo& d : listDatasets(ws.db(), &error))
            m_datasets.insert(d.name, d);
        QVERIFY(m_datasets.contains(QStringLiteral("invoices")));
        QVERIFY(m_datasets.contains(QStringLiteral("usage")));
    }

    void tabOnlyForInvoiceDatasets()
    {
        QWidget parent;
        const auto revenueTabs = [](const DatasetInfo& d) {
            std::vector<TabSpec> out;
            for (const TabSpec& t : datasetTabs(d))
                if (t.group == TabGroup::Revenue)
                    out.push_back(t);
            return out;
        };
        const DatasetInfo invoices = m_datasets.value(QStringLiteral("invoices"));
        const auto tabs = revenueTabs(invoices);
        QCOMPARE(tabs.size(), size_t(1));
        QCOMPARE(tabs.front().title, QStringLiteral("Revenue"));
        QVERIFY(qobject_cast<RevenueTab*>(createDashboardTab(m_tmp.path(), invoices, tabs.front(), &parent)));
        QVERIFY(revenueTabs(m_datasets.value(QStringLiteral("usage"))).empty());
    }

    void movementsEqualEngine()
    {
        auto tab = newTab();
        const std::vector<MrrMovement> expected = computeMovements(computeMrr(handInvoices()),
                                                                   FirstMonthRule::OpeningBase);
        const std::vector<MrrMovement>& got = tab->data().analysis.movements;
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got.size(), size_t(5));
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].month, expected[i].month);
            QCOMPARE(got[i].starting, expected[i].starting);
            QCOMPARE(got[i].newMrr, expected[i].newMrr);
            QCOMPARE(got[i].expansion, expected[i].expansion);
            QCOMPARE(got[i].reactivation, expected[i].reactivation);
            QCOMPARE(got[i].contraction, expected[i].contraction);
            QCOMPARE(got[i].churned, expected[i].churned);
            QCOMPARE(got[i].ending, expected[i].ending);
        }
        // May: a is back (120), b 40, d 60.
        QCOMPARE(got.back().reactivation, toMicros(120));
        QCOMPARE(got.back().ending, toMicros(220));
        QVERIFY(tab->panel(RevenueTab::Movements)->hasChart());
        QVERIFY(tab->panel(RevenueTab::Mrr)->hasChart());
        QVERIFY(tab->panel(RevenueTab::Customers)->hasChart());
        // The data ends on 28 May, so the key figures are April's (b 40 + d 60), and say why.
        QVERIFY2(tab->kpiCard(RevenueTab::MrrKpi)->valueText().startsWith(QStringLiteral("100 ")),
                 qPrintable(tab->kpiCard(RevenueTab::MrrKpi)->valueText()));
        QVERIFY2(tab->headlineNote().contains(QStringLiteral("2024-04"))
                     && tab->headlineNote().contains(QStringLiteral("2024-05")),
                 qPrintable(tab->headlineNote()));
        // January (from the 10th) and May (to the 28th) are partial: lighter bars, hollow points.
        QChart* movementsChart = tab->panel(RevenueTab::Movements)->chart();
        for (QAbstractSeries* s : movementsChart->series())
            if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
                for (QBarSet* set : bars->barSets()) {
                    QList<int> selected = set->selectedBars();
                    std::sort(selected.begin(), selected.end());
                    QCOMPARE(selected, (QList<int>{0, 4}));
                }
        int hollowPoints = 0;
        for (QAbstractSeries* s : tab->panel(RevenueTab::Mrr)->chart()->series())
            if (auto* scatter = qobject_cast<QScatterSeries*>(s); scatter && scatter->name().isEmpty())
                hollowPoints += int(scatter->count());
        QCOMPARE(hollowPoints, 2);
        QCOMPARE(tab->unitEconomicsModel()->rowCount(), 5);
        QVERIFY(tab->cohortModel()->rowCount() > 0);
    }

    void rangeSelectsMonths()
    {
        auto tab = newTab();
        FilterState f = allOf(m_datasets.value(QStringLiteral("invoices")));
        f.range = {*dayFromYmd(2024, 3, 1), *dayFromYmd(2024, 4, 30)};
        tab->setFilters(f);
        QCOMPARE(tab->data().visibleMonths(), (std::vector<int>{monthIndex(2024, 3), monthIndex(2024, 4)}));
        QCOMPARE(tab->unitEconomicsModel()->rowCount(), 2);
        // April is the last month in range: MRR b 40 + d 60.
        QVERIFY(tab->kpiCard(RevenueTab::MrrKpi)->valueText().startsWith(QStringLiteral("100")));
        f.range = {*dayFromYmd(2020, 1, 1), *dayFromYmd(2020, 12, 31)};
        tab->setFilters(f);
        QVERIFY(!tab->panel(RevenueTab::Movements)->hasChart());
        QVERIFY(tab->panel(RevenueTab::Movements)->message().contains(QStringLiteral("No data")));
    }

    void spendChangesCac()
    {
        auto tab = newTab();
        const int cacColumn = 3;
        const int row = 1; // February: one new customer (January's two open the data)
        const QVariant before = tab->unitEconomicsModel()->data(tab->unitEconomicsModel()->index(row, cacColumn),
                                                                ReportTableModel::SortRole);
        QCOMPARE(before.toDouble(), 4000.0);
        RevenueSettings s = tab->revenueSettings();
        s.monthlyAcquisitionSpend = 9000;
        tab->setRevenueSettings(s);
        const UnitEconomicsMonth& feb = tab->data().analysis.unitEconomics.at(1);
        QVERIFY(feb.cac);
        QCOMPARE(*feb.cac, 9000.0);
        QCOMPARE(tab->unitEconomicsModel()
                     ->data(tab->unitEconomicsModel()->index(row, cacColumn), ReportTableModel::SortRole)
                     .toDouble(),
                 9000.0);
        // Counting the first month as new gives January its two new customers and a CAC.
        s.firstMonthIsNew = true;
        tab->setRevenueSettings(s);
        QCOMPARE(tab->data().analysis.customers.front().newCustomers, 2);
        QCOMPARE(tab->data().analysis.unitEconomics.front().cac.value_or(0), 4500.0);
    }

    void currencyChangeReachesTheMoneyTab()
    {
        // Changing the currency on the Revenue tab relabels amountPaid's cards at once.
        MainWindow window(MainWindow::Options{false, true});
        QString error;
        QVERIFY2(window.openWorkspace(m_tmp.path(), &error), qPrintable(error));
        window.show();
        window.selectDataset(QStringLiteral("invoices"));
        MetricTab* money = window.metricTab(QStringLiteral("amountpaid"));
        auto* revenue = window.tabs()->findChild<RevenueTab*>();
        QVERIFY(money && revenue);
        window.tabs()->setCurrentWidget(money);
        QTRY_VERIFY(money->kpiCard(MetricTab::Total)->valueText().endsWith(revenue->currency()));
        RevenueSettings s = revenue->revenueSettings();
        s.currency = QStringLiteral("CHF");
        revenue->setRevenueSettings(s);
        QTRY_VERIFY2(money->kpiCard(MetricTab::Total)->valueText().endsWith(QStringLiteral("CHF")),
                     qPrintable(money->kpiCard(MetricTab::Total)->valueText()));
    }

    void settingsRememberedPerWorkspaceAndDataset()
    {
        RevenueSettings s;
        s.monthlyAcquisitionSpend = 1234;
        s.currency = QStringLiteral("USD");
        s.grossMarginPct = 80;
        s.billingPeriodMonths = 12;
        RevenueSettingsStore(m_tmp.path(), QStringLiteral("invoices")).save(s);
        const RevenueSettings back = RevenueSettingsStore(m_tmp.path(), QStringLiteral("invoices")).load();
        QCOMPARE(back.monthlyAcquisitionSpend, 1234.0);
        QCOMPARE(back.currency, QStringLiteral("USD"));
        QCOMPARE(back.grossMarginPct, 80.0);
        QCOMPARE(back.billingPeriodMonths, 12);
        const RevenueSettings other = RevenueSettingsStore(m_tmp.path(), QStringLiteral("other")).load();
        QCOMPARE(other.currency, QStringLiteral("EUR"));
        QCOMPARE(other.monthlyAcquisitionSpend, 4000.0);
        QVERIFY(RevenueSettingsStore(m_tmp.path(), QStringLiteral("a/b")).group()
                != RevenueSettingsStore(m_tmp.dir() + QStringLiteral("/x.usagelens"), QStringLiteral("a/b")).group());
        QSettings().clear();
    }

    void modelsPassTester()
    {
        RevenueTab tab(m_tmp.path(), QStringLiteral("invoices"));
        tab.setSynchronous(true);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        QAbstractItemModelTester t1(tab.unitEconomicsModel(), Mode::QtTest);
        QAbstractItemModelTester t2(tab.coreProfileModel(), Mode::QtTest);
        QAbstractItemModelTester t3(tab.cohortModel(), Mode::QtTest);
        tab.setFilters(allOf(m_datasets.value(QStringLiteral("invoices"))));
        QVERIFY(tab.coreProfileModel()->rowCount() > 0);
        CohortModel* cohorts = tab.cohortModel();
        // January cohort (a, b): 2 customers, both still active in March, only b in April.
        QCOMPARE(cohorts->value(0, 0).value_or(-1), 1.0);
        QCOMPARE(cohorts->value(0, 3).value_or(-1), 0.5);
        QVERIFY(cohorts->data(cohorts->index(0, 3), Qt::ToolTipRole).toString().contains(QStringLiteral("1 of 2")));
        cohorts->setMeasure(CohortModel::Measure::Revenue);
        QCOMPARE(cohorts->value(0, 1).value_or(-1), 190.0 / 150.0);
        tab.setDark(true);
        tab.setFilters(FilterState{});
    }

    void billingExportHasACurrencySelectorAndItsLeftOutInvoices()
    {
        // A Stripe export in euros and dollars: one currency at a time, never a sum; what was
        // left out is said, with a button to the list.
        test::TempWorkspace tmp;
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            ImportOptions options;
            options.dataset = QStringLiteral("stripe");
            const ImportResult r = importFiles(
                ws, {tmp.writeFile(QStringLiteral("stripe.csv"), test::stripeExport(test::scenarioInvoices()))},
                options);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QString error;
        const std::optional<DatasetInfo> stripe = findDataset(ws.db(), QStringLiteral("stripe"), &error);
        QVERIFY(stripe && stripe->billing);
        RevenueTab tab(tmp.path(), QStringLiteral("stripe"));
        tab.setSynchronous(true);
        tab.resize(1280, 720);
        FilterState f;
        f.dataset = stripe->name;
        f.datasetId = stripe->id;
        f.range = {*dayFromYmd(2022, 1, 1), *dayFromYmd(2022, 12, 31)};
        f.granularity = Granularity::Month;
        tab.setFilters(f);
        QComboBox* currency = tab.currencySelector();
        QVERIFY(currency->isVisibleTo(&tab));
        QCOMPARE(currency->count(), 2);
        QCOMPARE(currency->itemText(0), QStringLiteral("EUR"));
        QCOMPARE(currency->itemText(1), QStringLiteral("USD"));
        QCOMPARE(currency->currentText(), QStringLiteral("EUR"));
        // December 2022 in euros: 100 + 40 + 25 (tests/core/tst_billing_exports.cpp).
        QVERIFY2(tab.kpiCard(RevenueTab::MrrKpi)->valueText() == QStringLiteral("165 EUR"),
                 qPrintable(tab.kpiCard(RevenueTab::MrrKpi)->valueText()));
        QCOMPARE(tab.excludedLabel()->text(),
                 QStringLiteral("Left out of MRR: void 2, uncollectible 1, one-off 1.")); // the draft is of 2023
        QCOMPARE(tab.reportRequest().currency, QStringLiteral("eur"));
        tab.setBillingCurrency(QStringLiteral("USD"));
        QCOMPARE(currency->currentText(), QStringLiteral("USD"));
        QVERIFY2(tab.kpiCard(RevenueTab::MrrKpi)->valueText() == QStringLiteral("99 USD"),
                 qPrintable(tab.kpiCard(RevenueTab::MrrKpi)->valueText()));
        QCOMPARE(tab.excludedLabel()->text(), QStringLiteral("Every invoice counts toward MRR."));
        tab.setBillingCurrency(QStringLiteral("eur"));
        // The list of what was left out: the excluded-invoices view, as `usagelens report` prints it.
        auto* button = tab.findChild<QToolButton*>(QStringLiteral("excludedInvoicesButton"));
        QVERIFY(button && button->isVisibleTo(&tab));
        button->click();
        ViewTablesDialog* dialog = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<ViewTablesDialog*>(w); d && d->isVisible())
                dialog = d;
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 4);
        dialog->close();
        if (const QString dir = qEnvironmentVariable("UL_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(tab.grab().save(dir + QStringLiteral("/revenue_tab_billing.png")));
    }

private:
    std::unique_ptr<RevenueTab> newTab()
    {
        auto tab = std::make_unique<RevenueTab>(m_tmp.path(), QStringLiteral("invoices"));
        tab->setSynchronous(true);
        tab->setFilters(allOf(m_datasets.value(QStringLiteral("invoices"))));
        return tab;
    }

    test::TempWorkspace m_tmp;
    QHash<QString, DatasetInfo> m_datasets;
};

QTEST_MAIN(TstRevenueTab)
#include "tst_revenue_tab.moc"
