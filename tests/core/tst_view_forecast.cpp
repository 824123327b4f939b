// SPDX-License-Identifier: MIT
// The forecast views on a workspace: whole periods only are fitted (a partial last month gets
// the forecast of the whole month beside its value so far), the model is named in the JSON
// form, short histories fall back, the backtest has a row per step and model, and the options
// are checked with usage errors.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "import/Importer.h"
#include "report/ViewRegistry.h"

#include <QTest>

#include <cmath>

using namespace ul;

namespace {

/// One customer's daily usage from `from` for `days` days: a yearly season on a rising level.
QByteArray dailyCsv(Day from, int days)
{
    QByteArray csv = "customer,day,minutes\n";
    for (int i = 0; i < days; ++i) {
        const Day d = from + i;
        const Ymd ymd = ymdFromDay(d);
        const double v = 100 + 0.05 * i + 30 * std::sin(2 * 3.141592653589793 * (ymd.month - 1) / 12.0) + (i % 7);
        csv += "a," + isoDate(d).toUtf8() + "," + QByteArray::number(std::round(v * 100) / 100, 'f', 2) + "\n";
    }
    return csv;
}

bool runView(Workspace& ws, const QString& view, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    ReportContext context(ws.db());
    return runReportView(context, view, request, out, error);
}

} // namespace

class TstViewForecast : public QObject {
    Q_OBJECT
private slots:
    void partialLastMonthIsNotFitted()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        // 2021-01-01 .. 2024-03-17: 38 whole months and a partial March 2024.
        const Day from = *parseIsoDate(QStringLiteral("2021-01-01"));
        const Day to = *parseIsoDate(QStringLiteral("2024-03-17"));
        const ImportResult imported = importFiles(
            ws, {tmp.writeFile(QStringLiteral("u.csv"), dailyCsv(from, to - from + 1))}, {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        ReportRequest r;
        r.metric = QStringLiteral("minutes");
        r.granularity = Granularity::Month;
        r.horizon = 6;
        ReportTable t;
        ReportError error;
        QVERIFY2(runView(ws, QStringLiteral("forecast"), r, &t, &error), qPrintable(error.message));
        QCOMPARE(t.columns.join(QLatin1Char(',')),
                 QStringLiteral("period,value,forecast,lower_80,upper_80,lower_95,upper_95,partial"));
        QCOMPARE(t.rows.size(), size_t(39 + 6));
        QCOMPARE(t.metaText(QStringLiteral("whole_periods")), QStringLiteral("38"));
        // History: a value and its one-step fit, no band.
        QCOMPARE(t.text(10, QStringLiteral("period")), QStringLiteral("2021-11"));
        QVERIFY(t.number(10, QStringLiteral("value")) && t.number(10, QStringLiteral("forecast")));
        QVERIFY(!t.number(10, QStringLiteral("lower_80")));
        // March 2024: its value so far, partial, and the forecast of the whole month with a band
        // well above that partial value (17 of 31 days).
        QCOMPARE(t.text(38, QStringLiteral("period")), QStringLiteral("2024-03"));
        QCOMPARE(t.text(38, QStringLiteral("partial")), QStringLiteral("true"));
        QVERIFY(*t.number(38, QStringLiteral("lower_80")) > *t.number(38, QStringLiteral("value")));
        QVERIFY(*t.number(38, QStringLiteral("forecast")) <= *t.number(38, QStringLiteral("upper_80")));
        // Then six months with no value.
        QCOMPARE(t.text(39, QStringLiteral("period")), QStringLiteral("2024-04"));
        QCOMPARE(t.text(44, QStringLiteral("period")), QStringLiteral("2024-09"));
        for (size_t i = 39; i < t.rows.size(); ++i) {
            QVERIFY(!t.number(i, QStringLiteral("value")));
            QVERIFY(*t.number(i, QStringLiteral("lower_95")) <= *t.number(i, QStringLiteral("lower_80")));
            QVERIFY(*t.number(i, QStringLiteral("upper_80")) <= *t.number(i, QStringLiteral("upper_95")));
        }
        // The season (high in spring, low in autumn) comes through in the future months.
        QVERIFY(*t.number(39, QStringLiteral("forecast")) > *t.number(44, QStringLiteral("forecast")));
        // The JSON form names the model.
        const QString json = toJson(t);
        QVERIFY2(json.startsWith(QStringLiteral("{\"model\": \"ETS(")), qPrintable(json.left(200)));
        QVERIFY(json.contains(QStringLiteral("\"rows\": [")));
        QVERIFY(!json.contains(QStringLiteral("nan")) && !json.contains(QStringLiteral("inf")));

        ReportTable accuracy;
        QVERIFY2(runView(ws, QStringLiteral("forecast-accuracy"), r, &accuracy, &error), qPrintable(error.message));
        QCOMPARE(accuracy.columns.join(QLatin1Char(',')),
                 QStringLiteral("model,step,mape,smape,mase,coverage_80,coverage_95,folds"));
        QCOMPARE(accuracy.rows.size(), size_t(12));
        QCOMPARE(accuracy.text(0, QStringLiteral("model")), QStringLiteral("ets"));
        QCOMPARE(accuracy.text(6, QStringLiteral("model")), QStringLiteral("seasonal_naive"));
        QCOMPARE(accuracy.text(0, QStringLiteral("folds")), QStringLiteral("12"));
        QVERIFY(*accuracy.number(0, QStringLiteral("mape")) < *accuracy.number(6, QStringLiteral("mape")));
    }

    void shortHistoryFallsBack()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        const Day from = *parseIsoDate(QStringLiteral("2024-01-01"));
        QVERIFY(importFiles(ws, {tmp.writeFile(QStringLiteral("u.csv"), dailyCsv(from, 95))}, {}).ok);
        ReportRequest r;
        r.metric = QStringLiteral("minutes");
        r.granularity = Granularity::Month;
        ReportTable t;
        ReportError error;
        QVERIFY2(runView(ws, QStringLiteral("forecast"), r, &t, &error), qPrintable(error.message));
        QCOMPARE(t.metaText(QStringLiteral("model")), QStringLiteral("naive"));
        QVERIFY(t.metaText(QStringLiteral("notes")).contains(QStringLiteral("fewer than 6 whole periods")));
        QCOMPARE(t.rows.size(), size_t(4 + 12)); // Jan..Mar, April to the 4th, 12 months
        ReportTable accuracy;
        QVERIFY(runView(ws, QStringLiteral("forecast-accuracy"), r, &accuracy, &error));
        QCOMPARE(accuracy.text(0, QStringLiteral("folds")), QStringLiteral("0"));
        QVERIFY(accuracy.text(0, QStringLiteral("mape")).isEmpty());
        // Daily: 95 days are plenty for a weekly season.
        r.granularity = Granularity::Day;
        r.horizon = 14;
        QVERIFY2(runView(ws, QStringLiteral("forecast"), r, &t, &error), qPrintable(error.message));
        QVERIFY2(t.metaText(QStringLiteral("model")).startsWith(QStringLiteral("ETS(")),
                 qPrintable(t.metaText(QStringLiteral("model"))));
        QCOMPARE(t.rows.size(), size_t(95 + 14));
    }

    void horizonIsChecked()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QVERIFY(importFiles(
                    ws,
                    {tmp.writeFile(QStringLiteral("u.csv"), dailyCsv(*parseIsoDate(QStringLiteral("2024-01-01")), 40))},
                    {})
                    .ok);
        ReportRequest r;
        r.metric = QStringLiteral("minutes");
        r.granularity = Granularity::Month;
        r.horizon = 61;
        ReportTable t;
        ReportError error;
        QVERIFY(!runView(ws, QStringLiteral("forecast"), r, &t, &error));
        QCOMPARE(error.kind, ReportError::Kind::Usage);
        ws.close();
        const auto code = [&](const QStringList& more) {
            return test::runCoreCommand(QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                                    QStringLiteral("--metric"), QStringLiteral("minutes")}
                                        + more)
                .code;
        };
        const QString forecast = QStringLiteral("forecast");
        QCOMPARE(code({QStringLiteral("--view"), forecast, QStringLiteral("--granularity"), QStringLiteral("month"),
                       QStringLiteral("--horizon"), QStringLiteral("60")}),
                 0);
        QCOMPARE(code({QStringLiteral("--view"), forecast, QStringLiteral("--granularity"), QStringLiteral("month"),
                       QStringLiteral("--horizon"), QStringLiteral("61")}),
                 2);
        QCOMPARE(code({QStringLiteral("--view"), forecast, QStringLiteral("--horizon"), QStringLiteral("0")}), 2);
        QCOMPARE(code({QStringLiteral("--view"), forecast, QStringLiteral("--horizon"), QStringLiteral("x")}), 2);
        QCOMPARE(code({QStringLiteral("--view"), forecast, QStringLiteral("--granularity"), QStringLiteral("day"),
                       QStringLiteral("--horizon"), QStringLiteral("366")}),
                 0);
        QCOMPARE(code({QStringLiteral("--view"), forecast, QStringLiteral("--granularity"), QStringLiteral("week"),
                       QStringLiteral("--horizon"), QStringLiteral("105")}),
                 2);
        const QString churn = QStringLiteral("churn-risk");
        QCOMPARE(code({QStringLiteral("--view"), churn, QStringLiteral("--within"), QStringLiteral("6")}), 2);
        QCOMPARE(code({QStringLiteral("--view"), churn, QStringLiteral("--within"), QStringLiteral("366")}), 2);
        QCOMPARE(code({QStringLiteral("--view"), churn, QStringLiteral("--within"), QStringLiteral("365")}), 0);
        QCOMPARE(code({QStringLiteral("--view"), churn, QStringLiteral("--as-of"), QStringLiteral("2024-13-01")}), 2);
        QCOMPARE(code({QStringLiteral("--view"), churn, QStringLiteral("--top"), QStringLiteral("0")}), 2);
        QCOMPARE(code({QStringLiteral("--view"), QStringLiteral("churn-risk-accuracy"), QStringLiteral("--as-of"),
                       QStringLiteral("2024-01-20"), QStringLiteral("--within"), QStringLiteral("7")}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TstViewForecast)
#include "tst_view_forecast.moc"
