// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

/// The product's metric key rule: lower-case, every run of non-alphanumerics becomes '_',
/// trimmed ("Bandwidth Usage (GB)" -> "bandwidth_usage_gb").
QString metricKeyFromHeader(const QString& header);

} // namespace ul
