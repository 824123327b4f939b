// SPDX-License-Identifier: MIT
// The CSV reader on any bytes: the layout is sniffed (encoding, delimiter, header), every
// record is read; nothing may crash, hang or read out of bounds.
#include "FuzzInput.h"
#include "import/ReaderFactory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = (ul::fuzz::quietQt(), true);
    (void)quiet;
    const QString path = ul::fuzz::writeInput(data, size, "input.csv");
    ul::SourceOptions options;
    // The first byte picks a forced layout now and then, so forced paths are fuzzed too.
    if (size > 0 && data[0] % 4 == 1)
        options.header = ul::SourceOptions::Header::Absent;
    if (size > 0 && data[0] % 8 == 2)
        options.delimiter = ul::Delimiter{' ', true};
    QString error;
    auto reader = ul::openRecordReader(path, options, &error);
    if (!reader)
        return 0;
    ul::Record record;
    ul::RecordProblem problem;
    for (int n = 0; n < 100000; ++n) {
        const ul::ReadResult r = reader->next(record, problem);
        if (r == ul::ReadResult::End || r == ul::ReadResult::Fatal)
            break;
    }
    return 0;
}
