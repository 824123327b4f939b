// SPDX-License-Identifier: MIT
// The import wizard end to end: preview and roles, import on a worker, cancel, re-import.
#include "BillingFixtures.h"
#include "TempWorkspace.h"
#include "db/ImportCatalog.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportRunPage.h"
#include "importwizard/ImportWizard.h"
#include "importwizard/SourceLayoutBar.h"
#include "query/DatasetCatalog.h"
#include "settings/EnglishPlurals.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ul;

namespace {

/// customer,date,created,plan,minutes: `customers` customers over `days` days.
QByteArray fixture(int customers, int days)
{
    QByteArray csv("customer,date,created,plan,minutes\n");
    for (int d = 0; d < days; ++d) {
        const QByteArray date = isoDate(*dayFromYmd(2023, 1, 1) + d).toLatin1();
        for (int c = 0; c < customers; ++c)
            csv += "c" + QByteArray::number(c) + ',' + date + ",2022-12-" + QByteArray::number(10 + c % 20) + ','
                   + (c % 3 ? "pro" : "free") + ',' + QByteArray::number((c + 1) * (d % 7 + 1)) + '\n';
    }
    return csv;
}

} // namespace

class TstImportWizard : public QObject {
    Q_OBJECT
private slots:
    void importsEndToEnd()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        const QString csv = tmp.writeFile(QStringLiteral("usage.csv"), fixture(20, 30));
        ImportWizard wizard(tmp.path(), {csv});
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPage));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

        ImportMappingPage* mapping = wizard.mappingPage();
        QVERIFY(!mapping->isComplete()); // the preview is read on a worker, not before next() returns
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().columns.size(), 5);
        QCOMPARE(mapping->table()->rowCount(), 2 + 200); // role and date-format rows, then the preview
        const ImportMapping m = mapping->mapping();
        QCOMPARE(m.columns[0].role, ColumnRole::Customer);
        QCOMPARE(m.columns[1].role, ColumnRole::Date);
        QCOMPARE(m.columns[4].role, ColumnRole::Metric);
        QCOMPARE(mapping->dateFormatCombo(1)->currentText(), QStringLiteral("iso")); // detected date form shown
        // The user overrides a role: "plan" becomes ignored.
        QComboBox* plan = mapping->roleCombo(3);
        plan->setCurrentIndex(plan->findData(int(ColumnRole::Ignore)));
        QCOMPARE(mapping->mapping().columns[3].role, ColumnRole::Ignore);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isComplete(), 30000);
        // A computed metric typed in the page: a bad column name keeps it incomplete.
        mapping->computedEdit()->setText(QStringLiteral("double = minutes * 2; bad = minuets + 1"));
        QVERIFY(!mapping->isComplete());
        mapping->computedEdit()->setText(QStringLiteral("double = minutes * 2"));
        QVERIFY(mapping->isComplete());
        QCOMPARE(mapping->mapping().computed.size(), size_t(1));

        QSignalSpy finished(wizard.runPage(), &ImportRunPage::finished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        // The run can finish before wait() starts (a quick worker's continuation may run at
        // once), so count emissions rather than wait for a new one.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000);
        const ImportResult result = wizard.runPage()->result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files.front().rowsImported, 20 * 30);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toString(), QStringLiteral("usage"));
        QVERIFY(wizard.runPage()->isComplete());

        QString error;
        const auto dataset = findDataset(ws.db(), QStringLiteral("usage"), &error);
        QVERIFY(dataset);
        QCOMPARE(dataset->metrics.size(), size_t(3)); // minutes, double and the built-in records
        QVERIFY(std::any_of(dataset->metrics.begin(), dataset->metrics.end(),
                            [](const MetricInfo& m) { return m.key == QLatin1String("double"); }));
        QCOMPARE(dataset->customers, 20);
        const auto attrs = customerAttributes(ws.db(), *customerIdByExternal(ws.db(), QStringLiteral("c1")));
        for (const auto& a : attrs)
            QVERIFY(a.first != QLatin1String("plan")); // ignored as asked
    }

    void aStripeExportIsSaidBeforeAndAfterTheImport()
    {
        EnglishPlurals plurals; // as the window in English: "4 excluded kinds"
        QCoreApplication::installTranslator(&plurals);
        const auto removePlurals = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
        test::TempWorkspace tmp;
        const QString csv = tmp.writeFile(QStringLiteral("invoices.csv"), test::stripeExport(test::scenarioInvoices()));
        ImportWizard wizard(tmp.path(), {csv});
        wizard.resize(1280, 720);
        wizard.show();
        wizard.next();
        ImportMappingPage* mapping = wizard.mappingPage();
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        auto* summary = mapping->findChild<QLabel*>(QStringLiteral("billingSummary"));
        QVERIFY(summary && summary->isVisibleTo(&wizard));
        QCOMPARE(summary->text(), QStringLiteral("Stripe invoice export: 39 invoices, 4 excluded kinds (void 2, "
                                                 "uncollectible 1, draft 1, one-off 1)\nCurrencies: EUR, USD "
                                                 "(revenue is shown per currency, never summed)"));
        // The billing system's customer id and the invoice date: no flags, nothing to choose.
        const ImportMapping m = mapping->mapping();
        QVERIFY(m.billing);
        QCOMPARE(m.columns[size_t(m.indexOf(ColumnRole::Customer))].header, QStringLiteral("Customer"));
        QCOMPARE(m.columns[size_t(m.indexOf(ColumnRole::Date))].header, QStringLiteral("Date (UTC)"));
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isComplete(), 30000);
        if (const QString dir = qEnvironmentVariable("UL_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(wizard.grab().save(dir + QStringLiteral("/import_wizard_stripe.png")));
        QSignalSpy finished(wizard.runPage(), &ImportRunPage::finished);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000);
        const ImportResult result = wizard.runPage()->result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.files.front().billing);
        QCOMPARE(result.files.front().billing->counted, qint64(34));
        auto* label = wizard.runPage()->findChild<QLabel*>();
        QVERIFY(label);
        QVERIFY2(label->text().contains(QStringLiteral("Stripe invoice export: 39 invoices, 4 excluded kinds")),
                 qPrintable(label->text()));
        if (const QString dir = qEnvironmentVariable("UL_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(wizard.grab().save(dir + QStringLiteral("/import_wizard_stripe_done.png")));
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // A first import so that "unchanged" means more than "still empty".
        const QString small = tmp.writeFile(QStringLiteral("first.csv"), fixture(5, 10));
        ImportOptions first;
        QVERIFY(importFiles(ws, {small}, first).ok);
        const QString before = test::TempWorkspace::contentDigest(ws);

        const QString big = tmp.writeFile(QStringLiteral("big.csv"), fixture(200, 400));
        ImportWizard wizard(tmp.path(), {big});
        wizard.show();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QSignalSpy finished(wizard.runPage(), &ImportRunPage::finished);
        wizard.next();
        QVERIFY(wizard.runPage()->isRunning());
        wizard.runPage()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
        const ImportResult result = wizard.runPage()->result();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!wizard.runPage()->isComplete());
        QCOMPARE(test::TempWorkspace::contentDigest(ws), before);
    }

    /// Saves the mapping page of UL_WIZARD_FILE to UL_WIZARD_PNG for a human to look at.
    void renderMappingPage()
    {
        const QString file = qEnvironmentVariable("UL_WIZARD_FILE");
        if (file.isEmpty())
            QSKIP("UL_WIZARD_FILE not set");
        EnglishPlurals plurals; // as the window in English
        QCoreApplication::installTranslator(&plurals);
        const auto removePlurals = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
        test::TempWorkspace tmp;
        ImportWizard wizard(tmp.path(), {file});
        wizard.resize(1280, 720);
        wizard.show();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.mappingPage()->isPreviewLoading(), 30000);
        QVERIFY(wizard.grab().save(qEnvironmentVariable("UL_WIZARD_PNG")));
    }

    void layoutChoicesReReadThePreview()
    {
        // A semicolon file read as comma-separated on the user's word: one column; back to
        // "Detected": three.
        test::TempWorkspace tmp;
        const QString csv = tmp.writeFile(QStringLiteral("semi.csv"),
                                          "customer;date;minutes\na;2024-01-05;3\nb;2024-01-06;4\n");
        ImportWizard wizard(tmp.path(), {csv});
        wizard.show();
        wizard.next();
        ImportMappingPage* mapping = wizard.mappingPage();
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().columns.size(), 3);
        QVERIFY(mapping->layoutBar()->delimiterCombo()->itemText(0).contains(QLatin1String("semicolon")));
        QComboBox* delimiter = mapping->layoutBar()->delimiterCombo();
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        emit delimiter->activated(delimiter->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().columns.size(), 1);
        QVERIFY(!mapping->isComplete());
        delimiter->setCurrentIndex(0);
        emit delimiter->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().columns.size(), 3);
        QVERIFY(mapping->isComplete());

        // Headerless: the first row is data until the user says it is a header.
        const QString plain = tmp.writeFile(QStringLiteral("plain.csv"),
                                            "a,2024-01-05,3\nb,2024-01-06,4\na,2024-01-07,5\n");
        ImportWizard second(tmp.path(), {plain});
        second.show();
        second.next();
        mapping = second.mappingPage();
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().columns,
                 QStringList({QStringLiteral("column_1"), QStringLiteral("column_2"), QStringLiteral("column_3")}));
        QCOMPARE(mapping->preview().rows.size(), size_t(3));
        QComboBox* header = mapping->layoutBar()->headerCombo();
        header->setCurrentIndex(header->findData(true));
        emit header->activated(header->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().columns.first(), QStringLiteral("a"));
        QCOMPARE(mapping->preview().rows.size(), size_t(2));
    }

    void undetectedDateIsDiagnosedAndCanBeMapped()
    {
        // Dates in a form detection does not take: the diagnosis is shown, and the user maps the
        // column as a date with a form; the preview is re-parsed with that mapping.
        test::TempWorkspace tmp;
        const QString csv = tmp.writeFile(QStringLiteral("odd.csv"),
                                          "customer,period,minutes\na,2024/01/05,3\nb,2024/01/06,4\na,2024/01/07,5\n");
        ImportWizard wizard(tmp.path(), {csv});
        wizard.show();
        wizard.next();
        ImportMappingPage* mapping = wizard.mappingPage();
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        if (mapping->mapping().columns[1].role != ColumnRole::Date) {
            QVERIFY(!mapping->isComplete());
            QVERIFY(mapping->preview().error.contains(QLatin1String("no date column found")));
        }
        QComboBox* role = mapping->roleCombo(1);
        role->setCurrentIndex(role->findData(int(ColumnRole::Date)));
        QComboBox* form = mapping->dateFormatCombo(1);
        form->setCurrentIndex(form->findData(int(DateFormat::DayMonthYear))); // wrong on purpose
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QCOMPARE(mapping->preview().problems.size(), size_t(3));
        QVERIFY(
            mapping->preview().problems.front().toString().contains(QLatin1String("odd.csv:2:2 (column 'period')")));
        form->setCurrentIndex(form->findData(int(DateFormat::YearMonthDaySlash)));
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isPreviewLoading(), 30000);
        QVERIFY(mapping->preview().problems.empty());
        QVERIFY(mapping->isComplete());
    }

    void reimportOffersReplaceNewDatasetOrCancel()
    {
        // A file already imported: Cancel leaves the workspace as it was, Replace swaps the
        // import (same content, one import), "Import as a new dataset" keeps both copies.
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        const QString csv = tmp.writeFile(QStringLiteral("usage.csv"), fixture(4, 5));
        QVERIFY(importFiles(ws, {csv}, ImportOptions{}).ok);
        const QString before = test::TempWorkspace::contentDigest(ws);
        QString error;
        const QString original = listDatasets(ws.db(), &error).front().name;

        for (const ImportWizard::Duplicate choice :
             {ImportWizard::Duplicate::Cancel, ImportWizard::Duplicate::Replace, ImportWizard::Duplicate::NewDataset}) {
            ImportWizard wizard(tmp.path(), {csv});
            int asked = 0;
            wizard.setResolveDuplicate([&](const ImportInfo& earlier) {
                ++asked;
                return earlier.fileName == QLatin1String("usage.csv") ? choice : ImportWizard::Duplicate::Cancel;
            });
            QSignalSpy imported(&wizard, &ImportWizard::imported);
            wizard.show();
            wizard.next();
            QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
            QSignalSpy finished(wizard.runPage(), &ImportRunPage::finished);
            wizard.next();
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000);
            QCOMPARE(asked, 1);
            if (choice == ImportWizard::Duplicate::Cancel) {
                QVERIFY(!wizard.runPage()->result().ok);
                QCOMPARE(test::TempWorkspace::contentDigest(ws), before);
                continue;
            }
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 30000); // the second run, as chosen
            QVERIFY2(wizard.runPage()->result().ok, qPrintable(wizard.runPage()->result().error));
            QCOMPARE(imported.count(), 1);
            const std::vector<DatasetInfo> datasets = listDatasets(ws.db(), &error);
            if (choice == ImportWizard::Duplicate::Replace) {
                QCOMPARE(datasets.size(), size_t(1));
                QCOMPARE(listImports(ws.db(), &error).size(), size_t(1));
            } else {
                QCOMPARE(datasets.size(), size_t(2));
                QCOMPARE(imported.front().front().toString(), original + QStringLiteral(" 2"));
                QCOMPARE(listImports(ws.db(), &error).size(), size_t(2));
            }
        }
    }
};

QTEST_MAIN(TstImportWizard)
#include "tst_import_wizard.moc"
