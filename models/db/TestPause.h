// SPDX-License-Identifier: MIT
#pragma once

namespace ul {

/// A hook for the snapshot tests: with USAGELENS_TEST_PAUSE=PATH in the environment, the first
/// report query of the process writes PATH.reached and waits (at most 60 s) until PATH.go
/// exists, so a test can commit a writer's import between a report's queries. Without the
/// variable it does nothing.
void testPausePoint();

} // namespace ul
