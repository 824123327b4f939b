// SPDX-License-Identifier: MIT
// The derived rows (month summaries, period totals of every granularity) always equal a direct
// computation from the rows imported: after imports in random order, overlapping imports,
// --replace and forget-import, on random fixtures.
#include "StoredFacts.h"
#include "TempWorkspace.h"
#include "db/ImportCatalog.h"
#include "import/Importer.h"
#include "query/DatasetCatalog.h"
#include "store/ChunkFactStore.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace ul;

namespace {

struct Row {
    QString customer;
    Day day;
    qint64 cents; ///< the value, written with two decimals
};

/// The rows of the imports that are still in the workspace.
using Imported = std::map<QString, std::vector<Row>>; // file name -> rows

std::vector<Row> randomRows(QRandomGenerator& rng, int count, Day first, int days, int customers)
{
    std::vector<Row> rows;
    for (int i = 0; i < count; ++i)
        rows.push_back({QStringLiteral("c%1").arg(rng.bounded(customers)), first + Day(rng.bounded(days)),
                        qint64(rng.bounded(100000)) - 20000});
    return rows;
}

QByteArray csvOf(const std::vector<Row>& rows)
{
    QByteArray out("account,day,amount\n");
    for (const Row& r : rows) {
        const qint64 a = r.cents < 0 ? -r.cents : r.cents;
        out += QStringLiteral("%1,%2,%3%4.%5\n")
                   .arg(r.customer, isoDate(r.day), r.cents < 0 ? QStringLiteral("-") : QString())
                   .arg(a / 100)
                   .arg(a % 100, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return out;
}

struct Expected {
    qint64 cents = 0;
    qint64 rows = 0;
    std::set<QString> customers;
};

/// Checks a metric's stored period totals at every granularity against the rows, each row
/// contributing `valueOf(row)` (in stored units).
template <typename ValueOf>
void comparePeriodTotals(FactStore& store, qint64 metricId, const Imported& imported, ValueOf valueOf, const char* what)
{
    QString error;
    for (const Granularity g :
         {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Quarter, Granularity::Year}) {
        std::map<Day, Expected> expected;
        for (const auto& [file, rows] : imported)
            for (const Row& r : rows) {
                Expected& e = expected[periodStart(r.day, g)];
                e.cents += valueOf(r);
                ++e.rows;
                e.customers.insert(r.customer);
            }
        std::vector<PeriodAggregate> stored;
        QVERIFY(store.storedPeriodTotals(metricId, g, -1000000, 1000000, &stored, &error));
        QCOMPARE(stored.size(), expected.size());
        for (const PeriodAggregate& a : stored) {
            const Expected& e = expected[a.start];
            QVERIFY2(a.value == e.cents && a.rows == e.rows && a.active == qint64(e.customers.size()),
                     qPrintable(QStringLiteral("%1 %2 %3: stored %4/%5/%6, rows say %7/%8/%9")
                                    .arg(QLatin1String(what), granularityKey(g), isoDate(a.start))
                                    .arg(a.value)
                                    .arg(a.rows)
                                    .arg(a.active)
                                    .arg(e.cents)
                                    .arg(e.rows)
                                    .arg(e.customers.size())));
        }
    }
}

/// Checks every stored period total and month summary against the rows.
void compareWithRows(Workspace& ws, const Imported& imported)
{
    QString error;
    const auto metric = findMetric(ws.db(), QStringLiteral("amount"), {}, &error);
    QVERIFY2(metric, qPrintable(error));
    ChunkFactStore store(ws.db());
    const auto precision = store.precision(metric->id, &error);
    QVERIFY(precision && precision->exact && precision->scale == 2);
    comparePeriodTotals(
        store, metric->id, imported, [](const Row& r) { return r.cents; }, "amount");
    // The built-in records metric: one per row, in every period, whatever the imports overlap.
    const auto records = findMetric(ws.db(), QStringLiteral("records"), {}, &error);
    QVERIFY2(records, qPrintable(error));
    comparePeriodTotals(
        store, records->id, imported, [](const Row&) { return qint64(1); }, "records");
    // Month summaries: every customer's month.
    std::map<std::pair<Day, QString>, std::pair<qint64, std::set<Day>>> months;
    for (const auto& [file, rows] : imported)
        for (const Row& r : rows) {
            auto& m = months[{periodStart(r.day, Granularity::Month), r.customer}];
            m.first += r.cents;
            m.second.insert(r.day);
        }
    const auto names = customerNames(ws.db());
    size_t seen = 0;
    QVERIFY(store.monthSummaries(
        metric->id, -1000000, 1000000, std::nullopt,
        [&](Day month, const CustomerMonthTotal& c) {
            const auto it = months.find({month, names.value(c.customer)});
            QVERIFY(it != months.end());
            QCOMPARE(c.value, it->second.first);
            QCOMPARE(c.activeDays, int(it->second.second.size()));
            QCOMPARE(c.firstDay, *it->second.second.begin());
            QCOMPARE(c.lastDay, *it->second.second.rbegin());
            ++seen;
        },
        &error));
    QCOMPARE(seen, months.size());
    // One customer's days, read by key month by month, all imports merged.
    for (const QString& who : {QStringLiteral("c0"), QStringLiteral("c7"), QStringLiteral("c42")}) {
        std::map<Day, qint64> days;
        for (const auto& [file, rows] : imported)
            for (const Row& r : rows)
                if (r.customer == who)
                    days[r.day] += r.cents;
        const auto id = customerIdByExternal(ws.db(), who);
        if (!id) {
            QVERIFY(days.empty());
            continue;
        }
        std::map<Day, qint64> stored;
        QVERIFY(store.dayCells(
            metric->id, DateRange{-1000000, 1000000}, quint32(*id),
            [&](const DayCell& c) {
                QCOMPARE(c.customer, quint32(*id));
                stored[c.day] += c.value;
            },
            &error));
        QVERIFY2(stored == days, qPrintable(who));
    }
    // And the facts themselves add up to the rows.
    qint64 total = 0;
    for (const auto& [file, rows] : imported)
        for (const Row& r : rows)
            total += r.cents;
    QCOMPARE(qint64(std::llround(test::sumOfFacts(ws) * 100)), total);
}

} // namespace

class TstRollups : public QObject {
    Q_OBJECT
private slots:
    void rollupsEqualTheRows_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void rollupsEqualTheRows()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        ImportOptions options;
        options.dataset = QStringLiteral("usage");
        Imported imported;
        const Day start = *parseIsoDate(QStringLiteral("2023-11-20"));

        // A first file over 14 months, rows in random order, several per customer and day.
        imported[QStringLiteral("a.csv")] = randomRows(rng, 3000, start, 420, 60);
        QVERIFY(
            importFiles(ws, {tmp.writeFile(QStringLiteral("a.csv"), csvOf(imported[QStringLiteral("a.csv")]))}, options)
                .ok);
        compareWithRows(ws, imported);

        // A second file overlapping its last months and going beyond (shared months, weeks
        // across month ends, years).
        imported[QStringLiteral("b.csv")] = randomRows(rng, 1500, start + 300, 200, 80);
        const QString b = tmp.writeFile(QStringLiteral("b.csv"), csvOf(imported[QStringLiteral("b.csv")]));
        QVERIFY(importFiles(ws, {b}, options).ok);
        compareWithRows(ws, imported);

        // A third file inside one month only: a week at its start reaches into untouched days.
        imported[QStringLiteral("c.csv")] = randomRows(rng, 400, start + 150, 12, 30);
        QVERIFY(
            importFiles(ws, {tmp.writeFile(QStringLiteral("c.csv"), csvOf(imported[QStringLiteral("c.csv")]))}, options)
                .ok);
        compareWithRows(ws, imported);

        // --replace: b.csv's new content swaps the old.
        imported[QStringLiteral("b.csv")] = randomRows(rng, 900, start + 200, 150, 70);
        tmp.writeFile(QStringLiteral("b.csv"), csvOf(imported[QStringLiteral("b.csv")]));
        ImportOptions replace = options;
        replace.replace = true;
        const ImportResult replaced = importFiles(ws, {b}, replace);
        QVERIFY2(replaced.ok, qPrintable(replaced.error));
        QCOMPARE(replaced.files[0].replacedImports.size(), size_t(1));
        compareWithRows(ws, imported);

        // forget-import of the first file.
        QString error;
        QVERIFY2(forgetImport(ws.db(), 1, &error), qPrintable(error));
        imported.erase(QStringLiteral("a.csv"));
        compareWithRows(ws, imported);
    }

    void aLaterFileWithMoreDecimalsRescalesTheMetric()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        ImportOptions options;
        options.dataset = QStringLiteral("usage");
        QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("a.csv"), "customer_id,day,amount\nx,2024-01-01,1.5\n")},
                            options)
                    .ok);
        QVERIFY(importFiles(ws,
                            {tmp.writeFile(QStringLiteral("b.csv"), "customer_id,day,amount\nx,2024-01-02,0.125\n")},
                            options)
                    .ok);
        QString error;
        const auto metric = findMetric(ws.db(), QStringLiteral("amount"), {}, &error);
        ChunkFactStore store(ws.db());
        QCOMPARE(store.precision(metric->id, &error)->scale, 3);
        std::vector<PeriodAggregate> months;
        QVERIFY(store.storedPeriodTotals(metric->id, Granularity::Month, -1000000, 1000000, &months, &error));
        QCOMPARE(months.size(), size_t(1));
        QCOMPARE(months[0].value, RawValue(1625)); // 1.625 exactly
        // A value that is not a short decimal moves the metric to floating point.
        QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("c.csv"), "customer_id,day,amount\nx,2024-01-03,1e-9\n")},
                            options)
                    .ok);
        ChunkFactStore again(ws.db());
        QVERIFY(!again.precision(metric->id, &error)->exact);
        QVERIFY(again.storedPeriodTotals(metric->id, Granularity::Month, -1000000, 1000000, &months, &error));
        QCOMPARE(doubleFromRaw(months[0].value), 1.625 + 1e-9);
    }
};

QTEST_GUILESS_MAIN(TstRollups)
#include "tst_rollups.moc"
