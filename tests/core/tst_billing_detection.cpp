// SPDX-License-Identifier: MIT
// Billing exports are known by their columns, never by the file name; the date column is the
// one filled on (nearly) every row; a customer id filled on every row beats an e-mail column
// with gaps, and rows without a customer are a warning with their count.
#include "BillingFixtures.h"
#include "CliRunner.h"
#include "TempWorkspace.h"

#include "import/BillingFormat.h"
#include "import/Importer.h"

#include <QTest>

using namespace ul;

namespace {

QStringList headersOf(const QByteArray& csv)
{
    return QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(QLatin1Char(','));
}

const char* const kStripeColumns =
    "id,Amount Due,Amount Paid,Amount Remaining,Application Fee,Attempt Count,Attempted,Auto Advance,Billing,"
    "Billing Reason,Charge,Closed,Currency,Customer,Customer Email,Customer Name,Created (UTC),Description,"
    "Discount,Due Date (UTC),Ending Balance,Finalized At (UTC),Forgiven,Invoice Number,Marked Uncollectible At "
    "(UTC),Minimum Line Item Period Start (UTC),Maximum Line Item Period End (UTC),Number,Paid,Paid At (UTC),"
    "Period End (UTC),Period Start (UTC),Starting Balance,Status,Subscription,Subtotal,Tax,Tax Percent,Total,"
    "Total Discount Amount,Voided At (UTC)";

test::CliRun run(const QStringList& args) { return test::runCoreCommand(args); }

} // namespace

class TstBillingDetection : public QObject {
    Q_OBJECT

private slots:
    void recognisedByColumns()
    {
        const auto scenario = test::scenarioInvoices();
        const auto stripe = recogniseBillingExport(headersOf(test::stripeExport(scenario)));
        QVERIFY(stripe);
        QCOMPARE(stripe->name(), QStringLiteral("Stripe invoice export"));
        const QStringList columns = headersOf(test::stripeExport(scenario));
        QCOMPARE(columns.size(), 30);
        QCOMPARE(columns.value(stripe->columns.customer), QStringLiteral("Customer"));
        QCOMPARE(columns.value(stripe->columns.serviceStart), QStringLiteral("Minimum Line Item Period Start (UTC)"));
        QCOMPARE(columns.value(stripe->columns.subtotal), QStringLiteral("Subtotal"));
        QCOMPARE(columns.value(stripe->columns.discount), QStringLiteral("Total Discount Amount"));
        // A later Stripe export (Created instead of Date, more columns, another order).
        const QStringList later = QString::fromLatin1(kStripeColumns).split(QLatin1Char(','));
        const auto newer = recogniseBillingExport(later);
        QVERIFY(newer);
        QCOMPARE(later.value(newer->columns.issued), QStringLiteral("Created (UTC)"));
        QCOMPARE(recogniseBillingExport(headersOf(test::chargebeeExport(scenario)))->system, BillingSystem::Chargebee);
        QCOMPARE(recogniseBillingExport(headersOf(test::paddleExport(scenario)))->system, BillingSystem::Paddle);
        // A generic invoice file, and one with Stripe's names but without the line items' period.
        QVERIFY(
            !recogniseBillingExport({QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("amount")}));
        QStringList noPeriod = later;
        noPeriod.removeAll(QStringLiteral("Minimum Line Item Period Start (UTC)"));
        QVERIFY(!recogniseBillingExport(noPeriod));
    }

    void notByTheFileName()
    {
        // A Stripe export saved as "customers.txt" is still one; a file named invoices.csv is not.
        test::TempWorkspace tmp;
        const QString renamed = tmp.writeFile(QStringLiteral("customers.txt"),
                                              test::stripeExport(test::scenarioInvoices()));
        ImportMapping mapping;
        std::vector<ColumnProfile> profiles;
        QString error;
        QVERIFY2(detectFileMapping(renamed, {}, &mapping, &profiles, &error), qPrintable(error));
        QVERIFY(mapping.billing);
        const QString generic = tmp.writeFile(QStringLiteral("stripe_invoices.csv"),
                                              "customer,date,amount\na,2022-01-01,10\nb,2022-01-02,20\n");
        QVERIFY2(detectFileMapping(generic, {}, &mapping, &profiles, &error), qPrintable(error));
        QVERIFY(!mapping.billing);
    }

    void theDateFilledOnEveryRowIsTheDate()
    {
        // payment_date is the better name but is empty on unpaid invoices; day is always filled.
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("invoices.csv"),
                                           "customer_id,day,payment_date,amount\n"
                                           "a,2022-01-03,2022-01-04,10\nb,2022-01-05,,20\nc,2022-01-07,,30\n"
                                           "a,2022-02-03,2022-02-03,10\n");
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("date      : day (iso)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Rows: 4 read, 4 imported, 0 rejected")), qPrintable(r.out));
    }

    void anIdOnEveryRowBeatsAnEmailWithGaps()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("payments.csv"),
                                           "Customer Email,Customer,Date,Amount\n"
                                           "a@x.example,cus_1,2022-01-03,10\nb@x.example,cus_1,2022-01-05,20\n"
                                           ",cus_2,2022-02-03,10\nd@x.example,cus_2,2022-02-05,5\n");
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("customer  : Customer\n")), qPrintable(r.out));
    }

    void rowsWithoutACustomerAreCountedInAWarning()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("usage.csv"),
                                           "customer_id,usage_date,minutes\na,2022-01-01,3\n,2022-01-02,4\n"
                                           "b,2022-01-02,5\nNULL,2022-01-03,6\n");
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Rows: 4 read, 2 imported, 2 rejected")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("Warning: 2 row(s) have no customer id in 'customer_id' and were left out")),
            qPrintable(r.out));
    }

    void theWizardSummaryCountsEveryInvoice()
    {
        test::TempWorkspace tmp;
        const QString file = tmp.writeFile(QStringLiteral("stripe.csv"), test::stripeExport(test::scenarioInvoices()));
        const FilePreview preview = previewImportFile(file, {}, 10);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.billing);
        QCOMPARE(preview.billing->invoices, qint64(39));
        QCOMPARE(preview.billing->counted, qint64(34));
        QCOMPARE(preview.billing->describe(), QStringLiteral("Stripe invoice export: 39 invoices, 4 excluded kinds "
                                                             "(void 2, uncollectible 1, draft 1, one-off 1)"));
        QCOMPARE(preview.billing->currencies, QStringList({QStringLiteral("eur"), QStringLiteral("usd")}));
    }
};

QTEST_GUILESS_MAIN(TstBillingDetection)
#include "tst_billing_detection.moc"
