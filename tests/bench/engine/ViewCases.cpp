// SPDX-License-Identifier: MIT
#include "engine/ViewCases.h"

#include "engine/ChildRun.h"

namespace ul::bench {

std::vector<ViewCase> viewCases(const QString& customer)
{
    std::vector<ViewCase> out;
    const auto add = [&](const QString& label, QStringList args) {
        out.push_back({label, args});
        if (!customer.isEmpty() && !args.contains(QStringLiteral("--no-customer"))) {
            args << QStringLiteral("--customer") << customer;
            out.push_back({label + QStringLiteral(" (one customer)"), args});
        }
    };
    const auto view = [](const char* name) { return QStringList{QStringLiteral("--view"), QLatin1String(name)}; };
    const auto at = [](const char* g) { return QStringList{QStringLiteral("--granularity"), QLatin1String(g)}; };
    for (const char* g : {"day", "week", "month", "quarter", "year"})
        add(QStringLiteral("totals %1").arg(QLatin1String(g)), view("totals") + at(g));
    for (const char* v : {"cumulative", "change"})
        for (const char* g : {"day", "month"})
            add(QStringLiteral("%1 %2").arg(QLatin1String(v), QLatin1String(g)), view(v) + at(g));
    for (const char* g : {"day", "month"})
        add(QStringLiteral("histogram %1").arg(QLatin1String(g)), view("histogram") + at(g));
    for (const char* v : {"top", "top-new", "kpis", "pareto", "ranking", "customers", "cohorts", "contributors",
                          "customer-totals", "customer-months", "customer-yoy", "customer-ytd"})
        add(QLatin1String(v), view(v));
    // Segmentation reads per-customer aggregates; one customer is not a question it answers.
    const QStringList all{QStringLiteral("--no-customer")};
    for (const char* v : {"segments", "rfm", "health-summary", "health", "kmeans-k", "k-distance"})
        add(QLatin1String(v), view(v) + all);
    add(QStringLiteral("clusters k auto"), view("clusters") + all);
    add(QStringLiteral("cluster-summary k auto"), view("cluster-summary") + all);
    add(QStringLiteral("cluster-summary dbscan"),
        view("cluster-summary") + QStringList{QStringLiteral("--method"), QStringLiteral("dbscan")} + all);
    for (ViewCase& c : out)
        c.arguments.removeAll(QStringLiteral("--no-customer"));
    return out;
}

QString firstCustomer(const QString& app, const QString& workspace)
{
    const ChildRun r = runChild(app, {QStringLiteral("report"), QStringLiteral("--db"), workspace,
                                      QStringLiteral("--metric"), QStringLiteral("minutes"), QStringLiteral("--view"),
                                      QStringLiteral("top"), QStringLiteral("--top"), QStringLiteral("1")});
    const QList<QByteArray> lines = r.out.split('\n');
    return QString::fromUtf8(lines.value(1).split(',').value(1));
}

} // namespace ul::bench
