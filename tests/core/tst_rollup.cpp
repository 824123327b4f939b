// SPDX-License-Identifier: MIT
// Sub-accounts rolled up to their owners (--customer-key ATTRIBUTE): usage summed, ranked,
// counted and followed by activity as one customer per owner. Numbers worked out by hand.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace ul;

class TestRollup : public QObject {
    Q_OBJECT
private slots:
    void init();
    void rankingSumsSubAccounts();
    void totalsCountOwnersOnce();
    void oneOwnerAndItsActivity();
    void distinctValuesUniteAcrossSubAccounts();
    void worksWithRowFilters();
    void unknownAttributeIsNamed();

private:
    std::unique_ptr<test::TempWorkspace> m_tmp;
};

namespace {

test::CliRun cli(const QStringList& args) { return test::runCoreCommand(args); }

QStringList report(const QString& db, const QString& view, QStringList extra)
{
    const auto r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"), view,
                                   QStringLiteral("--metric"), QStringLiteral("gb"), QStringLiteral("--customer-key"),
                                   QStringLiteral("Account Email")}
                       + extra);
    if (r.code != 0)
        return {QStringLiteral("error %1: %2").arg(r.code).arg(r.err)};
    return r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList month() { return {QStringLiteral("--granularity"), QStringLiteral("month")}; }

// Usage per sub-user (pipe-separated, epoch seconds); s4 has no owner. s1 and s2 belong to ann,
// s3 to bob, who is no sub-user of the usage file.
const char kUsage[] = "sub|ts|kind|viewer|gb\n"
                      "s1|1704448800|web|v1|10\n" // 2024-01-05
                      "s2|1704448800|app|v1|5\n"  // 2024-01-05: ann's one active day
                      "s3|1704794400|web|v2|1\n"  // 2024-01-09
                      "s1|1706781600|web|v3|4\n"  // 2024-02-01
                      "s4|1706954400|app|v3|2\n"  // 2024-02-03
                      "s2|1706954400|app|v4|3\n"; // 2024-02-03
const char kOwners[] = "Sub,Account Email\ns1,ann@acme.io\ns2,ann@acme.io\ns3,bob@beta.io\n";

} // namespace

void TestRollup::init()
{
    m_tmp = std::make_unique<test::TempWorkspace>();
    const QString usage = m_tmp->writeFile(QStringLiteral("usage.psv"), kUsage);
    const QString owners = m_tmp->writeFile(QStringLiteral("owners.csv"), kOwners);
    auto r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--dataset"),
                  QStringLiteral("usage"), QStringLiteral("--map"), QStringLiteral("distinct=viewer"),
                  QStringLiteral("--map"), QStringLiteral("dimension=kind"), usage});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // "Account Email" reads like the customer column: the mapping file names its key.
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--map"),
             QStringLiteral("customer=Sub"), owners});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestRollup::rankingSumsSubAccounts()
{
    // ann: 10 + 4 + 5 + 3 = 22 of 25; s4 stays itself; bob is s3's 1.
    const QStringList top = report(m_tmp->path(), QStringLiteral("top"), {});
    QCOMPARE(top.mid(1), (QStringList{QStringLiteral("1,ann@acme.io,22,88"), QStringLiteral("2,s4,2,8"),
                                      QStringLiteral("3,bob@beta.io,1,4")}));
}

void TestRollup::totalsCountOwnersOnce()
{
    // January: ann (s1, s2) and bob active = 2, not 3; February: ann and s4.
    QCOMPARE(report(m_tmp->path(), QStringLiteral("totals"), month()).mid(1),
             (QStringList{QStringLiteral("2024-01,16,2,true"), QStringLiteral("2024-02,9,2,true")}));
}

void TestRollup::oneOwnerAndItsActivity()
{
    QCOMPARE(report(m_tmp->path(), QStringLiteral("totals"),
                    month() + QStringList{QStringLiteral("--customer"), QStringLiteral("ann@acme.io")})
                 .mid(1),
             (QStringList{QStringLiteral("2024-01,15,1,true"), QStringLiteral("2024-02,7,1,true")}));
    // By activity: ann and bob open the data in January; s4 new in February, bob churned.
    QCOMPARE(report(m_tmp->path(), QStringLiteral("customers"), month()).mid(1),
             (QStringList{QStringLiteral("2024-01,2,0,0,0,true"), QStringLiteral("2024-02,2,1,1,0,true")}));
}

void TestRollup::distinctValuesUniteAcrossSubAccounts()
{
    // ann's viewers: v1 (under s1 and s2: once), v3, v4.
    const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--view"),
                        QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("unique_viewer"),
                        QStringLiteral("--customer-key"), QStringLiteral("account_email")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1,ann@acme.io,3,")), qPrintable(r.out));
}

void TestRollup::worksWithRowFilters()
{
    // Only app rows: ann's s2 (5 + 3) and s4's 2.
    const QStringList top = report(m_tmp->path(), QStringLiteral("top"),
                                   {QStringLiteral("--where"), QStringLiteral("kind=app")});
    QCOMPARE(top.mid(1), (QStringList{QStringLiteral("1,ann@acme.io,8,80"), QStringLiteral("2,s4,2,20")}));
}

void TestRollup::unknownAttributeIsNamed()
{
    const auto r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_tmp->path(), QStringLiteral("--view"),
                        QStringLiteral("top"), QStringLiteral("--metric"), QStringLiteral("gb"),
                        QStringLiteral("--customer-key"), QStringLiteral("owner")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("'owner'")) && r.err.contains(QStringLiteral("Account Email")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestRollup)
#include "tst_rollup.moc"
