// SPDX-License-Identifier: MIT
#pragma once

// Periods and ranges are shared vocabulary (core/Granularity.h); this name stays for the
// engine's and the tests' existing includes. Layers below the engine include the core header.
#include "core/Granularity.h"
