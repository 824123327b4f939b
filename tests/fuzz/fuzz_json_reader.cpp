// SPDX-License-Identifier: MIT
// The JSON reader (NDJSON and arrays, through simdjson) on any bytes.
#include "FuzzInput.h"
#include "import/JsonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = (ul::fuzz::quietQt(), true);
    (void)quiet;
    const QString path = ul::fuzz::writeInput(data, size, "input.json");
    ul::SourceFormat format;
    // Both layouts on the same bytes: the array splitter and the line splitter differ most.
    for (ul::SourceKind kind : {ul::SourceKind::JsonLines, ul::SourceKind::JsonArray}) {
        format.kind = kind;
        ul::JsonReader reader(path, format);
        QString error;
        if (!reader.open(&error))
            continue;
        ul::Record record;
        ul::RecordProblem problem;
        for (int n = 0; n < 100000; ++n) {
            const ul::ReadResult r = reader.next(record, problem);
            if (r == ul::ReadResult::End || r == ul::ReadResult::Fatal)
                break;
        }
    }
    return 0;
}
