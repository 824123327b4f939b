// SPDX-License-Identifier: MIT
// ranking: the top customers as a table beside the bars: share and cumulative share, the value
// and rank in the equal-length span before the range, and a trend per period for a sparkline.
#include "report/ViewRegistry.h"

#include "core/StandardColumns.h"

#include "query/Ranking.h"

namespace ul {

namespace {

ReportCell optionalCell(const std::optional<double>& v) { return v ? ReportCell(*v) : ReportCell(); }

/// "12 0 7.5": the values oldest first, as numbers print in every table.
QString trendText(const std::vector<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << cellText(ReportCell(v));
    return parts.join(QLatin1Char(' '));
}

} // namespace

bool rankingReportView(ReportContext& ctx, const ReportRequest& request, ReportTable* out, ReportError* error)
{
    const std::optional<MetricInfo> metric = ctx.requestedMetric(request, QStringLiteral("ranking"), error);
    UsageQuery q;
    if (!metric || !ctx.usageQuery(*metric, request, &q, error))
        return false;
    Ranking ranking;
    QString message;
    if (!rankingView(ctx.customers(), ctx.store(), q, &ranking, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    out->columns = {cols::rank,     cols::customer,  cols::value,        cols::sharePct,   cols::cumulativeSharePct,
                    cols::previous, cols::changePct, cols::previousRank, cols::rankChange, cols::trend};
    for (const RankingRow& r : ranking.rows) {
        const RankedCustomer& c = r.current;
        const ReportCell previous = r.previous ? numberCell(*r.previous, r.exactPrevious) : ReportCell();
        const ReportCell previousRank = r.previousRank ? ReportCell(double(*r.previousRank)) : ReportCell();
        // Up the ranking is positive: 5th before, 2nd now is +3.
        const ReportCell rankChange = r.previousRank ? ReportCell(double(*r.previousRank - c.rank)) : ReportCell();
        out->addRow({double(c.rank), c.customer, numberCell(c.value, c.exact), optionalCell(c.sharePct),
                     optionalCell(r.cumulativeSharePct), previous, optionalCell(r.changePct), previousRank, rankChange,
                     trendText(r.trend)});
    }
    return true;
}

} // namespace ul
