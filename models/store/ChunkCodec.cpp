// SPDX-License-Identifier: MIT
#include "store/ChunkCodec.h"

#include "store/Varint.h"

namespace ul {

namespace {

void putValue(std::string& out, const Precision& p, RawValue v)
{
    if (p.exact)
        varint::putSigned(out, v);
    else
        varint::putFixed64(out, quint64(v));
}

RawValue getValue(varint::Reader& in, const Precision& p)
{
    return p.exact ? in.getSigned() : RawValue(in.getFixed64());
}

} // namespace

std::string encodeDayChunk(const DayCell* cells, size_t count, Day month, const Precision& precision)
{
    std::string out;
    out.reserve(count * 6);
    quint32 previous = 0;
    for (size_t i = 0; i < count; ++i) {
        const DayCell& c = cells[i];
        varint::put(out, c.customer - previous);
        previous = c.customer;
        out.push_back(char(c.day - month));
        varint::put(out, quint64(c.rows));
        putValue(out, precision, c.value);
    }
    return out;
}

bool decodeDayChunk(std::string_view data, Day month, const Precision& precision, std::vector<DayCell>* out)
{
    varint::Reader in(data.data(), data.size());
    quint64 customer = 0;
    while (!in.atEnd()) {
        DayCell c;
        customer += in.get();
        c.customer = quint32(customer);
        c.day = month + in.getByte();
        c.rows = qint64(in.get());
        c.value = getValue(in, precision);
        if (!in.ok() || customer > 0xFFFFFFFFu || c.day - month > 30)
            return false;
        out->push_back(c);
    }
    return in.ok();
}

std::string encodeMonthSummary(const std::vector<CustomerMonthTotal>& customers, Day month, const Precision& precision)
{
    std::string out;
    out.reserve(customers.size() * 9);
    quint32 previous = 0;
    for (const CustomerMonthTotal& c : customers) {
        varint::put(out, c.customer - previous);
        previous = c.customer;
        varint::put(out, quint64(c.rows));
        putValue(out, precision, c.value);
        out.push_back(char(c.activeDays));
        out.push_back(char(c.firstDay - month));
        out.push_back(char(c.lastDay - month));
    }
    return out;
}

bool decodeMonthSummary(std::string_view data, Day month, const Precision& precision,
                        std::vector<CustomerMonthTotal>* out)
{
    varint::Reader in(data.data(), data.size());
    quint64 customer = 0;
    while (!in.atEnd()) {
        CustomerMonthTotal c;
        customer += in.get();
        c.customer = quint32(customer);
        c.rows = qint64(in.get());
        c.value = getValue(in, precision);
        c.activeDays = in.getByte();
        c.firstDay = month + in.getByte();
        c.lastDay = month + in.getByte();
        if (!in.ok() || customer > 0xFFFFFFFFu || c.activeDays > 31)
            return false;
        out->push_back(c);
    }
    return in.ok();
}

} // namespace ul
