// SPDX-License-Identifier: MIT
#include "demo/DemoWorkspace.h"

#include "core/Day.h"
#include "import/Importer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <numbers>

namespace ul {

namespace {

/// splitmix64: tiny, fast and identical on every platform (std distributions are not).
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * uniform());
    }

private:
    quint64 m_state;
};

struct DemoCustomer {
    QString id;
    Day created = 0;
    Day churned = 0;   ///< first day without usage (past the end: never churned)
    double size = 1;   ///< heavy-tailed scale of usage
    double growth = 0; ///< per-year drift of usage
    int plan = 0;      ///< 0 starter, 1 growth, 2 business
    int seats = 1;
    bool suspended = false;
};

constexpr double kPlanPrice[3] = {49.0, 199.0, 799.0};
const char* const kPlanName[3] = {"starter", "growth", "business"};
const char* const kCountries[6] = {"DE", "US", "FR", "BR", "ES", "GB"};

QString fmt(double v, int decimals) { return QString::number(v, 'f', decimals); }

std::vector<DemoCustomer> makeCustomers(DemoRandom& rng, Day first, Day last)
{
    std::vector<DemoCustomer> customers;
    const int count = 320;
    for (int i = 0; i < count; ++i) {
        DemoCustomer c;
        c.id = QStringLiteral("c%1").arg(1000 + i * 7 % 9000, 4, 16, QLatin1Char('0'));
        // A third existed before the demo starts; the rest sign up over the two years.
        const double u = rng.uniform();
        c.created = u < 0.33 ? first - Day(rng.uniform() * 400) : first + Day(rng.uniform() * (last - first - 20));
        c.churned = rng.uniform() < 0.22 ? std::max(c.created, first) + 60 + Day(rng.uniform() * 500) : last + 1;
        c.size = std::exp(1.6 * rng.normal()) * 40.0; // log-normal: a few very large customers
        c.growth = 0.6 * rng.normal();
        c.plan = c.size > 120 ? 2 : c.size > 30 ? 1 : 0;
        c.seats = 1 + int(std::min(200.0, c.size / 8.0 * (0.5 + rng.uniform())));
        c.suspended = c.churned <= last && rng.uniform() < 0.3;
        customers.push_back(c);
    }
    return customers;
}

bool writeUsage(const QString& path, DemoRandom& rng, const std::vector<DemoCustomer>& customers, Day first, Day last)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "customer_id,usage_date,account_created,Transcoded Minutes,Streamed Minutes,Bandwidth (GB),plan,suspended\n";
    for (Day d = first; d <= last; ++d) {
        const double weekly = isoWeekday(d) >= 6 ? 0.7 : 1.05;
        const double yearly = 1.0 + 0.18 * std::sin(2.0 * std::numbers::pi * (d % 365) / 365.0);
        for (const auto& c : customers) {
            if (d < c.created || d >= c.churned)
                continue;
            if (rng.uniform() < 0.25)
                continue; // not every customer is active every day
            const double years = (d - std::max(c.created, first)) / 365.0;
            const double level = c.size * weekly * yearly * std::exp(c.growth * years) * (0.7 + 0.6 * rng.uniform());
            const double transcoded = level * 12.0;
            const bool streams = rng.uniform() < 0.85;
            out << c.id << ',' << isoDate(d) << ' '
                << QStringLiteral("%1:%2:00+00")
                       .arg(int(rng.uniform() * 24), 2, 10, QLatin1Char('0'))
                       .arg(int(rng.uniform() * 60), 2, 10, QLatin1Char('0'))
                << ',' << isoDate(c.created) << ',' << fmt(transcoded, 2) << ','
                << (streams ? fmt(transcoded * (0.3 + 0.2 * rng.uniform()), 2) : QStringLiteral("NULL")) << ','
                << fmt(transcoded * 0.045, 3) << ',' << QLatin1String(kPlanName[c.plan]) << ','
                << (c.suspended ? "TRUE" : "FALSE") << '\n';
        }
    }
    return out.status() == QTextStream::Ok;
}

bool writeInvoices(const QString& path, DemoRandom& rng, std::vector<DemoCustomer>& customers, Day first, Day last)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    for (auto& c : customers) {
        int plan = c.plan;
        Day d = std::max(c.created, first);
        while (d < c.churned && d <= last) {
            // Upgrades and downgrades make expansion and contraction; a few skip a month and come back.
            const double r = rng.uniform();
            if (r < 0.03 && plan < 2)
                ++plan;
            else if (r < 0.045 && plan > 0)
                --plan;
            if (rng.uniform() > 0.03) {
                const double seatsFactor = 1.0 + std::floor(c.seats / 10.0) * 0.25;
                const double amount = kPlanPrice[plan] * seatsFactor;
                const qint64 epoch = qint64(d) * 86400 + qint64(rng.uniform() * 86000);
                out << "{\"customerId\":\"" << c.id << "\",\"amountPaid\":" << fmt(amount, 2)
                    << ",\"timestampPaid\":" << epoch << "}\n";
            }
            const Ymd ymd = ymdFromDay(d);
            const int mi = ymd.year * 12 + ymd.month; // next month, same day (clamped)
            d = dayFromYmd(mi / 12, mi % 12 + 1, std::min(ymd.day, 28)).value_or(d + 30);
        }
        c.plan = plan;
    }
    return out.status() == QTextStream::Ok;
}

bool writeAccounts(const QString& path, DemoRandom& rng, const std::vector<DemoCustomer>& customers)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "customer_id,nrSeats,nrSessions,country,plan,suspended\n";
    for (const auto& c : customers) {
        const int sessions = int(c.size * (3 + 4 * rng.uniform()) * (c.churned > 0 ? 1 : 0));
        out << c.id << ',' << (rng.uniform() < 0.05 ? QStringLiteral("NULL") : QString::number(c.seats)) << ','
            << sessions << ',' << kCountries[rng.next() % 6] << ',' << kPlanName[c.plan] << ','
            << (c.suspended ? "true" : "false") << '\n';
    }
    return out.status() == QTextStream::Ok;
}

} // namespace

bool writeDemoWorkspace(const QString& path, QString* error)
{
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        *error = QStringLiteral("%1: already exists; the demo is written to a new workspace only").arg(path);
        return false;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for the demo files");
        return false;
    }
    DemoRandom rng(20240101);
    const Day first = civilDay(2024, 11, 1);
    const Day last = civilDay(2026, 10, 31);
    auto customers = makeCustomers(rng, first, last);
    const QString usage = dir.filePath(QStringLiteral("demo_usage.csv"));
    const QString invoices = dir.filePath(QStringLiteral("demo_invoices.ndjson"));
    const QString accounts = dir.filePath(QStringLiteral("demo_accounts.csv"));
    if (!writeUsage(usage, rng, customers, first, last) || !writeInvoices(invoices, rng, customers, first, last)
        || !writeAccounts(accounts, rng, customers)) {
        *error = QStringLiteral("cannot write the demo files");
        return false;
    }
    Workspace ws;
    if (!ws.open(path, Workspace::OpenMode::CreateIfMissing, error))
        return false;
    const std::pair<QString, const char*> files[] = {
        {usage, kDemoUsageDataset}, {invoices, kDemoInvoicesDataset}, {accounts, kDemoAccountsDataset}};
    for (const auto& [file, dataset] : files) {
        ImportOptions options;
        options.dataset = QLatin1String(dataset);
        const ImportResult result = importFiles(ws, {file}, options);
        if (!result.ok) {
            *error = result.error;
            for (const auto& p : result.problems)
                *error += QLatin1Char('\n') + p.toString();
            return false;
        }
    }
    return true;
}

} // namespace ul
