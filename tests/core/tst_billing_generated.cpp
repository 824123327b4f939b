// SPDX-License-Identifier: MIT
// A real-looking Stripe export (tests/support/StripeGenerator: 30 months, a few hundred customers,
// euros and dollars, decimal commas) imported with no flags: month-by-month MRR and movements
// must match the money rules to the cent, per currency and converted. The rules are applied
// here again, the plain way (every month end, every subscription, full timestamps), from the
// CSV text itself: nothing of the product's code is shared with this reference.
#include "BillingFixtures.h"
#include "CliRunner.h"
#include "StripeGenerator.h"
#include "TempWorkspace.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <map>
#include <set>

using namespace ul;

namespace {

/// Fields of one CSV line (quotes, doubled quotes; no line breaks in the fields written here).
QStringList splitCsv(const QString& line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

/// "1.234,56" in cents.
qint64 cents(QString text)
{
    text.remove(QLatin1Char('.'));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    return std::llround(text.toDouble() * 100.0);
}

QDateTime when(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

struct RefInvoice {
    QString customer, subscription, currency;
    QDateTime issued, start, end;
    double amount = 0; ///< currency units
    int row = 0;
};

struct RefMonth {
    QString month;
    double starting = 0, opening = 0, added = 0, expansion = 0, reactivation = 0, contraction = 0, churned = 0,
           ending = 0;
};

/// The money rules, straight from the README: counted invoices only; MRR just before each month
/// end; the latest invoice (by issue) whose period started before that moment, if it still runs.
std::vector<RefMonth> referenceMovements(const QString& csv, const std::set<QString>& currencies,
                                         const std::map<QString, double>& rates, QString* lastMonthText)
{
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = splitCsv(lines.front());
    const auto col = [&](const char* name) { return int(header.indexOf(QLatin1String(name))); };
    const int cStatus = col("Status"), cSub = col("Subscription"), cCustomer = col("Customer"),
              cCurrency = col("Currency"), cIssued = col("Date (UTC)"),
              cStart = col("Minimum Line Item Period Start (UTC)"), cEnd = col("Maximum Line Item Period End (UTC)"),
              cSubtotal = col("Subtotal"), cDiscount = col("Total Discount Amount"), cForgiven = col("Forgiven");
    std::vector<RefInvoice> counted;
    QDateTime exportEnd;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = splitCsv(lines[i]);
        const QDateTime issued = when(f[cIssued]);
        if (!exportEnd.isValid() || issued > exportEnd)
            exportEnd = issued;
        const QString status = f[cStatus];
        if ((status != QLatin1String("paid") && status != QLatin1String("open")) || f[cSub].isEmpty()
            || f[cForgiven] == QLatin1String("true") || !currencies.count(f[cCurrency]))
            continue;
        const double rate = rates.empty() ? 1.0 : rates.at(f[cCurrency]);
        counted.push_back({f[cCustomer], f[cSub], f[cCurrency], issued, when(f[cStart]), when(f[cEnd]),
                           double(cents(f[cSubtotal]) - cents(f[cDiscount])) * rate / 100.0, i});
    }
    // Months: from the first service start to the month of the export's last invoice.
    QDate first = counted.front().start.date(), last = exportEnd.date();
    for (const RefInvoice& r : counted)
        first = std::min(first, r.start.date());
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1);
    *lastMonthText = last.toString(QStringLiteral("yyyy-MM"));
    std::vector<RefMonth> out;
    std::map<QString, double> previous;
    std::set<QString> paidBefore;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const QDateTime measured(m.addMonths(1), QTime(0, 0), Qt::UTC); // just before this moment
        std::map<QString, const RefInvoice*> latest;                    // per subscription
        for (const RefInvoice& r : counted) {
            if (!(r.start < measured))
                continue;
            const QString key = r.customer + QLatin1Char('/') + r.subscription;
            const RefInvoice*& best = latest[key];
            if (!best || r.issued > best->issued)
                best = &r;
        }
        std::map<QString, double> mrr;
        for (const auto& [key, r] : latest) {
            if (r->end < measured || r->amount <= 0)
                continue;
            const double days = double(r->start.secsTo(r->end)) / 86400.0;
            const double months = std::max(1.0, std::round(days / (365.25 / 12.0)));
            mrr[r->customer] += r->amount / months;
        }
        RefMonth row;
        row.month = m.toString(QStringLiteral("yyyy-MM"));
        for (const auto& [c, v] : previous)
            row.starting += v;
        std::set<QString> everyone;
        for (const auto& [c, v] : previous)
            everyone.insert(c);
        for (const auto& [c, v] : mrr)
            everyone.insert(c);
        for (const QString& c : everyone) {
            const double before = previous.count(c) ? previous[c] : 0.0;
            const double now = mrr.count(c) ? mrr[c] : 0.0;
            row.ending += now;
            if (before <= 0 && now > 0) {
                if (out.empty())
                    row.opening += now; // the data's first month: the base it starts with
                else if (paidBefore.count(c))
                    row.reactivation += now;
                else
                    row.added += now;
            } else if (before > 0 && now <= 0) {
                row.churned += before;
            } else if (now > before) {
                row.expansion += now - before;
            } else if (now < before) {
                row.contraction += before - now;
            }
            if (now > 0)
                paidBefore.insert(c);
        }
        previous = mrr;
        out.push_back(row);
    }
    return out;
}

void compareToTheCent(const QString& reported, const std::vector<RefMonth>& expected)
{
    const QStringList lines = reported.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("month,starting_mrr,opening,new,expansion,reactivation,contraction,churned,ending_mrr"));
    QCOMPARE(lines.size() - 1, qsizetype(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i) {
        const QStringList f = lines[qsizetype(i) + 1].split(QLatin1Char(','));
        const RefMonth& e = expected[i];
        QCOMPARE(f[0], e.month);
        const double want[] = {e.starting,     e.opening,     e.added,   e.expansion,
                               e.reactivation, e.contraction, e.churned, e.ending};
        for (int k = 0; k < 8; ++k) {
            const double got = f[k + 1].toDouble();
            if (std::abs(got - want[k]) >= 0.005)
                QFAIL(qPrintable(QStringLiteral("%1, column %2: %3 reported, %4 by the rules")
                                     .arg(e.month)
                                     .arg(k + 2)
                                     .arg(got, 0, 'f', 6)
                                     .arg(want[k], 0, 'f', 6)));
        }
    }
}

} // namespace

class TstBillingGenerated : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_invoices = test::generateStripeInvoices(20230630);
        m_csv = QString::fromUtf8(test::stripeExport(m_invoices));
        m_file = m_tmp.writeFile(QStringLiteral("stripe_invoices_2021_2023.csv"), m_csv.toUtf8());
        // UL_KEEP_GENERATED_EXPORT=DIR keeps a copy, to try the window on it.
        if (const QString keep = qEnvironmentVariable("UL_KEEP_GENERATED_EXPORT"); !keep.isEmpty())
            QFile::copy(m_file, keep + QStringLiteral("/stripe_invoices_2021_2023.csv"));
        const test::CliRun imported = test::runCoreCommand(
            {QStringLiteral("import"), QStringLiteral("--db"), m_tmp.path(), m_file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
        m_importOutput = imported.out;
    }

    void theExportLooksReal()
    {
        // Thousands of invoices of every kind, both currencies, decimal commas, 30 columns.
        QVERIFY2(m_invoices.size() > 3000, qPrintable(QString::number(m_invoices.size())));
        QCOMPARE(splitCsv(m_csv.section(QLatin1Char('\n'), 0, 0)).size(), 30);
        std::map<QString, int> statuses;
        std::set<QString> customers;
        for (const test::ScenarioInvoice& i : m_invoices) {
            ++statuses[i.subscription.isEmpty() ? QStringLiteral("one-off") : i.status];
            customers.insert(i.customer);
        }
        for (const char* s : {"paid", "open", "void", "writeoff", "draft", "one-off"})
            QVERIFY2(statuses[QLatin1String(s)] > 0, s);
        QVERIFY(customers.size() >= 300);
        QVERIFY2(m_importOutput.contains(QStringLiteral("billing   : Stripe invoice export")),
                 qPrintable(m_importOutput));
        QVERIFY2(
            m_importOutput.contains(QStringLiteral("Invoices: Stripe invoice export: %1 invoices, 4 excluded kinds")
                                        .arg(QLocale(QLocale::English).toString(qlonglong(m_invoices.size())))),
            qPrintable(m_importOutput));
        QVERIFY2(
            m_importOutput.contains(QStringLiteral("Rows: %1 read, %1 imported, 0 rejected").arg(m_invoices.size())),
            qPrintable(m_importOutput));
    }

    void movementsMatchTheRulesPerCurrency_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("option");
        QTest::newRow("eur --currency") << "eur"
                                        << "--currency";
        QTest::newRow("usd --currency") << "usd"
                                        << "--currency";
        QTest::newRow("EUR --currency") << "eur"
                                        << "--currency=EUR";
        QTest::newRow("eur --where") << "eur"
                                     << "--where";
        QTest::newRow("usd --where") << "usd"
                                     << "--where";
        QTest::newRow("USD --where: codes in any case") << "usd"
                                                        << "--where=Currency=USD";
    }

    void movementsMatchTheRulesPerCurrency()
    {
        QFETCH(QString, currency);
        QFETCH(QString, option);
        QStringList args{QStringLiteral("report"), QStringLiteral("--db"), m_tmp.path(), QStringLiteral("--view"),
                         QStringLiteral("mrr-movements")};
        if (option == QLatin1String("--where"))
            args << option << QStringLiteral("Currency=") + currency;
        else if (option.contains(QLatin1Char('=')))
            args << option;
        else
            args << option << currency;
        const test::CliRun r = test::runCoreCommand(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString last;
        const std::vector<RefMonth> expected = referenceMovements(m_csv, {currency}, {}, &last);
        QVERIFY(expected.size() >= 30);
        compareToTheCent(r.out, expected);
    }

    void convertedMovementsMatchTheRules()
    {
        const QString rates = m_tmp.writeFile(QStringLiteral("rates.csv"), "currency,eur_per_unit\nEUR,1\nUSD,0.92\n");
        const test::CliRun r = test::runCoreCommand({QStringLiteral("report"), QStringLiteral("--db"), m_tmp.path(),
                                                     QStringLiteral("--view"), QStringLiteral("mrr-movements"),
                                                     QStringLiteral("--fx"), rates});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString last;
        compareToTheCent(r.out,
                         referenceMovements(m_csv, {QStringLiteral("eur"), QStringLiteral("usd")},
                                            {{QStringLiteral("eur"), 1.0}, {QStringLiteral("usd"), 0.92}}, &last));
    }

    void mrrViewAgreesWithTheMovements()
    {
        const test::CliRun mrr = test::runCoreCommand({QStringLiteral("report"), QStringLiteral("--db"), m_tmp.path(),
                                                       QStringLiteral("--view"), QStringLiteral("mrr"),
                                                       QStringLiteral("--currency"), QStringLiteral("eur")});
        QVERIFY2(mrr.code == 0, qPrintable(mrr.err));
        QString last;
        const std::vector<RefMonth> expected = referenceMovements(m_csv, {QStringLiteral("eur")}, {}, &last);
        const QStringList lines = mrr.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size() - 1, qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY(std::abs(lines[qsizetype(i) + 1].section(QLatin1Char(','), 1).toDouble() - expected[i].ending)
                    < 0.005);
    }

private:
    test::TempWorkspace m_tmp;
    std::vector<test::ScenarioInvoice> m_invoices;
    QString m_csv;
    QString m_file;
    QString m_importOutput;
};

QTEST_GUILESS_MAIN(TstBillingGenerated)
#include "tst_billing_generated.moc"
