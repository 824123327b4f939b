// SPDX-License-Identifier: MIT
#include "segments/ClusterFeatures.h"

#include <algorithm>
#include <cmath>

namespace ul {

QStringList rfmFeatureNames()
{
    return {QStringLiteral("recency_days"), QStringLiteral("log1p_frequency"), QStringLiteral("log1p_monetary")};
}

FeatureMatrix rfmFeatures(const std::vector<RfmRecord>& records)
{
    FeatureMatrix m;
    m.names = rfmFeatureNames();
    m.dim = 3;
    m.values.reserve(records.size() * 3);
    for (const RfmRecord& rec : records) {
        m.values.push_back(double(rec.recencyDays));
        m.values.push_back(std::log1p(double(std::max<qint64>(rec.frequency, 0))));
        m.values.push_back(std::log1p(std::max(rec.monetary, 0.0)));
    }
    standardize(m);
    return m;
}

QStringList builtinFeatureNames()
{
    return {QStringLiteral("total"),  QStringLiteral("frequency"),      QStringLiteral("recency"),
            QStringLiteral("tenure"), QStringLiteral("avg_per_period"), QStringLiteral("trend")};
}

FeatureMatrix scaledFeatures(const FeatureColumns& raw, FeatureScale scale)
{
    FeatureMatrix m;
    m.names = raw.names;
    m.dim = int(raw.values.size());
    const std::size_t n = raw.values.empty() ? 0 : raw.values.front().size();
    m.values.resize(n * std::size_t(m.dim));
    for (std::size_t i = 0; i < n; ++i) {
        for (int d = 0; d < m.dim; ++d) {
            double v = raw.values[std::size_t(d)][i];
            if (scale == FeatureScale::Log)
                v = std::copysign(std::log1p(std::abs(v)), v);
            m.values[i * std::size_t(m.dim) + std::size_t(d)] = v;
        }
    }
    if (scale != FeatureScale::None)
        standardize(m);
    return m;
}

void standardize(FeatureMatrix& matrix)
{
    const std::size_t n = matrix.rows();
    const int dim = matrix.dim;
    matrix.means.assign(std::size_t(dim), 0.0);
    matrix.sds.assign(std::size_t(dim), 0.0);
    if (n == 0)
        return;
    for (int d = 0; d < dim; ++d) {
        // Two passes: the textbook single-pass formula loses digits on large, close values.
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += matrix.values[i * std::size_t(dim) + std::size_t(d)];
        const double mean = sum / double(n);
        double sq = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double t = matrix.values[i * std::size_t(dim) + std::size_t(d)] - mean;
            sq += t * t;
        }
        const double sd = std::sqrt(sq / double(n));
        matrix.means[std::size_t(d)] = mean;
        matrix.sds[std::size_t(d)] = sd;
        // A constant column carries no information: 0 keeps it out of every distance.
        // The relative test also catches a "variance" that is only rounding noise.
        const bool constant = !(sd > 1e-12 * std::max(1.0, std::abs(mean)));
        for (std::size_t i = 0; i < n; ++i) {
            double& v = matrix.values[i * std::size_t(dim) + std::size_t(d)];
            v = constant ? 0.0 : (v - mean) / sd;
        }
    }
}

} // namespace ul
