// SPDX-License-Identifier: MIT
// The tables of format 8 derived from all of a metric's months (customer lifetimes, activity of
// whole periods, monthly cohorts) and each dataset's customers always equal a direct computation
// from the rows imported: after imports in random order, overlapping imports, --replace and
// forget-import, on random fixtures with many customers; a format-7 workspace is read without
// them and gets them at its next import; `check` finds them damaged.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/DatasetCustomers.h"
#include "db/ImportCatalog.h"
#include "import/Importer.h"
#include "query/DatasetCatalog.h"
#include "store/ChunkFactStore.h"
#include "store/DerivedTables.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace ul;

namespace {

struct Row {
    QString customer;
    Day day;
    qint64 cents;
};

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

struct Lifetime {
    qint64 cents = 0;
    qint64 rows = 0;
    std::set<Day> days;
};

const Granularity kAll[] = {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Quarter,
                            Granularity::Year};

/// Compares every derived table of the `amount` metric with what the rows give.
void compareWithRows(Workspace& ws, const Imported& imported)
{
    QString error;
    const auto metric = findMetric(ws.db(), QStringLiteral("amount"), {}, &error);
    QVERIFY2(metric, qPrintable(error));
    ChunkFactStore store(ws.db());
    const auto precision = store.precision(metric->id, &error);
    QVERIFY(precision);
    std::map<QString, Lifetime> lifetimes;
    for (const auto& [file, rows] : imported)
        for (const Row& r : rows) {
            Lifetime& l = lifetimes[r.customer];
            l.cents += r.cents;
            ++l.rows;
            l.days.insert(r.day);
        }
    const auto names = customerNames(ws.db());

    // Lifetimes, as stored and as every view over all the data reads them.
    std::vector<CustomerTotal> kept;
    bool isKept = false;
    QVERIFY2(readLifetimes(ws.db(), metric->id, *precision, &kept, &isKept, &error), qPrintable(error));
    QVERIFY(isKept);
    const std::optional<DateRange> data = store.dataRange(metric->id, &error);
    QVERIFY(data);
    std::vector<CustomerTotal> read;
    QVERIFY2(store.customerTotals(metric->id, *data, std::nullopt, &read, &error), qPrintable(error));
    for (const std::vector<CustomerTotal>* totals : {&kept, &read}) {
        QCOMPARE(totals->size(), lifetimes.size());
        for (const CustomerTotal& t : *totals) {
            const auto it = lifetimes.find(names.value(t.customer));
            QVERIFY(it != lifetimes.end());
            QCOMPARE(t.value, it->second.cents);
            QCOMPARE(t.rows, it->second.rows);
            QCOMPARE(t.activeDays, int(it->second.days.size()));
            QCOMPARE(t.firstDay, *it->second.days.begin());
            QCOMPARE(t.lastDay, *it->second.days.rbegin());
        }
    }

    // Activity of every whole period with data: continuing from the period before, newcomers.
    for (const Granularity g : kAll) {
        std::map<Day, std::set<QString>> active;
        std::map<Day, qint64> newcomers;
        for (const auto& [customer, l] : lifetimes) {
            for (const Day d : l.days)
                active[periodStart(d, g)].insert(customer);
            ++newcomers[periodStart(*l.days.begin(), g)];
        }
        std::vector<PeriodActivity> stored;
        QVERIFY(readActivity(ws.db(), metric->id, granularityCode(g), -1000000, 1000000, &stored, &error));
        QCOMPARE(stored.size(), active.size());
        for (const PeriodActivity& a : stored) {
            const auto now = active.find(a.start);
            QVERIFY(now != active.end());
            const auto before = active.find(periodStart(a.start - 1, g));
            qint64 continuing = 0;
            if (before != active.end())
                for (const QString& c : now->second)
                    continuing += before->second.count(c);
            QVERIFY2(a.continuing == continuing && a.newcomers == newcomers[a.start],
                     qPrintable(QStringLiteral("%1 %2: stored %3/%4, rows say %5/%6")
                                    .arg(granularityKey(g), isoDate(a.start))
                                    .arg(a.continuing)
                                    .arg(a.newcomers)
                                    .arg(continuing)
                                    .arg(newcomers[a.start])));
        }
    }

    // Monthly cohorts by first active month.
    std::map<std::pair<Day, Day>, std::pair<qint64, qint64>> cohorts; // (cohort, month) -> customers, cents
    for (const auto& [customer, l] : lifetimes) {
        const Day cohort = periodStart(*l.days.begin(), Granularity::Month);
        std::map<Day, qint64> months;
        for (const auto& [file, rows] : imported)
            for (const Row& r : rows)
                if (r.customer == customer)
                    months[periodStart(r.day, Granularity::Month)] += r.cents;
        for (const auto& [month, cents] : months) {
            auto& cell = cohorts[{cohort, month}];
            ++cell.first;
            cell.second += cents;
        }
    }
    std::vector<CohortCell> cells;
    QVERIFY(readCohortCells(ws.db(), metric->id, &cells, &error));
    QCOMPARE(cells.size(), cohorts.size());
    for (const CohortCell& c : cells) {
        const auto it = cohorts.find({c.cohort, c.month});
        QVERIFY(it != cohorts.end());
        QCOMPARE(c.customers, it->second.first);
        QVERIFY(qAbs(c.value - double(it->second.second) / 100) < 1e-6);
    }

    // The dataset's customers: the earliest day with data of each (no created column).
    std::vector<DatasetCustomer> customers;
    QVERIFY(readDatasetCustomers(ws.db(), metric->datasetId, &customers, &isKept, &error));
    QVERIFY(isKept);
    std::map<QString, Day> firstDays;
    for (const auto& [customer, l] : lifetimes)
        firstDays[customer] = *l.days.begin();
    // A forgotten import's customers stay customers of the dataset only through the others.
    QCOMPARE(customers.size(), firstDays.size());
    for (const DatasetCustomer& c : customers) {
        QCOMPARE(c.created, DatasetCustomer::kNoDay);
        QCOMPARE(c.first, firstDays[names.value(c.customer)]);
    }
}

} // namespace

class TstDerivedTables : public QObject {
    Q_OBJECT
private slots:
    void derivedTablesEqualTheRows_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 12u, 13u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void derivedTablesEqualTheRows()
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
        const auto load = [&](const QString& name, ImportOptions how = {}) {
            how.dataset = options.dataset;
            const ImportResult r = importFiles(ws, {tmp.writeFile(name, csvOf(imported[name]))}, how);
            QVERIFY2(r.ok, qPrintable(r.error));
        };

        // Many customers over 14 months, a few rows each: most periods hold different people.
        imported[QStringLiteral("a.csv")] = randomRows(rng, 4000, start, 420, 700);
        load(QStringLiteral("a.csv"));
        compareWithRows(ws, imported);
        // Overlapping the last months and going beyond; then inside one month only.
        imported[QStringLiteral("b.csv")] = randomRows(rng, 2000, start + 300, 200, 900);
        load(QStringLiteral("b.csv"));
        compareWithRows(ws, imported);
        imported[QStringLiteral("c.csv")] = randomRows(rng, 500, start + 150, 12, 1200);
        load(QStringLiteral("c.csv"));
        compareWithRows(ws, imported);
        // Before all the data: every customer's first day and cohort move.
        imported[QStringLiteral("d.csv")] = randomRows(rng, 300, start - 40, 30, 500);
        load(QStringLiteral("d.csv"));
        compareWithRows(ws, imported);

        imported[QStringLiteral("b.csv")] = randomRows(rng, 900, start + 200, 150, 800);
        ImportOptions replace;
        replace.replace = true;
        load(QStringLiteral("b.csv"), replace);
        compareWithRows(ws, imported);

        QString error;
        QVERIFY2(forgetImport(ws.db(), 1, &error), qPrintable(error));
        imported.erase(QStringLiteral("a.csv"));
        compareWithRows(ws, imported);
        ws.close();
        const test::CliRun check = test::runCoreCommand({QStringLiteral("check"), QStringLiteral("--db"), tmp.path()});
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    }

    void viewsEqualTheScanAndFormat7IsReadWithoutThem()
    {
        // The same views read from the derived tables (format 8) and, after dropping them, from
        // every customer's months (a format-7 workspace, which readers read as it is).
        QRandomGenerator rng(7);
        test::TempWorkspace tmp;
        Imported imported;
        const Day start = *parseIsoDate(QStringLiteral("2024-02-10"));
        ImportOptions options;
        options.dataset = QStringLiteral("usage");
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            for (const char* name : {"a.csv", "b.csv"}) {
                const QString file = QLatin1String(name);
                imported[file] = randomRows(rng, 1500, start + (imported.empty() ? 0 : 120), 200, 400);
                QVERIFY(importFiles(ws, {tmp.writeFile(file, csvOf(imported[file]))}, options).ok);
            }
        }
        std::vector<QStringList> views;
        for (const char* v : {"top", "top-new", "kpis", "histogram", "pareto", "cohorts", "segments"})
            views.push_back({QStringLiteral("--view"), QLatin1String(v)});
        for (const char* g : {"day", "week", "month", "quarter", "year"}) {
            views.push_back({QStringLiteral("--view"), QStringLiteral("customers"), QStringLiteral("--granularity"),
                             QLatin1String(g)});
            // A range of whole periods inside the data, and one that cuts them.
            views.push_back({QStringLiteral("--view"), QStringLiteral("customers"), QStringLiteral("--granularity"),
                             QLatin1String(g), QStringLiteral("--from"), QStringLiteral("2024-04-01"),
                             QStringLiteral("--to"), QStringLiteral("2024-06-30")});
            views.push_back({QStringLiteral("--view"), QStringLiteral("customers"), QStringLiteral("--granularity"),
                             QLatin1String(g), QStringLiteral("--from"), QStringLiteral("2024-04-03"),
                             QStringLiteral("--to"), QStringLiteral("2024-06-20")});
        }
        const auto reports = [&] {
            QStringList out;
            for (const QStringList& v : views) {
                const test::CliRun r = test::runCoreCommand(
                    QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                QStringLiteral("--metric"), QStringLiteral("amount")}
                    + v);
                out << v.join(QLatin1Char(' ')) + QLatin1Char('\n') + QString::number(r.code) + r.out + r.err;
            }
            return out;
        };
        const QStringList derived = reports();
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            QString error;
            QVERIFY(hasDerivedTables(ws.db(), &error));
            const QString downgrade =
                QStringLiteral("DROP TABLE customer_lifetimes; DROP TABLE activity_totals; DROP TABLE cohort_cells; "
                               "DROP TABLE dataset_customers; ")
                + (test::onServer() ? QStringLiteral("UPDATE usagelens_meta SET value = '7' WHERE key = 'format'")
                                    : QStringLiteral("PRAGMA user_version = 7"));
            QVERIFY2(ws.db().exec(downgrade, &error), qPrintable(error));
        }
        const QStringList scanned = reports();
        for (qsizetype i = 0; i < derived.size(); ++i)
            QCOMPARE(derived[i], scanned[i]);

        // The next import brings the workspace to format 8 and fills the tables.
        Workspace ws;
        QVERIFY(tmp.open(ws));
        imported[QStringLiteral("c.csv")] = randomRows(rng, 600, start + 150, 120, 500);
        const ImportResult r = importFiles(
            ws, {tmp.writeFile(QStringLiteral("c.csv"), csvOf(imported[QStringLiteral("c.csv")]))}, options);
        QVERIFY2(r.ok, qPrintable(r.error));
        compareWithRows(ws, imported);
    }

    void checkFindsDamagedDerivedRows_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("activity") << QStringLiteral("UPDATE activity_totals SET continuing = continuing + 1 WHERE "
                                                    "granularity = 2");
        QTest::newRow("cohorts") << QStringLiteral("DELETE FROM cohort_cells WHERE month = (SELECT max(month) FROM "
                                                   "cohort_cells)");
        QTest::newRow("lifetimes") << QStringLiteral("DELETE FROM customer_lifetimes");
        QTest::newRow("customers") << QStringLiteral("DELETE FROM dataset_customers");
    }

    void checkFindsDamagedDerivedRows()
    {
        QFETCH(QString, damage);
        test::TempWorkspace tmp;
        QRandomGenerator rng(3);
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            ImportOptions options;
            options.dataset = QStringLiteral("usage");
            QVERIFY(importFiles(ws,
                                {tmp.writeFile(QStringLiteral("a.csv"),
                                               csvOf(randomRows(rng, 800, *parseIsoDate(QStringLiteral("2024-01-05")),
                                                                120, 100)))},
                                options)
                        .ok);
            QString error;
            QVERIFY2(ws.db().exec(damage, &error), qPrintable(error));
        }
        const test::CliRun check = test::runCoreCommand({QStringLiteral("check"), QStringLiteral("--db"), tmp.path()});
        QVERIFY2(check.code == 1, qPrintable(check.out + check.err));
    }
};

QTEST_GUILESS_MAIN(TstDerivedTables)
#include "tst_derived_tables.moc"
