// SPDX-License-Identifier: MIT
// Churn risk on generated workspaces: a planted decline before churn is found (high AUC), a
// memoryless process without any signal is not "found" (AUC near 0.5), the model never reads a
// day after --as-of, and every customer active in the 90 days before is listed with reasons.
#include "TempWorkspace.h"
#include "churn/ChurnAccuracy.h"
#include "import/Importer.h"
#include "report/ViewRegistry.h"
#include "segments/SplitMix64.h"

#include <QTest>

#include <cmath>

using namespace ul;

namespace {

const Day kStart = *parseIsoDate(QStringLiteral("2023-01-01"));
constexpr int kDays = 540;

QByteArray row(int customer, Day day, double value)
{
    return "c" + QByteArray::number(customer) + "," + isoDate(day).toUtf8() + "," + QByteArray::number(value, 'f', 2)
           + "\n";
}

/// 300 customers active on a share of days of their own; 40% stop for good at a random day, and
/// over the 8 weeks before they do, both how often and how much they use fall to a fifth.
QByteArray plantedDecline()
{
    SplitMix64 random(42);
    QByteArray csv = "customer,day,logins\n";
    for (int c = 0; c < 300; ++c) {
        const double rate = 0.35 + 0.5 * random.uniform();
        const double size = 20 + 80 * random.uniform();
        const bool churns = random.uniform() < 0.4;
        const int stop = churns ? 150 + int(random.below(kDays - 150)) : kDays + 1000;
        for (int d = 0; d < kDays && d < stop; ++d) {
            const double fade = d >= stop - 56 ? 1.0 - 0.8 * (d - (stop - 56)) / 56.0 : 1.0;
            if (random.uniform() < rate * fade)
                csv += row(c, kStart + d, size * fade * (0.8 + 0.4 * random.uniform()));
        }
    }
    return csv;
}

/// Every customer is active on any day with probability 2%, independently of everything: whether
/// a customer shows up in the next 60 days (70% do) has nothing to do with its past.
QByteArray noSignal(int customers, int days)
{
    SplitMix64 random(7);
    QByteArray csv = "customer,day,logins\n";
    for (int c = 0; c < customers; ++c)
        for (int d = 0; d < days; ++d)
            if (random.uniform() < 0.02)
                csv += row(c, kStart + d, 1);
    return csv;
}

bool runView(Workspace& ws, const QString& view, const ReportRequest& request, ReportTable* out)
{
    ReportContext context(ws.db());
    ReportError error;
    const bool ok = runReportView(context, view, request, out, &error);
    if (!ok)
        qWarning("%s", qPrintable(error.message));
    return ok;
}

ReportRequest churnRequest(int within = 60)
{
    ReportRequest r;
    r.metric = QStringLiteral("logins");
    r.churn.withinDays = within;
    return r;
}

} // namespace

class TstChurnRisk : public QObject {
    Q_OBJECT
private slots:
    void accuracyMeasures()
    {
        // Perfect ranking, reversed ranking, all tied.
        const std::vector<char> churned{1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        std::vector<double> risk{0.9, 0.8, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        ChurnAccuracy a = churnAccuracy(risk, churned);
        QCOMPARE(*a.auc, 1.0);
        QCOMPARE(*a.precisionAtDecile, 1.0); // ceil(12/10) = 2 customers, both churned
        QCOMPARE(*a.recallAtDecile, 1.0);
        QCOMPARE(*a.baseRate, 2.0 / 12.0);
        for (double& r : risk)
            r = 1 - r;
        QCOMPARE(*churnAccuracy(risk, churned).auc, 0.0);
        QCOMPARE(*churnAccuracy(std::vector<double>(12, 0.5), churned).auc, 0.5);
        // Nobody churned: no AUC, no recall, never NaN.
        a = churnAccuracy(risk, std::vector<char>(12, 0));
        QVERIFY(!a.auc && !a.recallAtDecile);
        QCOMPARE(*a.baseRate, 0.0);
        QCOMPARE(churnAccuracy({}, {}).customers, 0);
    }

    void plantedDeclineIsFound()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        const ImportResult imported = importFiles(ws, {tmp.writeFile(QStringLiteral("u.csv"), plantedDecline())}, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        ReportTable accuracy;
        QVERIFY(runView(ws, QStringLiteral("churn-risk-accuracy"), churnRequest(), &accuracy));
        QCOMPARE(accuracy.columns.join(QLatin1Char(',')),
                 QStringLiteral("auc,precision_at_decile,recall_at_decile,base_rate,customers"));
        const double auc = *accuracy.number(0, QStringLiteral("auc"));
        qInfo("planted decline: AUC %.3f, precision at the top decile %.2f (base rate %.2f), %s customers; %s", auc,
              *accuracy.number(0, QStringLiteral("precision_at_decile")),
              *accuracy.number(0, QStringLiteral("base_rate")),
              qPrintable(accuracy.text(0, QStringLiteral("customers"))),
              qPrintable(accuracy.metaText(QStringLiteral("model"))));
        QVERIFY2(auc > 0.85, qPrintable(QString::number(auc)));
        QVERIFY(accuracy.metaText(QStringLiteral("model")).startsWith(QStringLiteral("ridge logistic regression")));
        QVERIFY(*accuracy.number(0, QStringLiteral("precision_at_decile"))
                > 2 * *accuracy.number(0, QStringLiteral("base_rate")));

        // The list: everyone active in the 90 days up to the last day, riskiest first, with two
        // reasons each.
        ReportTable list;
        QVERIFY(runView(ws, QStringLiteral("churn-risk"), churnRequest(), &list));
        QCOMPARE(list.columns.join(QLatin1Char(',')), QStringLiteral("customer,risk,value_at_risk,reason"));
        QCOMPARE(list.metaText(QStringLiteral("as_of")), isoDate(kStart + kDays - 1));
        QCOMPARE(list.metaText(QStringLiteral("customers")), QString::number(list.rows.size()));
        QVERIFY(list.rows.size() > 100);
        for (size_t i = 0; i < list.rows.size(); ++i) {
            const double risk = *list.number(i, QStringLiteral("risk"));
            QVERIFY(risk >= 0 && risk <= 1);
            if (i)
                QVERIFY(risk <= *list.number(i - 1, QStringLiteral("risk")));
            QCOMPARE(list.text(i, QStringLiteral("reason")).count(QStringLiteral("; ")), 1);
        }
        ReportRequest top = churnRequest();
        top.churn.top = 5;
        QVERIFY(runView(ws, QStringLiteral("churn-risk"), top, &list));
        QCOMPARE(list.rows.size(), size_t(5));
    }

    void noSignalIsNotInvented()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("u.csv"), noSignal(1500, kDays))}, {}).ok);
        ReportTable accuracy;
        QVERIFY(runView(ws, QStringLiteral("churn-risk-accuracy"), churnRequest(), &accuracy));
        const double auc = *accuracy.number(0, QStringLiteral("auc"));
        const int customers = accuracy.text(0, QStringLiteral("customers")).toInt();
        qInfo("no signal: AUC %.3f on %d customers (base rate %.2f)", auc, customers,
              *accuracy.number(0, QStringLiteral("base_rate")));
        // About 1,260 customers scored, 30% churned: the AUC of a coin has a standard error of
        // about 0.018 here; 0.07 is four of them.
        QVERIFY(customers > 1000);
        QVERIFY2(std::abs(auc - 0.5) < 0.07, qPrintable(QString::number(auc)));
    }

    // Scored as of a day, the workspace with later rows gives exactly the same list as one whose
    // data ends that day: nothing after --as-of is read, for features or labels.
    void nothingAfterAsOfIsRead()
    {
        const int days = 400;
        const QByteArray all = noSignal(300, days);
        const Day asOf = kStart + 300;
        QByteArray cut;
        for (const QByteArray& line : all.split('\n')) {
            const std::optional<Day> d = parseIsoDate(QString::fromUtf8(line.split(',').value(1)));
            if (!line.isEmpty() && (!d || *d <= asOf))
                cut += line + "\n";
        }
        QStringList outputs;
        for (const QByteArray& csv : {all, cut}) {
            test::TempWorkspace tmp;
            Workspace ws;
            QVERIFY(tmp.open(ws));
            QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("u.csv"), csv)}, {}).ok);
            ReportRequest r = churnRequest(30);
            r.churn.asOf = asOf;
            ReportTable list, accuracy;
            QVERIFY(runView(ws, QStringLiteral("churn-risk"), r, &list));
            QVERIFY(runView(ws, QStringLiteral("churn-risk-accuracy"), r, &accuracy));
            QVERIFY(!list.rows.empty());
            outputs << toJson(list) + toJson(accuracy);
        }
        QCOMPARE(outputs.at(0), outputs.at(1));
    }

    void oneCustomerAndNoHistory()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QVERIFY(importFiles(ws,
                            {tmp.writeFile(QStringLiteral("u.csv"), "customer,day,logins\nx,2024-05-01,3\n"
                                                                    "x,2024-05-03,1\n")},
                            {})
                    .ok);
        ReportTable list, accuracy;
        QVERIFY(runView(ws, QStringLiteral("churn-risk"), churnRequest(), &list));
        QCOMPARE(list.rows.size(), size_t(1));
        QVERIFY(list.metaText(QStringLiteral("notes")).contains(QStringLiteral("too little history")));
        QVERIFY(std::isfinite(*list.number(0, QStringLiteral("risk"))));
        QVERIFY(runView(ws, QStringLiteral("churn-risk-accuracy"), churnRequest(), &accuracy));
        QCOMPARE(accuracy.text(0, QStringLiteral("customers")), QStringLiteral("0"));
        QVERIFY(accuracy.text(0, QStringLiteral("auc")).isEmpty());
        // --within outside 7..365 is a usage error.
        ReportContext context(ws.db());
        ReportError error;
        QVERIFY(!runReportView(context, QStringLiteral("churn-risk"), churnRequest(5), &list, &error));
        QCOMPARE(error.kind, ReportError::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TstChurnRisk)
#include "tst_churn_risk.moc"
