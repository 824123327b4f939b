// SPDX-License-Identifier: MIT
// Churn risk per customer and its backtest (Health tab). The model, its features and the time
// split are in churn/ChurnAssessment.h and the README ("Churn risk").
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include "churn/ChurnOptions.h"
#include "core/Day.h"

namespace ul {

namespace {

ReportCell optionalCell(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(); }

/// The metric and the question of a churn view; `*empty` when the metric has no data to score.
bool churnQuestion(ReportContext& ctx, const ReportRequest& request, std::optional<MetricInfo>* metric,
                   ChurnQuestion* q, bool* empty, ReportError* error)
{
    const ChurnOptions& o = request.churn;
    if (o.withinDays < kMinChurnWithin || o.withinDays > kMaxChurnWithin) {
        *error = ReportError::usage(QStringLiteral("--within takes %1 to %2 days, got %3")
                                        .arg(kMinChurnWithin)
                                        .arg(kMaxChurnWithin)
                                        .arg(o.withinDays));
        return false;
    }
    if (o.top && *o.top < 1) {
        *error = ReportError::usage(QStringLiteral("--top takes a positive whole number"));
        return false;
    }
    *metric = ctx.valueMetric(request, error);
    if (!*metric)
        return false;
    QString message;
    const std::optional<DateRange> data = ctx.store().dataRange((*metric)->id, &message);
    if (!message.isEmpty()) {
        *error = ReportError::runtime(message);
        return false;
    }
    *empty = !data && !o.asOf;
    // As of --as-of, else the range's end (the window's), else the data's last day.
    q->asOf = o.asOf ? *o.asOf : request.to ? *request.to : data ? data->to : 0;
    if (data && !o.asOf && request.to)
        q->asOf = std::min(*request.to, data->to);
    q->within = o.withinDays;
    q->metricName = (*metric)->displayName.isEmpty() ? (*metric)->key : (*metric)->displayName;
    return true;
}

} // namespace

bool churnRiskReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    std::optional<MetricInfo> metric;
    ChurnQuestion q;
    bool empty = false;
    if (!churnQuestion(ctx, request, &metric, &q, &empty, error))
        return false;
    out->columns = {cols::customer, cols::risk, cols::valueAtRisk, cols::reason};
    if (empty)
        return true;
    const ChurnAssessment* a = ctx.churn(*metric, q, error);
    if (!a)
        return false;
    const QHash<qint64, QString>& names = ctx.customerNames();
    const size_t limit = request.churn.top ? std::min(a->scores.size(), size_t(*request.churn.top)) : a->scores.size();
    for (size_t i = 0; i < limit; ++i) {
        const ChurnScore& s = a->scores[i];
        out->addRow({names.value(qint64(s.customer), QString::number(s.customer)), s.risk, s.valueAtRisk, s.reason});
    }
    out->setMeta(QStringLiteral("model"), a->model);
    out->setMeta(QStringLiteral("as_of"), isoDate(q.asOf));
    out->setMeta(QStringLiteral("within_days"), double(q.within));
    out->setMeta(QStringLiteral("customers"), double(a->scores.size()));
    out->setMeta(QStringLiteral("notes"), a->notes.join(QStringLiteral("; ")));
    return true;
}

bool churnRiskAccuracyReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    std::optional<MetricInfo> metric;
    ChurnQuestion q;
    bool empty = false;
    if (!churnQuestion(ctx, request, &metric, &q, &empty, error))
        return false;
    out->columns = {cols::auc, cols::precisionAtDecile, cols::recallAtDecile, cols::baseRate, cols::customers};
    ChurnAccuracy accuracy;
    if (!empty) {
        const ChurnAssessment* a = ctx.churn(*metric, q, error);
        if (!a)
            return false;
        accuracy = a->accuracy;
        out->setMeta(QStringLiteral("model"), a->accuracyModel);
    }
    out->addRow({optionalCell(accuracy.auc), optionalCell(accuracy.precisionAtDecile),
                 optionalCell(accuracy.recallAtDecile), optionalCell(accuracy.baseRate), double(accuracy.customers)});
    // Scored as of the start of the last whole window, compared with what happened in it.
    out->setMeta(QStringLiteral("scored_as_of"), isoDate(q.asOf - q.within));
    out->setMeta(QStringLiteral("outcome_from"), isoDate(q.asOf - q.within + 1));
    out->setMeta(QStringLiteral("outcome_to"), isoDate(q.asOf));
    out->setMeta(QStringLiteral("within_days"), double(q.within));
    return true;
}

} // namespace ul
