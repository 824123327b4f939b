// SPDX-License-Identifier: MIT
// --compute NAME=EXPR on any text: parsing, binding to a file's columns and evaluating on a row
// never crash, never recurse without bound (nesting is refused past a depth), and a value that
// comes out exact is finite.
#include "FuzzInput.h"
#include "import/ComputedMetric.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ul::fuzz::quietQt();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<ul::ComputedMetric> metric = ul::parseComputedMetric(text, &error);
    if (!metric)
        return 0;
    static const QStringList headers{QStringLiteral("minutes"), QStringLiteral("Unit Price"), QStringLiteral("qty"),
                                     QStringLiteral("Amount (USD)")};
    ul::ComputedMetricProgram program;
    if (!program.compile(*metric, headers, &error))
        return 0;
    static const std::vector<std::string_view> rows[] = {{"12", "1.5", "3", "99.99"},
                                                         {"0", "0", "0", "0"},
                                                         {"", "x", "-7", "1e300"},
                                                         {"9223372036854", "0.000001", "2", "-0"}};
    for (const auto& row : rows) {
        ul::MetricValue value;
        int bad = -1;
        if (program.evaluate(row, false, &value, &bad) == ul::ComputedMetricProgram::Outcome::Value && !value.exact
            && std::isnan(value.real))
            std::abort(); // a computed value is a number or one of the named outcomes, never NaN
    }
    return 0;
}
