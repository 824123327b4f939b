// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ul::bench {

/// One `usagelens report` run the benchmarks time: a label and the arguments after --metric.
struct ViewCase {
    QString label;
    QStringList arguments;
};

/// Every view at the granularities that cost differently, for all customers and, where it is a
/// question, for `customer` alone.
std::vector<ViewCase> viewCases(const QString& customer);

/// A customer of the workspace: the one the first `top` row names (`app` is the usagelens binary).
QString firstCustomer(const QString& app, const QString& workspace);

} // namespace ul::bench
