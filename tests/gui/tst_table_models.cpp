// SPDX-License-Identifier: MIT
// The table models on hand-built values: QAbstractItemModelTester on each, display and sort
// roles, and colours from a fixed TableStyle.
#include "core/StandardColumns.h"
#include "export/PrintedTable.h"
#include "revenue/MonthIndex.h"
#include "tables/CohortModel.h"
#include "tables/GroupStatsModel.h"
#include "tables/HealthTableModel.h"
#include "tables/ReportTableModel.h"
#include "tables/SegmentRuleModel.h"
#include "tables/TableStyle.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ul;

namespace {

/// Black to white by the fraction: cell colours a test can predict.
class GreyStyle final : public TableStyle {
public:
    QColor heat(double fraction) const override
    {
        const int v = int(255 * std::clamp(fraction, 0.0, 1.0));
        return QColor(v, v, v);
    }
    QColor textOn(const QColor& background) const override
    {
        return background.value() > 127 ? QColor(Qt::black) : QColor(Qt::white);
    }
};

} // namespace

class TstTableModels : public QObject {
    Q_OBJECT
private slots:
    void printedHealthIsOrderedByStatusAndChange()
    {
        ReportTable t;
        t.name = QStringLiteral("health");
        // The health view's columns say what they hold (the PDF formats by it, not by the keys).
        t.columns = {cols::customer, cols::previous, cols::current, cols::changePct, cols::status};
        t.addRow({QStringLiteral("a"), 10.0, 10.0, 0.0, QStringLiteral("stable")});
        t.addRow({QStringLiteral("b"), 10.0, 5.0, -50.0, QStringLiteral("at_risk")});
        t.addRow({QStringLiteral("c"), 10.0, 2.0, -80.0, QStringLiteral("at_risk")});
        t.addRow({QStringLiteral("d"), 10.0, 15.0, 50.0, QStringLiteral("expanding")});
        t.addRow({QStringLiteral("e"), 10.0, 30.0, 200.0, QStringLiteral("expanding")});
        orderForReading(&t);
        QStringList order;
        for (const auto& row : t.rows)
            order << cellText(row[0]);
        QCOMPARE(order, (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("e"), QStringLiteral("d"),
                                     QStringLiteral("a")}));
        const PrintedTable printed = PrintedTable::from(t);
        QCOMPARE(printed.headers.value(3), QStringLiteral("Change"));
        QCOMPARE(printed.numeric, (std::vector<bool>{false, true, true, true, false}));
        // Narrow: half a page; the same table in a quarter of the room: the full width.
        QImage device(10, 10, QImage::Format_RGB32);
        const auto px = [](qreal pt) { return pt * 96 / 72; };
        const PrintedTableLayout half = PrintedTableLayout::fit(printed, 500, 1000, &device, px);
        QVERIFY(!half.fullWidth);
        QVERIFY(half.width() <= 500);
        const PrintedTableLayout full = PrintedTableLayout::fit(printed, half.width() / 2, 1000, &device, px);
        QVERIFY(full.fullWidth);
        QVERIFY(full.width() <= 1000);
    }

    void reportTableFormatsAndSortsByValue()
    {
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ReportTable t{QStringLiteral("top"),
                      {QStringLiteral("customer"), QStringLiteral("value"), QStringLiteral("share_pct")},
                      {}};
        t.addRow({QStringLiteral("a"), 1500.0, 75.0});
        t.addRow({QStringLiteral("b"), 500.0, ReportCell()});
        model.setTable(t);
        using F = ReportTableModel::Format;
        model.setColumns({{QStringLiteral("customer"), QStringLiteral("Customer"), F::Text},
                          {QStringLiteral("value"), QStringLiteral("Value"), F::Money},
                          {QStringLiteral("share_pct"), QStringLiteral("Share"), F::Percent},
                          {QStringLiteral("absent"), QStringLiteral("Absent"), F::Count}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1,500.00"));
        QCOMPARE(model.index(0, 1).data(ReportTableModel::SortRole).toDouble(), 1500.0);
        QCOMPARE(model.index(1, 0).data(ReportTableModel::SortRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("n/a")); // missing, not 0
        QVERIFY(!model.index(1, 2).data(ReportTableModel::SortRole).isValid());
        QCOMPARE(model.index(0, 3).data().toString(), QString()); // a column the table lacks
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
    }

    void cohortHeatmapTakesItsColoursFromTheStyle()
    {
        auto style = std::make_shared<GreyStyle>();
        CohortModel model(style);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Cohort jan{monthIndex(2024, 1), {4, 2, 1}, {400'000'000, 300'000'000, 500'000'000}};
        Cohort feb{monthIndex(2024, 2), {2, 2}, {100'000'000, 0}};
        model.setCohorts({jan, feb}, QStringLiteral("EUR"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(*model.value(0, 1), 0.5); // 2 of 4 customers
        QVERIFY(!model.value(1, 2));       // outside the triangle
        QCOMPARE(model.index(0, 1).data(Qt::BackgroundRole).value<QColor>(), QColor(127, 127, 127));
        QCOMPARE(model.index(0, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black)); // on white
        model.setMeasure(CohortModel::Measure::Revenue);
        QCOMPARE(*model.value(0, 2), 1.25); // 500 of 400: expansion
        QCOMPARE(model.index(0, 2).data(Qt::BackgroundRole).value<QColor>(), QColor(255, 255, 255)); // clamped
        QVERIFY(!model.index(1, 2).data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStyle(ChartTableStyle::forTheme(true));
        QCOMPARE(changed.count(), 1);
    }

    void groupStatsSortsByRawNumbers()
    {
        GroupStatsModel model(QStringLiteral("Segment"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RfmGroupStats champions{2, 40.0, 900.0, 90.0, 3.0, 12.0, 450.0};
        RfmGroupStats lost{3, 60.0, 100.0, 10.0, 200.0, 1.0, 33.3};
        model.setRows(
            {{QStringLiteral("Champions"), champions, QColor(Qt::red)}, {QStringLiteral("Lost"), lost, QColor()}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(GroupStatsModel::ColumnCount));
        QCOMPARE(model.index(0, GroupStatsModel::Group).data().toString(), QStringLiteral("Champions"));
        QCOMPARE(model.index(1, GroupStatsModel::Customers).data(GroupStatsModel::SortRole).toDouble(), 3.0);
        QCOMPARE(model.index(0, GroupStatsModel::Value).data(GroupStatsModel::SortRole).toDouble(), 900.0);
        QVERIFY(!model.headerData(GroupStatsModel::Group, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    }

    void healthListKeepsOneStatus()
    {
        HealthTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::vector<HealthRecord> records{
            {1, 100, 40, -60, HealthStatus::AtRisk, {50, 30, 20, 20, 10, 10}},
            {2, 10, 30, 200, HealthStatus::Expanding, {1, 4, 5, 10, 10, 10}},
            {3, 100, 50, -50, HealthStatus::AtRisk, {40, 30, 30, 20, 20, 10}},
        };
        const QHash<qint64, QString> names{{1, QStringLiteral("acme")}, {3, QStringLiteral("globex")}};
        model.setRecords(records, HealthStatus::AtRisk, names);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.customerAt(1), QStringLiteral("globex"));
        QCOMPARE(model.index(0, HealthTableModel::Change).data(HealthTableModel::SortRole).toDouble(), -60.0);
        QCOMPARE(model.index(0, HealthTableModel::Customer).data(HealthTableModel::CustomerIdRole).toString(),
                 QStringLiteral("acme"));
        QCOMPARE(
            model.index(0, HealthTableModel::Trend).data(HealthTableModel::TrendRole).value<QList<double>>().size(), 6);
        model.setRecords(records, HealthStatus::Expanding, names);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.customerAt(0), QStringLiteral("2")); // no name: the internal id
    }

    void segmentRulesRefuseInvalidEdits()
    {
        SegmentRuleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules({{QStringLiteral("Best"), 4, 5, 4, 5, 4, 5}, {QStringLiteral("Rest"), 1, 5, 1, 5, 1, 5}});
        QSignalSpy changed(&model, &SegmentRuleModel::rulesChanged);
        QSignalSpy rejected(&model, &SegmentRuleModel::rejected);
        QVERIFY(model.setData(model.index(0, SegmentRuleModel::RMin), 3));
        QCOMPARE(model.rules().front().rMin, 3);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.setData(model.index(0, SegmentRuleModel::RMin), 6)); // scores are 1..5
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(model.rules().front().rMin, 3);
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.flags(model.index(0, SegmentRuleModel::Name)) & Qt::ItemIsEditable);
        QVERIFY(model.removeRows(1, 1));
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TstTableModels)
#include "tst_table_models.moc"
