// SPDX-License-Identifier: MIT
#include "StripeGenerator.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTime>

#include <cmath>

namespace ul::test {

namespace {

const QDate kStart(2021, 1, 1);
const QDate kEnd(2023, 6, 30);

struct Plan {
    int months;
    qint64 cents; ///< per period
};

class Generator {
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    std::vector<ScenarioInvoice> run(int customers)
    {
        for (int c = 0; c < customers; ++c)
            customer(c);
        return std::move(m_out);
    }

private:
    double uniform() { return m_random.generateDouble(); }
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(double p) { return uniform() < p; }

    Plan randomPlan(qint64 monthly)
    {
        const double r = uniform();
        if (r < 0.62)
            return {1, monthly};
        if (r < 0.80)
            return {3, qint64(std::llround(double(monthly) * 3 * 0.95))};
        return {12, qint64(std::llround(double(monthly) * 12 * 0.85))};
    }

    void add(const QString& customer, const QString& email, const QString& subscription, const QString& status,
             const QString& currency, const QDateTime& start, const QDate& end, qint64 subtotal, qint64 discount)
    {
        ScenarioInvoice i;
        i.id = QStringLiteral("in_%1").arg(++m_ids, 8, 10, QLatin1Char('0'));
        i.customer = customer;
        i.email = chance(0.1) ? QString() : email; // Customer Email is empty on some rows
        i.subscription = subscription;
        i.status = status;
        i.currency = currency;
        i.issued = start.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        i.start = start.date().toString(Qt::ISODate);
        i.end = end.toString(Qt::ISODate);
        i.subtotalCents = subtotal;
        i.discountCents = discount;
        i.taxPercent = currency == QLatin1String("usd") ? 7.7 : 19.0;
        m_out.push_back(i);
    }

    /// The status of a renewal issued on `day`: open in the export's last weeks now and then, a
    /// draft on its last days.
    QString renewalStatus(const QDate& day)
    {
        if (day.daysTo(kEnd) < 2)
            return QStringLiteral("draft");
        if (day.daysTo(kEnd) < 20 && chance(0.35))
            return QStringLiteral("open");
        return QStringLiteral("paid");
    }

    void subscription(const QString& customer, const QString& email, const QString& currency, QDateTime start,
                      Plan plan, bool trial)
    {
        const QString sub = QStringLiteral("sub_%1").arg(++m_subs, 6, 10, QLatin1Char('0'));
        const double discountPct = chance(0.2) ? (chance(0.5) ? 0.1 : 0.2) : 0.0;
        if (trial) {
            const QDateTime trialEnd = start.addDays(14);
            if (trialEnd.date() > kEnd)
                return;
            add(customer, email, sub, QStringLiteral("paid"), currency, start, trialEnd.date(), 0, 0);
            start = trialEnd;
        }
        const double churn = plan.months == 1 ? 0.035 : plan.months == 3 ? 0.08 : 0.18;
        for (int period = 0; start.date() <= kEnd; ++period) {
            if (period > 0 && chance(churn))
                return; // cancelled: no renewal
            const QDateTime end = start.addMonths(plan.months);
            const qint64 discount = qint64(std::llround(double(plan.cents) * discountPct));
            if (period > 0 && plan.months == 1 && chance(0.02)) {
                // Paused: one or two renewals voided, then the plan goes on.
                const int voided = 1 + below(2);
                QDateTime s = start;
                for (int k = 0; k < voided && s.date() <= kEnd; ++k) {
                    add(customer, email, sub, QStringLiteral("void"), currency, s, s.addMonths(1).date(), plan.cents,
                        discount);
                    s = s.addMonths(1);
                }
                start = s;
                continue;
            }
            if (period > 0 && chance(0.012)) {
                // Written off, and the customer is gone.
                add(customer, email, sub, QStringLiteral("writeoff"), currency, start, end.date(), plan.cents,
                    discount);
                return;
            }
            if (period > 0 && chance(0.03) && plan.cents > 3000) {
                plan.cents = qint64(std::llround(double(plan.cents) * 0.6)); // downgrade at renewal
            }
            add(customer, email, sub, renewalStatus(start.date()), currency, start, end.date(), plan.cents, discount);
            if (chance(plan.months == 1 ? 0.04 : 0.08)) {
                // Upgrade mid-cycle: the cycle restarts on the day with the new price, less a credit
                // for the unused time of the old one (one invoice, two lines).
                const qint64 span = start.secsTo(end);
                const QDateTime at = start.addSecs(qint64(double(span) * (0.2 + 0.6 * uniform())));
                if (at.date() <= kEnd && at.date() > start.date()) {
                    const double unused = double(at.secsTo(end)) / double(span);
                    const qint64 credit = qint64(std::llround(double(plan.cents - discount) * unused));
                    plan.cents = qint64(std::llround(double(plan.cents) * (1.5 + uniform())));
                    const qint64 newDiscount = qint64(std::llround(double(plan.cents) * discountPct));
                    const QDateTime upgradedEnd = at.addMonths(plan.months);
                    add(customer, email, sub, renewalStatus(at.date()), currency, at, upgradedEnd.date(),
                        plan.cents - credit, newDiscount);
                    start = upgradedEnd;
                    continue;
                }
            }
            start = end;
        }
    }

    void customer(int index)
    {
        const QString customer = QStringLiteral("cus_%1").arg(QString::number(1000003 * (index + 7), 36));
        const QString email = QStringLiteral("billing%1@client%2.example").arg(index).arg(index % 97);
        const QString currency = chance(0.35) ? QStringLiteral("usd") : QStringLiteral("eur");
        const int day = below(int(kStart.daysTo(kEnd)) - 20);
        const QDateTime start(kStart.addDays(day), QTime(below(24), below(60)), Qt::UTC);
        const qint64 monthly = QList<qint64>{2900, 4900, 9900, 19900}[below(4)];
        if (chance(0.1)) // a one-off setup fee
            add(customer, email, QString(), QStringLiteral("paid"), currency, start, start.date(), 25000, 0);
        subscription(customer, email, currency, start, randomPlan(monthly), chance(0.25));
        if (chance(0.12)) {
            // An add-on subscription, later.
            const QDateTime addOn = start.addDays(30 + below(300));
            if (addOn.date() <= kEnd)
                subscription(customer, email, currency, addOn, {1, 1500}, false);
        }
        if (chance(0.05)) {
            // Comes back later with a new subscription.
            const QDateTime back = start.addDays(400 + below(300));
            if (back.date() <= kEnd)
                subscription(customer, email, currency, back, randomPlan(monthly), false);
        }
    }

    QRandomGenerator m_random;
    std::vector<ScenarioInvoice> m_out;
    int m_ids = 0;
    int m_subs = 0;
};

} // namespace

std::vector<ScenarioInvoice> generateStripeInvoices(quint32 seed, int customers)
{
    return Generator(seed).run(customers);
}

QDate generatedExportEnd() { return kEnd; }

} // namespace ul::test
