// SPDX-License-Identifier: MIT
// pareto, computed by hand: customers by total in range, largest first, with the running share.
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "report/ViewRegistry.h"

#include <QTest>

using namespace ul;

class TstViewPareto : public QObject {
    Q_OBJECT
private slots:
    void runningShareOfTheTotal()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // Totals in January: c 60, a 25, b 10, d 5 (of 100); e only in February.
        const QString csv = tmp.writeFile(QStringLiteral("u.csv"), "account,day,minutes\n"
                                                                   "a,2024-01-02,20\n"
                                                                   "a,2024-01-20,5\n"
                                                                   "b,2024-01-03,10\n"
                                                                   "c,2024-01-04,60\n"
                                                                   "d,2024-01-31,5\n"
                                                                   "e,2024-02-01,99\n");
        const ImportResult imported = importFiles(ws, {csv}, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        ReportRequest request;
        request.metric = QStringLiteral("minutes");
        request.from = *parseIsoDate(QStringLiteral("2024-01-01"));
        request.to = *parseIsoDate(QStringLiteral("2024-01-31"));
        request.top = 2; // pareto lists everyone, whatever the ranking size
        ReportContext context(ws.db());
        ReportTable t;
        ReportError error;
        QVERIFY2(runReportView(context, QStringLiteral("pareto"), request, &t, &error), qPrintable(error.message));
        QCOMPARE(toCsv(t), QStringLiteral("rank,customer,value,cumulative_share_pct\n"
                                          "1,c,60,60\n2,a,25,85\n3,b,10,95\n4,d,5,100\n"));
        QCOMPARE(findReportView(QStringLiteral("pareto"))->group, TabGroup::Metric);
    }
};

QTEST_GUILESS_MAIN(TstViewPareto)
#include "tst_view_pareto.moc"
