// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace ul::fuzz {

/// The readers and the importer read files: each input is written to one file in a private
/// folder (on /dev/shm when there is one) and read back from there.
QString writeInput(const uint8_t* data, size_t size, const char* name);

/// Quiets Qt's own messages so the fuzzer's output stays readable.
void quietQt();

} // namespace ul::fuzz
