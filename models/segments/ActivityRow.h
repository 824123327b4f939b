// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"

#include <QtGlobal>

namespace ul {

/// One customer's activity on one day: the input of RFM scoring.
/// Expected once per customer per active day (the store groups by customer and day):
/// `value` is the metric summed over that day, `events` the source rows behind it
/// (e.g. payments in invoice data).
struct ActivityRow {
    qint64 customer = 0;
    Day day = 0;
    double value = 0.0;
    int events = 1;
};

} // namespace ul
