// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QString>

#include <vector>

namespace ul {

/// The documented range of one numeric option: the one table the commands check their numbers
/// against (README "Option limits"), so a size a user types cannot crash the program, hang it or
/// silently become another value. Outside the range: a usage error (exit 2) naming the option,
/// its range and the value.
struct OptionLimit {
    const char* command; ///< "usagelens COMMAND", or "*" for every command that takes the option
    const char* option;  ///< the option's long name, without dashes
    double min;
    double max;
    bool wholeNumber;   ///< a whole number (else any finite number)
    const char* word;   ///< a word accepted besides numbers ("auto"), or nullptr
    const char* usedBy; ///< where it matters: a report view or a command, for the README and tests
};

/// Every limit, most specific first (a command's own row before the "*" row of the option).
const std::vector<OptionLimit>& optionLimits();

/// The limit of `option` for `command` ("usagelens report"), or nullptr when it has none.
const OptionLimit* findOptionLimit(const QString& command, const QString& option);

/// Checks every option set on `parser` that has a limit; false with one line in *error.
bool checkOptionLimits(const QString& command, const QCommandLineParser& parser, QString* error);

} // namespace ul
