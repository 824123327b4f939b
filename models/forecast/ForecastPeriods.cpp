// SPDX-License-Identifier: MIT
#include "forecast/ForecastPeriods.h"

namespace ul {

int seasonLength(Granularity g)
{
    switch (g) {
    case Granularity::Day: return 7;
    case Granularity::Week: return 52;
    case Granularity::Month: return 12;
    case Granularity::Quarter: return 4;
    case Granularity::Year: return 1;
    }
    return 1;
}

int maxForecastHorizon(Granularity g)
{
    switch (g) {
    case Granularity::Day: return 366;
    case Granularity::Week: return 104;
    case Granularity::Month: return 60;
    case Granularity::Quarter: return 20;
    case Granularity::Year: return 10;
    }
    return 1;
}

int defaultForecastHorizon(Granularity g)
{
    switch (g) {
    case Granularity::Day: return 30;
    case Granularity::Week: return 13;
    case Granularity::Month: return 12;
    case Granularity::Quarter: return 4;
    case Granularity::Year: return 3;
    }
    return 1;
}

int maxFitPeriods(Granularity g)
{
    switch (g) {
    case Granularity::Day: return 366;
    case Granularity::Week: return 260;
    case Granularity::Month: return 240;
    case Granularity::Quarter:
    case Granularity::Year: return 0;
    }
    return 0;
}

} // namespace ul
