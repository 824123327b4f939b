// SPDX-License-Identifier: MIT
#include "store/DistinctCodec.h"

#include "core/Granularity.h"
#include "store/Varint.h"

#include <algorithm>

namespace ul {

quint32 dayMaskWithin(Day month, Day from, Day to)
{
    const Day last = nextPeriodStart(month, Granularity::Month) - 1;
    const Day first = std::max(from, month);
    const Day end = std::min(to, last);
    if (first > end)
        return 0;
    const int lo = first - month;
    const int hi = end - month; // inclusive, < 31
    const quint64 upTo = (quint64(1) << (hi + 1)) - 1;
    return quint32(upTo & ~((quint64(1) << lo) - 1));
}

std::string encodeDistinctChunk(const DistinctEntry* entries, size_t count)
{
    std::string out;
    out.reserve(count * 4 + 4);
    varint::put(out, count);
    quint32 customer = 0;
    quint32 value = 0;
    for (size_t i = 0; i < count; ++i) {
        const DistinctEntry& e = entries[i];
        const quint32 customerDelta = e.customer - customer;
        varint::put(out, customerDelta);
        varint::put(out, customerDelta == 0 && i > 0 ? e.value - value : e.value);
        varint::put(out, e.days);
        customer = e.customer;
        value = e.value;
    }
    return out;
}

bool decodeDistinctChunk(std::string_view data, std::vector<DistinctEntry>* out)
{
    varint::Reader in(data.data(), data.size());
    const quint64 count = in.get();
    // Each entry takes at least three bytes: a damaged count cannot make us reserve the moon.
    if (!in.ok() || count > data.size())
        return false;
    out->reserve(out->size() + count);
    quint32 customer = 0;
    quint32 value = 0;
    for (quint64 i = 0; i < count; ++i) {
        const quint64 customerDelta = in.get();
        const quint64 v = in.get();
        const quint64 days = in.get();
        if (!in.ok() || days == 0 || days > 0x7FFFFFFFu || customer + customerDelta > 0xFFFFFFFFu)
            return false;
        customer += quint32(customerDelta);
        value = customerDelta == 0 && i > 0 ? value + quint32(v) : quint32(v);
        out->push_back({customer, value, quint32(days)});
    }
    return in.atEnd();
}

} // namespace ul
