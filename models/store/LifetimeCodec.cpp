// SPDX-License-Identifier: MIT
#include "store/LifetimeCodec.h"

#include "store/Varint.h"

#include <algorithm>
#include <limits>

namespace ul {

std::string encodeLifetimes(const std::vector<CustomerTotal>& customers, const Precision& precision)
{
    std::string out;
    out.reserve(customers.size() * 10 + 10);
    Day base = std::numeric_limits<Day>::max();
    for (const CustomerTotal& c : customers)
        base = std::min(base, c.firstDay);
    varint::putSigned(out, customers.empty() ? 0 : base);
    quint32 previous = 0;
    for (const CustomerTotal& c : customers) {
        varint::put(out, c.customer - previous);
        previous = c.customer;
        varint::put(out, quint64(c.rows));
        if (precision.exact)
            varint::putSigned(out, c.value);
        else
            varint::putFixed64(out, quint64(c.value));
        varint::put(out, quint64(c.activeDays));
        varint::put(out, quint64(c.firstDay - base));
        varint::put(out, quint64(c.lastDay - c.firstDay));
    }
    return out;
}

bool decodeLifetimes(std::string_view data, const Precision& precision, std::vector<CustomerTotal>* out)
{
    varint::Reader in(data.data(), data.size());
    if (in.atEnd())
        return true;
    const qint64 base = in.getSigned();
    quint64 customer = 0;
    while (!in.atEnd()) {
        CustomerTotal c;
        customer += in.get();
        c.customer = quint32(customer);
        c.rows = qint64(in.get());
        c.value = precision.exact ? in.getSigned() : RawValue(in.getFixed64());
        const quint64 activeDays = in.get();
        const quint64 first = in.get();
        const quint64 span = in.get();
        if (!in.ok() || customer > 0xFFFFFFFFu || activeDays > quint64(std::numeric_limits<int>::max())
            || first > quint64(1) << 31 || span > quint64(1) << 31)
            return false;
        c.activeDays = int(activeDays);
        c.firstDay = Day(base + qint64(first));
        c.lastDay = Day(c.firstDay + qint64(span));
        out->push_back(c);
    }
    return in.ok();
}

} // namespace ul
