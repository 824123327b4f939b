// SPDX-License-Identifier: MIT
#include "BillingFixtures.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ul::test {

namespace {

ScenarioInvoice invoice(const char* id, const char* customer, const char* email, const char* subscription,
                        const char* status, const char* currency, const char* issued, const char* start,
                        const char* end, qint64 subtotal, qint64 discount = 0)
{
    ScenarioInvoice i;
    i.id = QString::fromLatin1(id);
    i.customer = QString::fromLatin1(customer);
    i.email = QString::fromLatin1(email);
    i.subscription = QString::fromLatin1(subscription);
    i.status = QString::fromLatin1(status);
    i.currency = QString::fromLatin1(currency);
    i.issued = QString::fromLatin1(issued);
    i.start = QString::fromLatin1(start);
    i.end = QString::fromLatin1(end);
    i.subtotalCents = subtotal;
    i.discountCents = discount;
    i.taxPercent = i.currency == QLatin1String("usd") ? 7.7 : 19.0;
    return i;
}

/// Monthly renewals of one subscription, each issued at the start of its period.
void monthly(std::vector<ScenarioInvoice>& out, const char* prefix, const char* customer, const char* subscription,
             const char* firstStart, int count, const char* time, qint64 cents, const QStringList& statuses = {})
{
    QDate start = QDate::fromString(QString::fromLatin1(firstStart), Qt::ISODate);
    for (int k = 0; k < count; ++k) {
        const QDate end = start.addMonths(1);
        const QByteArray id = QStringLiteral("%1%2").arg(QString::fromLatin1(prefix)).arg(k + 1).toLatin1();
        const QByteArray s = start.toString(Qt::ISODate).toLatin1();
        const QByteArray e = end.toString(Qt::ISODate).toLatin1();
        const QByteArray issued = (start.toString(Qt::ISODate) + QLatin1Char(' ') + QLatin1String(time)).toLatin1();
        const QByteArray status = statuses.value(k, QStringLiteral("paid")).toLatin1();
        out.push_back(invoice(id.constData(), customer, k % 3 ? "" : "billing@example.com", subscription,
                              status.constData(), "eur", issued.constData(), s.constData(), e.constData(), cents));
        start = end;
    }
}

qint64 taxOf(const ScenarioInvoice& i)
{
    return std::llround(double(i.subtotalCents - i.discountCents) * i.taxPercent / 100.0);
}

qint64 totalOf(const ScenarioInvoice& i) { return i.subtotalCents - i.discountCents + taxOf(i); }

QString quoted(const QString& s) { return QLatin1Char('"') + s + QLatin1Char('"'); }

QString grouped(qint64 cents, QChar thousands, QChar decimal)
{
    const bool negative = cents < 0;
    const qint64 abs = negative ? -cents : cents;
    const QString whole = QString::number(abs / 100);
    QString out;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0 && !thousands.isNull())
            out += thousands;
        out += whole[i];
    }
    return (negative ? QStringLiteral("-") : QString()) + out + decimal
           + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

bool paid(const ScenarioInvoice& i) { return i.status == QLatin1String("paid"); }

std::vector<ScenarioInvoice> byIssue(std::vector<ScenarioInvoice> invoices, bool newestFirst)
{
    std::stable_sort(invoices.begin(), invoices.end(),
                     [newestFirst](const ScenarioInvoice& a, const ScenarioInvoice& b) {
                         return newestFirst ? a.issued > b.issued : a.issued < b.issued;
                     });
    return invoices;
}

} // namespace

QString commaMoney(qint64 cents) { return grouped(cents, QLatin1Char('.'), QLatin1Char(',')); }

QString pointMoney(qint64 cents) { return grouped(cents, QChar(), QLatin1Char('.')); }

std::vector<ScenarioInvoice> scenarioInvoices()
{
    std::vector<ScenarioInvoice> out;
    // An annual plan, renewed with a discount: 1,200 a year is 100 a month.
    out.push_back(invoice("in_a1", "cus_ann", "ann@example.com", "sub_ann", "paid", "eur", "2022-01-10 09:00",
                          "2022-01-10", "2023-01-10", 120000));
    out.push_back(invoice("in_a2", "cus_ann", "", "sub_ann", "paid", "eur", "2023-01-10 09:00", "2023-01-10",
                          "2024-01-10", 144000, 24000));
    // A quarterly plan (89 and 92 days are 3 months) whose third quarter is written off.
    out.push_back(invoice("in_q1", "cus_qtr", "qtr@example.com", "sub_qtr", "paid", "eur", "2022-02-01 08:00",
                          "2022-02-01", "2022-05-01", 30000));
    out.push_back(invoice("in_q2", "cus_qtr", "qtr@example.com", "sub_qtr", "paid", "eur", "2022-05-01 08:00",
                          "2022-05-01", "2022-08-01", 30000));
    out.push_back(invoice("in_q3", "cus_qtr", "qtr@example.com", "sub_qtr", "writeoff", "eur", "2022-08-01 08:00",
                          "2022-08-01", "2022-11-01", 30000));
    // A monthly plan of 50, upgraded on 20 April to 80 with the billing cycle reset: one invoice of
    // 80 with a credit line of -25 for the unused time; 80 from the renewal; 30 from a downgrade
    // at the July renewal; cancelled after August.
    out.push_back(invoice("in_m1", "cus_mon", "", "sub_mon", "paid", "eur", "2022-03-05 10:00", "2022-03-05",
                          "2022-04-05", 5000));
    out.push_back(invoice("in_m2", "cus_mon", "", "sub_mon", "paid", "eur", "2022-04-05 10:00", "2022-04-05",
                          "2022-05-05", 5000));
    out.push_back(invoice("in_mu", "cus_mon", "mon@example.com", "sub_mon", "paid", "eur", "2022-04-20 15:30",
                          "2022-04-20", "2022-05-20", 5500));
    out.push_back(invoice("in_m3", "cus_mon", "", "sub_mon", "paid", "eur", "2022-05-20 15:30", "2022-05-20",
                          "2022-06-20", 8000));
    out.push_back(invoice("in_m4", "cus_mon", "", "sub_mon", "paid", "eur", "2022-06-20 15:30", "2022-06-20",
                          "2022-07-20", 8000));
    out.push_back(invoice("in_m5", "cus_mon", "", "sub_mon", "paid", "eur", "2022-07-20 15:30", "2022-07-20",
                          "2022-08-20", 3000));
    out.push_back(invoice("in_m6", "cus_mon", "", "sub_mon", "paid", "eur", "2022-08-20 15:30", "2022-08-20",
                          "2022-09-20", 3000));
    // A monthly plan of 40 paused for two months: its renewals of April and May are voided.
    monthly(out, "in_p", "cus_pause", "sub_pause", "2022-02-15", 12, "07:00", 4000,
            {QStringLiteral("paid"), QStringLiteral("paid"), QStringLiteral("void"), QStringLiteral("void")});
    // A free trial of two weeks (an invoice of 0), then 25 a month; next month's draft.
    out.push_back(invoice("in_t0", "cus_trial", "trial@example.com", "sub_trial", "paid", "eur", "2022-06-01 12:00",
                          "2022-06-01", "2022-06-15", 0));
    monthly(out, "in_t", "cus_trial", "sub_trial", "2022-06-15", 8, "12:00", 2500);
    out.push_back(invoice("in_td", "cus_trial", "trial@example.com", "sub_trial", "draft", "eur", "2023-02-15 12:00",
                          "2023-02-15", "2023-03-15", 2500));
    // A one-off invoice (no subscription): not recurring.
    out.push_back(invoice("in_o1", "cus_one", "one@example.com", "", "paid", "eur", "2022-03-10 11:00", "2022-03-10",
                          "2022-03-10", 50000));
    // Dollars: a monthly plan of 99 (the last month open, unpaid), and an annual one of 1,188.
    out.push_back(invoice("in_u1", "cus_usd", "usd@example.com", "sub_usd", "paid", "usd", "2022-02-01 16:00",
                          "2022-02-01", "2022-03-01", 9900));
    out.push_back(invoice("in_u2", "cus_usd", "usd@example.com", "sub_usd", "paid", "usd", "2022-03-01 16:00",
                          "2022-03-01", "2022-04-01", 9900));
    out.push_back(invoice("in_u3", "cus_usd", "usd@example.com", "sub_usd", "open", "usd", "2022-04-01 16:00",
                          "2022-04-01", "2022-05-01", 9900));
    out.push_back(invoice("in_v1", "cus_usd2", "", "sub_usd2", "paid", "usd", "2022-06-10 16:00", "2022-06-10",
                          "2023-06-10", 118800));
    return out;
}

QByteArray stripeExport(const std::vector<ScenarioInvoice>& invoices)
{
    QString csv = QStringLiteral(
        "id,Amount Due,Amount Paid,Attempted,Billing,Billing Reason,Charge,Closed,Currency,Customer,Customer Email,"
        "Customer Name,Date (UTC),Ending Balance,Forgiven,Maximum Line Item Period End (UTC),Minimum Line Item Period "
        "Start (UTC),Number,Paid,Paid At (UTC),Period End (UTC),Period Start (UTC),Starting Balance,Status,"
        "Subscription,Subtotal,Tax,Tax Percent,Total,Total Discount Amount\n");
    int number = 0;
    QStringList seen;
    for (const ScenarioInvoice& i : byIssue(invoices, true)) {
        const QString status = i.status == QLatin1String("writeoff") ? QStringLiteral("uncollectible") : i.status;
        const bool closed = paid(i) || status == QLatin1String("void") || status == QLatin1String("uncollectible");
        const QDate start = QDate::fromString(i.start, Qt::ISODate);
        const QDate end = QDate::fromString(i.end, Qt::ISODate);
        const QString time = i.issued.mid(10);
        // Stripe's Period Start/End is the previous cycle on a renewal: never the service period.
        const QString periodStart = start.addDays(-start.daysTo(end)).toString(Qt::ISODate) + time;
        const QString reason = i.subscription.isEmpty()         ? QStringLiteral("manual")
                               : i.id == QLatin1String("in_mu") ? QStringLiteral("subscription_update")
                               : seen.contains(i.subscription)  ? QStringLiteral("subscription_cycle")
                                                                : QStringLiteral("subscription_create");
        seen << i.subscription;
        QStringList row;
        row << i.id << quoted(commaMoney(totalOf(i))) << quoted(commaMoney(paid(i) ? totalOf(i) : 0))
            << (status == QLatin1String("draft") ? QStringLiteral("false") : QStringLiteral("true"))
            << QStringLiteral("charge_automatically") << reason
            << (paid(i) ? QStringLiteral("ch_") + i.id.mid(3) : QString())
            << (closed ? QStringLiteral("true") : QStringLiteral("false")) << i.currency << i.customer << i.email
            << i.customer.mid(4).toUpper() + QStringLiteral(" Ltd") << i.issued << quoted(commaMoney(0))
            << (i.status == QLatin1String("writeoff") ? QStringLiteral("true") : QStringLiteral("false"))
            << i.end + time << i.start + time << QStringLiteral("INV-%1").arg(++number, 4, 10, QLatin1Char('0'))
            << (paid(i) ? QStringLiteral("true") : QStringLiteral("false")) << (paid(i) ? i.issued : QString())
            << i.issued << periodStart << quoted(commaMoney(0)) << status << i.subscription
            << quoted(commaMoney(i.subtotalCents)) << quoted(commaMoney(taxOf(i)))
            << QString::number(i.taxPercent, 'f', 1) << quoted(commaMoney(totalOf(i)))
            << quoted(commaMoney(i.discountCents));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

QByteArray chargebeeExport(const std::vector<ScenarioInvoice>& invoices)
{
    QString csv = QStringLiteral("invoice[id],invoice[customer_id],invoice[subscription_id],invoice[status],"
                                 "invoice[date],invoice[currency_code],invoice[sub_total],invoice[tax],invoice[total],"
                                 "invoice[amount_paid],invoice[write_off_amount],line_items[date_from][0],"
                                 "line_items[date_to][0],discounts[amount][0],customer[email],invoice[recurring]\n");
    for (const ScenarioInvoice& i : byIssue(invoices, false)) {
        QString status = i.status;
        if (status == QLatin1String("open"))
            status = QStringLiteral("payment_due");
        else if (status == QLatin1String("void"))
            status = QStringLiteral("voided");
        else if (status == QLatin1String("writeoff"))
            status = QStringLiteral("not_paid");
        else if (status == QLatin1String("draft"))
            status = QStringLiteral("pending");
        const bool writeoff = i.status == QLatin1String("writeoff");
        QStringList row;
        row << i.id.mid(3).toUpper() << i.customer << i.subscription << status
            << i.issued.left(10) + QLatin1Char('T') + i.issued.mid(11) + QStringLiteral(":00Z") << i.currency.toUpper()
            << pointMoney(i.subtotalCents) << pointMoney(taxOf(i)) << pointMoney(totalOf(i))
            << pointMoney(paid(i) ? totalOf(i) : 0) << pointMoney(writeoff ? totalOf(i) : 0) << i.start << i.end
            << pointMoney(i.discountCents) << i.email
            << (i.subscription.isEmpty() ? QStringLiteral("false") : QStringLiteral("true"));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

QByteArray paddleExport(const std::vector<ScenarioInvoice>& invoices)
{
    QString csv = QStringLiteral("id,status,customer_id,subscription_id,currency_code,origin,created_at,billed_at,"
                                 "billing_period.starts_at,billing_period.ends_at,details.totals.subtotal,"
                                 "details.totals.discount,details.totals.tax,details.totals.total,customer_email\n");
    QStringList seen;
    for (const ScenarioInvoice& i : byIssue(invoices, false)) {
        QString status = QStringLiteral("completed");
        if (i.status == QLatin1String("open"))
            status = QStringLiteral("past_due");
        else if (i.status == QLatin1String("void") || i.status == QLatin1String("writeoff"))
            status = QStringLiteral("canceled");
        else if (i.status == QLatin1String("draft"))
            status = QStringLiteral("draft");
        // Money as the dashboard shows it: "€1,200.00", "$99.00".
        const QString symbol = i.currency == QLatin1String("usd") ? QStringLiteral("$") : QString::fromUtf8("€");
        const auto money = [&](qint64 cents) {
            return quoted(symbol + grouped(cents, QLatin1Char(','), QLatin1Char('.')));
        };
        const QString origin = i.subscription.isEmpty()         ? QStringLiteral("api")
                               : i.id == QLatin1String("in_mu") ? QStringLiteral("subscription_update")
                               : seen.contains(i.subscription)  ? QStringLiteral("subscription_recurring")
                                                                : QStringLiteral("web");
        seen << i.subscription;
        const QString created = i.issued.left(10) + QLatin1Char('T') + i.issued.mid(11) + QStringLiteral(":00.000Z");
        QStringList row;
        row << QStringLiteral("txn_") + i.id.mid(3) << status << QStringLiteral("ctm_") + i.customer.mid(4)
            << (i.subscription.isEmpty() ? QString() : QStringLiteral("sub_01") + i.subscription.mid(4))
            << i.currency.toUpper() << origin << created << (i.status == QLatin1String("draft") ? QString() : created)
            << i.start + QStringLiteral("T00:00:00Z") << i.end + QStringLiteral("T00:00:00Z") << money(i.subtotalCents)
            << money(i.discountCents) << money(taxOf(i)) << money(totalOf(i)) << i.email;
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv.toUtf8();
}

} // namespace ul::test
