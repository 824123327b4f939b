// SPDX-License-Identifier: MIT
// Generated from the one table of option limits (app/cli/OptionLimits.cpp): every numeric
// option is tried at both ends of its documented range (the command runs and does not call it
// a usage error) and just past them, and with values that are no number, not finite or no
// whole number (a usage error, exit 2, in one line that names the option). A new row in the
// table is tested without a new line here.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "cli/OptionLimits.h"

#include <QDir>
#include <QTest>

#include <cmath>

using namespace ul;

class TestOptionLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyLimitHoldsAtItsEnds();
    void everyLimitRefusesPastItsEnds();
    void limitsCoverTheNumericOptions();

private:
    /// The command line that exercises `limit` with VALUE for its option.
    QStringList argsFor(const OptionLimit& limit, const QString& value) const;
    std::unique_ptr<test::TempWorkspace> m_tmp;
};

namespace {

QString number(double v) { return QString::number(v, 'g', 17); }

/// Values past the ends of a limit, and values that are no size at all.
QStringList outside(const OptionLimit& l)
{
    const double step = l.wholeNumber ? 1.0 : std::max(1e-9, std::abs(l.min) * 1e-3);
    QStringList values{number(l.min - step),     l.wholeNumber ? number(l.max + 1) : number(l.max * 1.001 + 1),
                       QStringLiteral("abc"),    QStringLiteral("nan"),
                       QStringLiteral("inf"),    QStringLiteral("1e999"),
                       QStringLiteral("-1e999"), QString()};
    if (l.wholeNumber)
        values << QStringLiteral("2.5") << QStringLiteral("99999999999999999999");
    return values;
}

} // namespace

void TestOptionLimits::initTestCase()
{
    m_tmp = std::make_unique<test::TempWorkspace>();
    // 60 customers: enough for the largest k of k-means at its limit.
    QByteArray usage = "customer,date,minutes\n";
    QByteArray invoices = "customer,date,amount\n";
    for (int c = 0; c < 60; ++c) {
        for (int d = 1; d <= 90; d += 3)
            usage += "c" + QByteArray::number(c) + "," + QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1()
                     + "," + QByteArray::number((c * 7 + d) % 50 + 1) + "\n";
        for (int m = 1; m <= 3; ++m)
            invoices += "c" + QByteArray::number(c) + ",2024-0" + QByteArray::number(m) + "-05,"
                        + QByteArray::number(10 + c % 9) + ".50\n";
    }
    for (const auto& [name, rows] :
         {std::pair{QStringLiteral("usage.csv"), usage}, std::pair{QStringLiteral("invoices.csv"), invoices}}) {
        const auto r = test::runCoreCommand(
            {QStringLiteral("import"), QStringLiteral("--db"), m_tmp->path(), m_tmp->writeFile(name, rows)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

QStringList TestOptionLimits::argsFor(const OptionLimit& limit, const QString& value) const
{
    const QString option = QStringLiteral("--%1").arg(QLatin1String(limit.option));
    const QString usedBy = QLatin1String(limit.usedBy);
    const QString db = m_tmp->path();
    if (usedBy == QLatin1String("export"))
        return {QStringLiteral("export"),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--format"),
                QStringLiteral("csv"),
                QStringLiteral("--out"),
                m_tmp->dir() + QStringLiteral("/csv"),
                option,
                value};
    if (usedBy == QLatin1String("import"))
        // A server that is not there: the run fails at the connection (exit 1), never at the value.
        return {QStringLiteral("import"),
                QStringLiteral("--db"),
                db,
                QStringLiteral("--sql-source"),
                QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"),
                QStringLiteral("--query"),
                QStringLiteral("SELECT 1"),
                option,
                value};
    if (usedBy == QLatin1String("note"))
        return {QStringLiteral("note"), QStringLiteral("remove"), QStringLiteral("--db"), db, option, value};
    const bool revenue = usedBy == QLatin1String("mrr") || usedBy == QLatin1String("unit-economics");
    QStringList args{QStringLiteral("report"),
                     QStringLiteral("--db"),
                     db,
                     QStringLiteral("--view"),
                     usedBy,
                     QStringLiteral("--dataset"),
                     revenue ? QStringLiteral("invoices") : QStringLiteral("usage")};
    if (!revenue)
        args << QStringLiteral("--metric") << QStringLiteral("minutes");
    if (QLatin1String(limit.option) == QLatin1String("eps")
        || QLatin1String(limit.option) == QLatin1String("min-points"))
        args << QStringLiteral("--method") << QStringLiteral("dbscan");
    return args << option << value;
}

void TestOptionLimits::everyLimitHoldsAtItsEnds()
{
    int tried = 0;
    for (const OptionLimit& l : optionLimits()) {
        if (QLatin1String(l.command) == QLatin1String("usagelens snapshot"))
            continue; // a GUI command: tst_snapshot runs it
        for (const double v : {l.min, l.max}) {
            const QStringList args = argsFor(l, number(v));
            const test::CliRun r = test::runCoreCommand(args);
            ++tried;
            QVERIFY2(
                r.code == 0 || r.code == 1,
                qPrintable(QStringLiteral("%1 -> %2: %3").arg(args.join(QLatin1Char(' '))).arg(r.code).arg(r.err)));
            QVERIFY2(!r.err.contains(QStringLiteral("--%1 takes").arg(QLatin1String(l.option))), qPrintable(r.err));
        }
    }
    QVERIFY(tried >= 20);
}

void TestOptionLimits::everyLimitRefusesPastItsEnds()
{
    for (const OptionLimit& l : optionLimits()) {
        if (QLatin1String(l.command) == QLatin1String("usagelens snapshot"))
            continue;
        for (const QString& value : outside(l)) {
            const QStringList args = argsFor(l, value);
            const test::CliRun r = test::runCoreCommand(args);
            const QString line = r.err.trimmed();
            QVERIFY2(r.code == 2, qPrintable(QStringLiteral("%1 -> %2").arg(args.join(QLatin1Char(' '))).arg(r.code)));
            QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("--%1 takes").arg(QLatin1String(l.option))), qPrintable(line));
        }
    }
}

void TestOptionLimits::limitsCoverTheNumericOptions()
{
    // The options that take a number must all have a row (a new one without a limit fails here).
    for (const char* option :
         {"top", "bins", "new-within", "periods", "threshold-pct", "billing-months", "spend", "margin-pct", "k", "eps",
          "min-points", "query-timeout", "horizon", "within", "min-total", "max-total"})
        QVERIFY2(findOptionLimit(QStringLiteral("usagelens report"), QLatin1String(option)), option);
    // The most specific row wins.
    QCOMPARE(findOptionLimit(QStringLiteral("usagelens export"), QStringLiteral("top"))->max, 1000.0);
    QCOMPARE(findOptionLimit(QStringLiteral("usagelens report"), QStringLiteral("top"))->max, 100000.0);
}

QTEST_GUILESS_MAIN(TestOptionLimits)
#include "tst_option_limits.moc"
