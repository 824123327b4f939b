// SPDX-License-Identifier: MIT
// Year to date of a unique count, by hand: logins as NDJSON with UTC offsets, the last one
// crossing into April in UTC (a one-row month). The year to date is distinct over its span
// (not the months' counts added up), its column is the one the header names, and with no month
// covered a year earlier nothing is compared.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QTest>

using namespace ul;

namespace {

// One account; users by UTC month: 2023-07 {u9}, 2024-01 {u1, u2}, 2024-02 {u2, u3},
// 2024-03 {u1, u4}, 2024-04 {u5} (31 March 22:00 at -05:00 is 1 April 03:00 UTC).
const char kLogins[] = R"({"account": "acme", "user": "u9", "at": "2023-07-01T10:00:00+00:00"}
{"account": "acme", "user": "u1", "at": "2024-01-02T10:00:00+02:00"}
{"account": "acme", "user": "u2", "at": "2024-01-20T10:00:00+00:00"}
{"account": "acme", "user": "u2", "at": "2024-02-03T10:00:00+00:00"}
{"account": "acme", "user": "u3", "at": "2024-02-04T10:00:00+00:00"}
{"account": "acme", "user": "u1", "at": "2024-03-05T10:00:00+00:00"}
{"account": "acme", "user": "u4", "at": "2024-03-06T10:00:00+00:00"}
{"account": "acme", "user": "u5", "at": "2024-03-31T22:00:00-05:00"}
)";

QHash<QString, QString> ytdRow(const QString& db, const QString& metric)
{
    const auto r = test::runCoreCommand({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                                         QStringLiteral("customer-ytd")});
    QHash<QString, QString> out;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (r.code != 0 || lines.isEmpty())
        return out;
    const QStringList header = lines.front().split(QLatin1Char(','));
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.value(0) != metric)
            continue;
        for (qsizetype i = 0; i < header.size(); ++i)
            out.insert(header[i], cells.value(i, QStringLiteral("(missing)")));
    }
    return out;
}

} // namespace

class TstCustomerYtd : public QObject {
    Q_OBJECT
private slots:
    void uniqueCountsAreDistinctOverTheYear()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("logins.ndjson"), kLogins);
        const auto imported = test::runCoreCommand({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                                    QStringLiteral("--map"), QStringLiteral("distinct=user"), file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        // 2024 to 1 April: {u1, u2, u3, u4, u5} = 5, where the months add up to 7.
        QHash<QString, QString> row = ytdRow(tmp.path(), QStringLiteral("unique_user"));
        QCOMPARE(row.value(QStringLiteral("year")), QStringLiteral("2024"));
        QCOMPARE(row.value(QStringLiteral("year_to_date")), QStringLiteral("5"));
        // Nothing of January to April 2023 is covered (the data starts in July): no comparison.
        QCOMPARE(row.value(QStringLiteral("current_ytd")), QStringLiteral("0"));
        QCOMPARE(row.value(QStringLiteral("previous_ytd")), QStringLiteral("0"));
        QCOMPARE(row.value(QStringLiteral("change_pct")), QString());
        QVERIFY(!row.contains(QStringLiteral("(missing)")) && !row.values().contains(QStringLiteral("(missing)")));
        // Records add up as ever: 7 logins in 2024.
        row = ytdRow(tmp.path(), QStringLiteral("records"));
        QCOMPARE(row.value(QStringLiteral("year_to_date")), QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TstCustomerYtd)
#include "tst_customer_ytd.moc"
