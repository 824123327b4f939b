// SPDX-License-Identifier: MIT
// Dimensions: text columns kept per row, filtered with --where and split with --by in every
// view. Every expected number is worked out by hand from the fixture below.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace ul;

class TestDimensions : public QObject {
    Q_OBJECT
private slots:
    void init();
    void detectionKeepsRepeatingTextPerRow();
    void equalAndNotEqual();
    void sameColumnIsAnyDifferentColumnsAreAll();
    void blankCellsAndBooleans();
    void breakdownByColumn();
    void distinctCountsUniteAcrossSlices();
    void rankingKpisAndMovementsAreFiltered();
    void unknownColumnsAreNamed();
    void laterImportWithMoreDecimalsKeepsSlicesExact();
    void newDimensionWarnsAboutEarlierImports();

private:
    std::unique_ptr<test::TempWorkspace> m_tmp;
};

namespace {

test::CliRun cli(const QStringList& args) { return test::runCoreCommand(args); }

QStringList lines(const QString& text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

// Tab-separated, US dates. acme watches from Germany and France (viewer v1 in both in January);
// beta is internal in January and has a row without a country in February; gamma is in both
// countries in February.
const char kUsage[] = "Account\tDate\tCountry\tPlan\tInternal\tMinutes\tViewer\tNote\n"
                      "acme\t1/5/2024\tDE\tpro\tFALSE\t10\tv1\tfirst\n"
                      "acme\t1/5/2024\tFR\tpro\tFALSE\t2.5\tv2\tsecond\n"
                      "acme\t1/20/2024\tDE\tpro\tfalse\t4\tv1\tthird\n"
                      "acme\t1/22/2024\tFR\tpro\tFALSE\t1\tv1\tfourth\n"
                      "beta\t1/7/2024\tFR\tfree\tTRUE\t3\tv3\tfifth\n"
                      "beta\t2/2/2024\t\tfree\tFALSE\t6\tv3\tsixth\n"
                      "gamma\t2/3/2024\tDE\tpro\tFALSE\t1\tv1\tseventh\n"
                      "gamma\t2/14/2024\tFR\tpro\tFALSE\t5\tv4\teighth\n"
                      "acme\t2/28/2024\tDE\tpro\tFALSE\t7\tv2\tninth\n"
                      "beta\t3/31/2024\tIT\tfree\tFALSE\t2\tv5\ttenth\n";

QStringList report(const QString& db, const QString& view, const QString& metric, const QStringList& extra = {})
{
    const auto r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"), view,
                                   QStringLiteral("--metric"), metric}
                       + extra);
    if (r.code != 0)
        return {QStringLiteral("error %1: %2").arg(r.code).arg(r.err)};
    return lines(r.out);
}

/// Monthly totals of minutes under the given --where conditions, without the header.
QStringList monthly(const QString& db, const QStringList& where, const QString& metric = QStringLiteral("minutes"))
{
    QStringList extra = {QStringLiteral("--granularity"), QStringLiteral("month")};
    for (const QString& w : where)
        extra << QStringLiteral("--where") << w;
    return report(db, QStringLiteral("totals"), metric, extra).mid(1);
}

QString kpi(const QStringList& rows, const QString& name)
{
    for (const QString& row : rows)
        if (row.startsWith(name + QLatin1Char(',')))
            return row.mid(name.size() + 1);
    return QStringLiteral("(missing)");
}

} // namespace

void TestDimensions::init()
{
    m_tmp = std::make_unique<test::TempWorkspace>();
    const QString file = m_tmp->writeFile(QStringLiteral("views.tsv"), kUsage);
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--dataset"),
                        QStringLiteral("views"), QStringLiteral("--map"), QStringLiteral("distinct=Viewer"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestDimensions::detectionKeepsRepeatingTextPerRow()
{
    // A fresh import of the same layout shows the decision: free text (one value per row) stays
    // per customer.
    test::TempWorkspace other;
    const auto again = cli({QStringLiteral("import"), QStringLiteral("--db"), other.path(),
                            other.writeFile(QStringLiteral("v.tsv"), kUsage)});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(
        again.out.contains(QStringLiteral("dimension : Country [country], Plan [plan], Internal [internal], Viewer "
                                          "[viewer]")),
        qPrintable(again.out));
    QVERIFY2(again.out.contains(QStringLiteral("attribute : Note")), qPrintable(again.out));
    // Forcing works both ways.
    test::TempWorkspace forced;
    const auto f = cli({QStringLiteral("import"), QStringLiteral("--db"), forced.path(), QStringLiteral("--map"),
                        QStringLiteral("dimension=Note"), QStringLiteral("--map"), QStringLiteral("attribute=Plan"),
                        forced.writeFile(QStringLiteral("v.tsv"), kUsage)});
    QVERIFY2(f.code == 0, qPrintable(f.err));
    QVERIFY2(f.out.contains(QStringLiteral("dimension : Country [country], Internal [internal], Viewer [viewer], Note "
                                           "[note]")),
             qPrintable(f.out));
    QVERIFY2(f.out.contains(QStringLiteral("attribute : Plan")), qPrintable(f.out));
}

void TestDimensions::equalAndNotEqual()
{
    const QString db = m_tmp->path();
    QCOMPARE(monthly(db, {}), QStringList({QStringLiteral("2024-01,20.5,2,true"), QStringLiteral("2024-02,19,3,false"),
                                           QStringLiteral("2024-03,2,1,false")}));
    // Germany: acme's 10 + 4 in January; gamma's 1 and acme's 7 in February.
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE")}),
             QStringList({QStringLiteral("2024-01,14,1,true"), QStringLiteral("2024-02,8,2,false"),
                          QStringLiteral("2024-03,0,0,false")}));
    // Everything else, the blank country included: 2.5 + 1 + 3; 6 + 5; 2.
    QCOMPARE(monthly(db, {QStringLiteral("country!=DE")}),
             QStringList({QStringLiteral("2024-01,6.5,2,true"), QStringLiteral("2024-02,11,2,false"),
                          QStringLiteral("2024-03,2,1,false")}));
    // Records count the rows that pass.
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE")}, QStringLiteral("records")).value(0),
             QStringLiteral("2024-01,2,1,true"));
}

void TestDimensions::sameColumnIsAnyDifferentColumnsAreAll()
{
    const QString db = m_tmp->path();
    // DE or FR: all of January; February without beta's blank row (gamma, in both, is one
    // active customer).
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE"), QStringLiteral("Country=FR")}),
             QStringList({QStringLiteral("2024-01,20.5,2,true"), QStringLiteral("2024-02,13,2,false"),
                          QStringLiteral("2024-03,0,0,false")}));
    // Not Germany and on the pro plan: acme's French 2.5 + 1, gamma's French 5.
    QCOMPARE(monthly(db, {QStringLiteral("Country!=DE"), QStringLiteral("Plan=pro")}),
             QStringList({QStringLiteral("2024-01,3.5,1,true"), QStringLiteral("2024-02,5,1,false"),
                          QStringLiteral("2024-03,0,0,false")}));
    // Two exclusions on one column both hold.
    QCOMPARE(monthly(db, {QStringLiteral("Country!=DE"), QStringLiteral("Country!=FR")}),
             QStringList({QStringLiteral("2024-01,0,0,true"), QStringLiteral("2024-02,6,1,false"),
                          QStringLiteral("2024-03,2,1,false")}));
}

void TestDimensions::blankCellsAndBooleans()
{
    const QString db = m_tmp->path();
    // An empty value is the blank cell: beta's February row.
    QCOMPARE(monthly(db, {QStringLiteral("Country=")}).value(1), QStringLiteral("2024-02,6,1,false"));
    // Booleans are stored one way; TRUE, true and 1 all name beta's internal January row.
    const QStringList external = {QStringLiteral("2024-01,17.5,1,true"), QStringLiteral("2024-02,19,3,false"),
                                  QStringLiteral("2024-03,2,1,false")};
    QCOMPARE(monthly(db, {QStringLiteral("Internal!=TRUE")}), external);
    QCOMPARE(monthly(db, {QStringLiteral("internal!=1")}), external);
    QCOMPARE(monthly(db, {QStringLiteral("Internal=true")}).value(0), QStringLiteral("2024-01,3,1,true"));
}

void TestDimensions::breakdownByColumn()
{
    const QString db = m_tmp->path();
    const QStringList rows = report(db, QStringLiteral("totals"), QStringLiteral("minutes"),
                                    args({"--granularity", "month", "--by", "Country"}));
    QCOMPARE(rows.value(0), QStringLiteral("period,country,value,active_customers,partial"));
    // Values by their total: DE 22, FR 11.5, blank 6, IT 2; every period lists every value.
    QCOMPARE(rows.mid(1, 4),
             QStringList({QStringLiteral("2024-01,DE,14,1,true"), QStringLiteral("2024-01,FR,6.5,2,true"),
                          QStringLiteral("2024-01,,0,0,true"), QStringLiteral("2024-01,IT,0,0,true")}));
    QCOMPARE(rows.mid(5, 4),
             QStringList({QStringLiteral("2024-02,DE,8,2,false"), QStringLiteral("2024-02,FR,5,1,false"),
                          QStringLiteral("2024-02,,6,1,false"), QStringLiteral("2024-02,IT,0,0,false")}));
    QCOMPARE(rows.size(), 13);
    // Under a filter the split covers the rows that pass only.
    const QStringList pro = report(db, QStringLiteral("totals"), QStringLiteral("minutes"),
                                   args({"--granularity", "month", "--by", "Country", "--where", "Plan=pro"}));
    QCOMPARE(pro.mid(1, 2),
             QStringList({QStringLiteral("2024-01,DE,14,1,true"), QStringLiteral("2024-01,FR,3.5,1,true")}));
    QCOMPARE(pro.size(), 1 + 3 * 2); // blank and IT rows are beta's (free): no series
}

void TestDimensions::distinctCountsUniteAcrossSlices()
{
    const QString db = m_tmp->path();
    // January in DE or FR: v1 (acme, both countries), v2, v3 = 3, not 4.
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE"), QStringLiteral("Country=FR")}, QStringLiteral("unique_viewer"))
                 .value(0),
             QStringLiteral("2024-01,3,2,true"));
    // The quarter outside Germany: v2, v3, v4, v5 (v1 only watched from France in January... and
    // so counts too): v1, v2, v3, v4, v5 = 5 without a filter; Germany alone: v1, v2.
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("unique_viewer"),
                    args({"--granularity", "quarter", "--where", "Country=DE"}))
                 .value(1),
             QStringLiteral("2024-Q1,2,2,true"));
    QCOMPARE(report(db, QStringLiteral("totals"), QStringLiteral("unique_viewer"),
                    args({"--granularity", "quarter", "--where", "Country!=DE"}))
                 .value(1),
             QStringLiteral("2024-Q1,5,3,true"));
}

void TestDimensions::rankingKpisAndMovementsAreFiltered()
{
    const QString db = m_tmp->path();
    // France: gamma 5, acme 2.5 + 1, beta 3 (of 11.5).
    const QStringList top = report(db, QStringLiteral("top"), QStringLiteral("minutes"),
                                   args({"--where", "Country=FR"}));
    QCOMPARE(top.mid(1, 3).join(QLatin1Char('|')).section(QLatin1Char(','), 0, 2), QStringLiteral("1,gamma,5"));
    QVERIFY2(top.value(2).startsWith(QStringLiteral("2,acme,3.5,")), qPrintable(top.join(QLatin1Char('|'))));
    QVERIFY2(top.value(3).startsWith(QStringLiteral("3,beta,3,")), qPrintable(top.join(QLatin1Char('|'))));
    const QStringList kpis = report(db, QStringLiteral("kpis"), QStringLiteral("minutes"),
                                    args({"--where", "Country=FR"}));
    QCOMPARE(kpi(kpis, QStringLiteral("total")), QStringLiteral("11.5"));
    QCOMPARE(kpi(kpis, QStringLiteral("active_customers")), QStringLiteral("3"));
    // Activity in Germany: acme there when the data begins (January); gamma new in February.
    QCOMPARE(report(db, QStringLiteral("customers"), QStringLiteral("minutes"),
                    args({"--granularity", "month", "--where", "Country=DE"}))
                 .mid(1),
             QStringList({QStringLiteral("2024-01,1,0,0,0,true"), QStringLiteral("2024-02,2,1,0,0,false"),
                          QStringLiteral("2024-03,0,0,2,0,false")}));
}

void TestDimensions::unknownColumnsAreNamed()
{
    const QString db = m_tmp->path();
    const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                        QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("minutes"),
                        QStringLiteral("--where"), QStringLiteral("Note=first")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no column 'Note'"))
                 && r.err.contains(QStringLiteral("Country, Plan, Internal")),
             qPrintable(r.err));
    const auto bad = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                          QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("minutes"),
                          QStringLiteral("--where"), QStringLiteral("=DE")});
    QCOMPARE(bad.code, 2);
    const auto by = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                         QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("minutes"),
                         QStringLiteral("--by"), QStringLiteral("Country")});
    QCOMPARE(by.code, 2);
}

void TestDimensions::laterImportWithMoreDecimalsKeepsSlicesExact()
{
    const QString db = m_tmp->path();
    // Three decimals in Germany only: the French copy, untouched by this import, must follow.
    const QString more = m_tmp->writeFile(QStringLiteral("more.csv"), "Account,Date,Country,Minutes\n"
                                                                      "acme,2024-02-29,DE,0.125\n");
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dataset"),
                        QStringLiteral("views"), QStringLiteral("--map"), QStringLiteral("dimension=Country"), more});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE")}).value(1), QStringLiteral("2024-02,8.125,2,false"));
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE"), QStringLiteral("Country=FR")}),
             QStringList({QStringLiteral("2024-01,20.5,2,true"), QStringLiteral("2024-02,13.125,2,false"),
                          QStringLiteral("2024-03,0,0,false")}));
    // The new rows have no plan: blank, so they pass "not free" but not "pro".
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE"), QStringLiteral("Plan!=free")}).value(1),
             QStringLiteral("2024-02,8.125,2,false"));
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE"), QStringLiteral("Plan=pro")}).value(1),
             QStringLiteral("2024-02,8,2,false"));
    // Forgetting it brings the slices back.
    const auto forget = cli({QStringLiteral("forget-import"), QStringLiteral("--db"), db, QStringLiteral("2")});
    QVERIFY2(forget.code == 0, qPrintable(forget.err));
    QCOMPARE(monthly(db, {QStringLiteral("Country=DE")}).value(1), QStringLiteral("2024-02,8,2,false"));
}

void TestDimensions::newDimensionWarnsAboutEarlierImports()
{
    const QString db = m_tmp->path();
    const QString file = m_tmp->writeFile(QStringLiteral("devices.csv"), "Account,Date,Device,Minutes\n"
                                                                         "acme,2024-03-05,tv,4\n"
                                                                         "beta,2024-03-06,phone,1\n");
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--dataset"),
                        QStringLiteral("views"), QStringLiteral("--map"), QStringLiteral("dimension=Device"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2((r.out + r.err).contains(QStringLiteral("have no Device: their rows are blank")),
             qPrintable(r.out + r.err));
    // The earlier rows hold no device: they are blank, and "not tv" keeps them.
    QCOMPARE(monthly(db, {QStringLiteral("Device=tv")}).value(2), QStringLiteral("2024-03,4,1,false"));
    QCOMPARE(monthly(db, {QStringLiteral("Device!=tv")}).value(2), QStringLiteral("2024-03,3,1,false"));
}

QTEST_GUILESS_MAIN(TestDimensions)
#include "tst_dimensions.moc"
