// SPDX-License-Identifier: MIT
// Billing exports (issue 36): the same subscriptions exported by Stripe, Chargebee and Paddle
// (tests/support/BillingFixtures.cpp) are imported with no flags; MRR and every movement per
// month, per currency and converted, are compared with the values worked out by hand below.
#include "BillingFixtures.h"
#include "CliRunner.h"
#include "TempWorkspace.h"

#include "db/Workspace.h"

#include <QTest>

using namespace ul;

namespace {

/// month, starting_mrr, opening, new, expansion, reactivation, contraction, churned, ending_mrr
struct Row {
    const char* month;
    const char* values;
};

/// The rows of `report --view mrr-movements`; a month repeated through `until` with no movement.
QString movements(std::initializer_list<Row> rows, const char* until = nullptr)
{
    QString csv = QStringLiteral(
        "month,starting_mrr,opening,new,expansion,reactivation,contraction,churned,ending_mrr\n");
    QString last;
    QString ending;
    for (const Row& r : rows) {
        csv += QLatin1String(r.month) + QLatin1Char(',') + QLatin1String(r.values) + QLatin1Char('\n');
        last = QLatin1String(r.month);
        ending = QString::fromLatin1(r.values).section(QLatin1Char(','), -1);
    }
    if (until) {
        QDate m = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
        const QDate end = QDate::fromString(QLatin1String(until) + QStringLiteral("-01"), Qt::ISODate);
        for (; m <= end; m = m.addMonths(1))
            csv += m.toString(QStringLiteral("yyyy-MM")) + QStringLiteral(",%1,0,0,0,0,0,0,%1\n").arg(ending);
    }
    return csv;
}

// Worked out by hand from scenarioInvoices() (MRR measured just before each month's end):
// annual 1,200 = 100 a month from January 2022 (renewed at 1,440 - 240); quarterly 300 = 100
// from February to July (its third quarter written off: churn in August); monthly 50 from March,
// 55 in April (the upgrade invoice of 80 with a credit of 25 supersedes April's renewal from
// 20 April), 80 from May, 30 from the July renewal, churn in September; paused 40 from February,
// April and May voided (churn in April, reactivation in June) to January 2023; the trial's 0
// makes no MRR, 25 from June to January 2023; the February 2023 draft counts for nothing but
// ends the data there (the monthly plans not renewed then churn in February, and the months the
// annual renewal pays for beyond the data are not reported).
QString euroMovements()
{
    return movements({{"2022-01", "0,100,0,0,0,0,0,100"},
                      {"2022-02", "100,0,140,0,0,0,0,240"},
                      {"2022-03", "240,0,50,0,0,0,0,290"},
                      {"2022-04", "290,0,0,5,0,0,40,255"},
                      {"2022-05", "255,0,0,25,0,0,0,280"},
                      {"2022-06", "280,0,25,0,40,0,0,345"},
                      {"2022-07", "345,0,0,0,0,50,0,295"},
                      {"2022-08", "295,0,0,0,0,0,100,195"},
                      {"2022-09", "195,0,0,0,0,0,30,165"},
                      {"2022-10", "165,0,0,0,0,0,0,165"},
                      {"2022-11", "165,0,0,0,0,0,0,165"},
                      {"2022-12", "165,0,0,0,0,0,0,165"},
                      {"2023-01", "165,0,0,0,0,0,0,165"},
                      {"2023-02", "165,0,0,0,0,0,65,100"}});
}

// Dollars: 99 a month from February (the data's first dollar month: the opening base), April's
// invoice open (it counts), churn in May; the annual 1,188 is 99 a month from June to the end of
// the data (February 2023, where the export ends with its euro invoices).
QString dollarMovements()
{
    return movements({{"2022-02", "0,99,0,0,0,0,0,99"},
                      {"2022-03", "99,0,0,0,0,0,0,99"},
                      {"2022-04", "99,0,0,0,0,0,0,99"},
                      {"2022-05", "99,0,0,0,0,0,99,0"},
                      {"2022-06", "0,0,99,0,0,0,0,99"}},
                     "2023-02");
}

// Both converted into euros at 0.9 per dollar: 99 is 89.1.
QString convertedMovements()
{
    return movements({{"2022-01", "0,100,0,0,0,0,0,100"},
                      {"2022-02", "100,0,229.1,0,0,0,0,329.1"},
                      {"2022-03", "329.1,0,50,0,0,0,0,379.1"},
                      {"2022-04", "379.1,0,0,5,0,0,40,344.1"},
                      {"2022-05", "344.1,0,0,25,0,0,89.1,280"},
                      {"2022-06", "280,0,114.1,0,40,0,0,434.1"},
                      {"2022-07", "434.1,0,0,0,0,50,0,384.1"},
                      {"2022-08", "384.1,0,0,0,0,0,100,284.1"},
                      {"2022-09", "284.1,0,0,0,0,0,30,254.1"},
                      {"2022-10", "254.1,0,0,0,0,0,0,254.1"},
                      {"2022-11", "254.1,0,0,0,0,0,0,254.1"},
                      {"2022-12", "254.1,0,0,0,0,0,0,254.1"},
                      {"2023-01", "254.1,0,0,0,0,0,0,254.1"},
                      {"2023-02", "254.1,0,0,0,0,0,65,189.1"}});
}

test::CliRun run(QStringList args) { return test::runCoreCommand(args); }

QStringList report(const QString& db, const QString& view, const QStringList& extra)
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"), view} + extra;
}

} // namespace

class TstBillingExports : public QObject {
    Q_OBJECT

private slots:
    void importedWithoutFlags_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("column"); ///< the export's currency column
        QTest::addColumn<QString>("euro");   ///< the currency as the export writes it
        QTest::addColumn<QString>("dollar");
        QTest::addColumn<QString>("invoices"); ///< the import's summary line
        QTest::newRow("stripe") << "stripe"
                                << "Stripe invoice export"
                                << "Currency"
                                << "eur"
                                << "usd"
                                << "Invoices: Stripe invoice export: 39 invoices, 4 excluded kinds (void 2, "
                                   "uncollectible 1, draft 1, one-off 1)";
        QTest::newRow("chargebee") << "chargebee"
                                   << "Chargebee invoice export"
                                   << "invoice[currency_code]"
                                   << "EUR"
                                   << "USD"
                                   << "Invoices: Chargebee invoice export: 39 invoices, 4 excluded kinds (void 2, "
                                      "uncollectible 1, draft 1, one-off 1)";
        QTest::newRow("paddle") << "paddle"
                                << "Paddle transaction export"
                                << "currency_code"
                                << "EUR"
                                << "USD"
                                << "Invoices: Paddle transaction export: 39 invoices, 3 excluded kinds (void 3, "
                                   "draft 1, one-off 1)";
    }

    void importedWithoutFlags()
    {
        QFETCH(QString, system);
        QFETCH(QString, format);
        QFETCH(QString, column);
        QFETCH(QString, euro);
        QFETCH(QString, dollar);
        QFETCH(QString, invoices);
        test::TempWorkspace tmp;
        const auto scenario = test::scenarioInvoices();
        const QByteArray content = system == QLatin1String("stripe")      ? test::stripeExport(scenario)
                                   : system == QLatin1String("chargebee") ? test::chargebeeExport(scenario)
                                                                          : test::paddleExport(scenario);
        const QString file = tmp.writeFile(system + QStringLiteral("_export.csv"), content);
        const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("billing   : ") + format), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(invoices + QLatin1Char('\n')), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("Currencies: eur, usd")), qPrintable(imported.out));
        // The billing system's customer id, never the e-mail.
        QVERIFY2(imported.out.contains(QStringLiteral("customer  : ")), qPrintable(imported.out));
        QVERIFY2(!imported.out.contains(QStringLiteral("customer  : Customer Email")), qPrintable(imported.out));

        const QString eur = euroMovements(), usd = dollarMovements();
        for (const auto& [args, expected] : std::vector<std::pair<QStringList, QString>>{
                 {{QStringLiteral("--currency"), QStringLiteral("eur")}, eur},
                 {{QStringLiteral("--currency"), QStringLiteral("USD")}, usd},
                 {{QStringLiteral("--where"), column + QLatin1Char('=') + euro}, eur},
                 {{QStringLiteral("--where"), column + QLatin1Char('=') + dollar}, usd}}) {
            const test::CliRun r = run(report(tmp.path(), QStringLiteral("mrr-movements"), args));
            QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.err));
            QCOMPARE(r.out, expected);
        }
        const QString rates = tmp.writeFile(QStringLiteral("rates.csv"), "currency,eur_per_unit\neur,1\nusd,0.9\n");
        const test::CliRun converted = run(
            report(tmp.path(), QStringLiteral("mrr-movements"), {QStringLiteral("--fx"), rates}));
        QVERIFY2(converted.code == 0, qPrintable(converted.err));
        QCOMPARE(converted.out, convertedMovements());

        // Never a sum of two currencies: the view names them and asks for one.
        const test::CliRun mixed = run(report(tmp.path(), QStringLiteral("mrr-movements"), {}));
        QCOMPARE(mixed.code, 2);
        QVERIFY2(mixed.err.contains(QStringLiteral("2 currencies (eur, usd)")), qPrintable(mixed.err));
        QVERIFY(mixed.out.isEmpty());
        const QString partial = tmp.writeFile(QStringLiteral("partial.csv"), "currency,eur_per_unit\neur,1\n");
        const test::CliRun missingRate = run(
            report(tmp.path(), QStringLiteral("mrr"), {QStringLiteral("--fx"), partial}));
        QCOMPARE(missingRate.code, 2);
        QVERIFY2(missingRate.err.contains(QStringLiteral("no rate for USD")), qPrintable(missingRate.err));
    }

    void viewsFollowCustomerFilterAndCurrency()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("invoices.csv"),
                                           test::stripeExport(test::scenarioInvoices()));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file}).code, 0);
        // One customer: its own MRR, to the end of the data (February 2023).
        const test::CliRun one = run(report(tmp.path(), QStringLiteral("mrr"),
                                            {QStringLiteral("--customer"), QStringLiteral("cus_mon"),
                                             QStringLiteral("--currency"), QStringLiteral("eur")}));
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QCOMPARE(one.out, QStringLiteral("month,mrr\n2022-03,50\n2022-04,55\n2022-05,80\n2022-06,80\n2022-07,30\n"
                                         "2022-08,30\n2022-09,0\n2022-10,0\n2022-11,0\n2022-12,0\n2023-01,0\n"
                                         "2023-02,0\n"));
        // A customer of one currency needs no --currency.
        const test::CliRun dollars = run(
            report(tmp.path(), QStringLiteral("customers"), {QStringLiteral("--customer"), QStringLiteral("cus_usd")}));
        QVERIFY2(dollars.code == 0, qPrintable(dollars.err));
        QVERIFY2(dollars.out.contains(QStringLiteral("\n2022-05,0,0,1,0,")), qPrintable(dollars.out));
        // Key figures say the currency; cohorts and revenue-kpis follow the filter.
        const test::CliRun kpis = run(report(tmp.path(), QStringLiteral("revenue-kpis"),
                                             {QStringLiteral("--where"), QStringLiteral("Currency=eur"),
                                              QStringLiteral("--to"), QStringLiteral("2022-12-31")}));
        QVERIFY2(kpis.code == 0, qPrintable(kpis.err));
        QVERIFY2(kpis.out.contains(QStringLiteral("\ncurrency,EUR\n")), qPrintable(kpis.out));
        QVERIFY2(kpis.out.contains(QStringLiteral("\nmonth,2022-12\n")), qPrintable(kpis.out));
        QVERIFY2(kpis.out.contains(QStringLiteral("\nmrr,165\n")), qPrintable(kpis.out));
        const test::CliRun cohorts = run(report(tmp.path(), QStringLiteral("cohorts"),
                                                {QStringLiteral("--currency"), QStringLiteral("eur"),
                                                 QStringLiteral("--customer"), QStringLiteral("cus_trial")}));
        QVERIFY2(cohorts.code == 0, qPrintable(cohorts.err));
        QVERIFY2(cohorts.out.startsWith(QStringLiteral("cohort,months_since_start,customers,customer_retention_pct,"
                                                       "revenue,revenue_retention_pct\n2022-06,0,1,100,25,100\n")),
                 qPrintable(cohorts.out));
        // The drill-down of a month: every customer with MRR in it or the one before, largest change
        // first (April: the pause, the upgrade).
        const test::CliRun april = run(
            report(tmp.path(), QStringLiteral("contributors"),
                   {QStringLiteral("--dataset"), QStringLiteral("invoices"), QStringLiteral("--period"),
                    QStringLiteral("2022-04"), QStringLiteral("--currency"), QStringLiteral("eur")}));
        QVERIFY2(april.code == 0, qPrintable(april.err));
        QCOMPARE(april.out, QStringLiteral("customer,value,previous,change,change_share_pct\n"
                                           "cus_pause,0,40,-40,114.28571428571428\n"
                                           "cus_mon,55,50,5,-14.285714285714285\n"
                                           "cus_ann,100,100,0,0\ncus_qtr,100,100,0,0\n"));
        // A currency the data does not have.
        const test::CliRun gbp = run(
            report(tmp.path(), QStringLiteral("mrr"), {QStringLiteral("--currency"), QStringLiteral("gbp")}));
        QCOMPARE(gbp.code, 1);
        QVERIFY2(gbp.err.contains(QStringLiteral("no invoices in GBP")), qPrintable(gbp.err));
    }

    void leftOutInvoicesAreListed()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("invoices.csv"),
                                           test::stripeExport(test::scenarioInvoices()));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file}).code, 0);
        const test::CliRun r = run(report(tmp.path(), QStringLiteral("excluded-invoices"), {}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("invoice,customer,subscription,status,kind,issued,currency,amount\n"
                                       "in_o1,cus_one,,paid,one-off,2022-03-10,eur,500\n"
                                       "in_p3,cus_pause,sub_pause,void,void,2022-04-15,eur,40\n"
                                       "in_p4,cus_pause,sub_pause,void,void,2022-05-15,eur,40\n"
                                       "in_q3,cus_qtr,sub_qtr,uncollectible,uncollectible,2022-08-01,eur,300\n"
                                       "in_td,cus_trial,sub_trial,draft,draft,2023-02-15,eur,25\n"));
    }

    void laterExportOfAnInvoiceWins()
    {
        // Two overlapping exports: an invoice in both counts once, with the later export's status.
        test::TempWorkspace tmp;
        const auto scenario = test::scenarioInvoices();
        const QString first = tmp.writeFile(QStringLiteral("jan.csv"), test::stripeExport(scenario));
        std::vector<test::ScenarioInvoice> later;
        for (test::ScenarioInvoice i : scenario)
            if (i.id == QLatin1String("in_u3")) {
                i.status = QStringLiteral("void"); // April's open invoice was voided after all
                later.push_back(i);
            }
        const QString second = tmp.writeFile(QStringLiteral("feb.csv"), test::stripeExport(later));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                      QStringLiteral("stripe"), first})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                      QStringLiteral("stripe"), second})
                     .code,
                 0);
        const test::CliRun r = run(
            report(tmp.path(), QStringLiteral("mrr"), {QStringLiteral("--currency"), QStringLiteral("usd")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("month,mrr\n2022-02,99\n2022-03,99\n2022-04,0\n2022-05,0\n2022-06,99\n")),
            qPrintable(r.out));
    }

    void forgetImportLeavesTheWorkspaceAsBefore()
    {
        test::TempWorkspace tmp;
        const QString usage = tmp.writeFile(QStringLiteral("usage.csv"),
                                            "customer_id,usage_date,minutes\na,2022-01-01,3\nb,2022-01-02,4\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), usage}).code, 0);
        QString before;
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            before = test::TempWorkspace::contentDigest(ws);
        }
        const QString file = tmp.writeFile(QStringLiteral("invoices.csv"),
                                           test::stripeExport(test::scenarioInvoices()));
        const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QCOMPARE(imported.code, 0);
        QCOMPARE(run({QStringLiteral("forget-import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("2")}).code,
                 0);
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QCOMPARE(test::TempWorkspace::contentDigest(ws), before);
        QString error;
        QCOMPARE(*ws.db().queryInt(QStringLiteral("SELECT count(*) FROM billing_invoices"), &error), 0LL);
    }

    void aFailedImportWritesNoInvoice()
    {
        test::TempWorkspace tmp;
        QByteArray content = test::stripeExport(test::scenarioInvoices());
        content.replace("\"1.200,00\"", "\"twelve hundred\""); // a bad subtotal of a counted invoice
        const QString file = tmp.writeFile(QStringLiteral("bad.csv"), content);
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(column 'Subtotal'): not a number (decimal comma): 'twelve hundred'")),
                 qPrintable(r.err));
        const test::CliRun datasets = run({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.path()});
        QVERIFY(!datasets.out.contains(QStringLiteral("bad")));
    }

    void formatSixIsMigratedByAnImport()
    {
        // A workspace of format 6 (no billing invoices) on either backend: readers read it as it
        // is, the first import brings it to format 7.
        test::TempWorkspace tmp;
        const QString usage = tmp.writeFile(QStringLiteral("usage.csv"),
                                            "customer_id,usage_date,minutes\na,2022-01-01,3\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), usage}).code, 0);
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            QString error;
            const QString downgrade =
                test::onServer()
                    ? QStringLiteral("DROP TABLE billing_invoices; UPDATE usagelens_meta SET value = '6' WHERE key = "
                                     "'format'")
                    : QStringLiteral("DROP TABLE billing_invoices; PRAGMA user_version = 6");
            QVERIFY2(ws.db().exec(downgrade, &error), qPrintable(error));
        }
        const test::CliRun read = run(
            report(tmp.path(), QStringLiteral("totals"), {QStringLiteral("--metric"), QStringLiteral("minutes")}));
        QVERIFY2(read.code == 0, qPrintable(read.err));
        const QString file = tmp.writeFile(QStringLiteral("invoices.csv"),
                                           test::stripeExport(test::scenarioInvoices()));
        const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const test::CliRun r = run(report(tmp.path(), QStringLiteral("mrr-movements"),
                                          {QStringLiteral("--dataset"), QStringLiteral("invoices"),
                                           QStringLiteral("--currency"), QStringLiteral("eur")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, euroMovements());
    }

    void aStrayTextInAnotherMoneyColumnIsAWarning()
    {
        // Only the columns the rules read must be numbers: the invoice is kept, the text counted.
        test::TempWorkspace tmp;
        QByteArray content = test::stripeExport(test::scenarioInvoices());
        const qsizetype row = content.indexOf("\nin_m3,");
        const qsizetype amountPaid = content.indexOf(",\"", content.indexOf(",\"", row) + 1); // 3rd column
        content.replace(amountPaid + 1, content.indexOf('"', amountPaid + 2) - amountPaid, "\"see note\"");
        const QString file = tmp.writeFile(QStringLiteral("invoices.csv"), content);
        const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Warning: 1 value(s) in 'Amount Paid' are not numbers and were "
                                                      "left missing")),
                 qPrintable(imported.out));
        const test::CliRun r = run(
            report(tmp.path(), QStringLiteral("mrr-movements"), {QStringLiteral("--currency"), QStringLiteral("eur")}));
        QCOMPARE(r.out, euroMovements());
    }

    void severalInvoiceDatasetsNeedADatasetName()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("a.csv"), test::stripeExport(test::scenarioInvoices()));
        const QString other = tmp.writeFile(QStringLiteral("b.csv"),
                                            "customer,date,amount\nx,2022-01-05,10\ny,2022-02-05,20\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file}).code, 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), other}).code, 0);
        const test::CliRun r = run(report(tmp.path(), QStringLiteral("mrr"), {}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("datasets of invoices: a, b")), qPrintable(r.err));
        const test::CliRun generic = run(
            report(tmp.path(), QStringLiteral("mrr"), {QStringLiteral("--dataset"), QStringLiteral("b")}));
        QVERIFY2(generic.code == 0, qPrintable(generic.err));
        QCOMPARE(generic.out, QStringLiteral("month,mrr\n2022-01,10\n2022-02,20\n"));
    }
};

QTEST_GUILESS_MAIN(TstBillingExports)
#include "tst_billing_exports.moc"
