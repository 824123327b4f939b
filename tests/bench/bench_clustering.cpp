// SPDX-License-Identifier: MIT
// Times k-means++ (k = 5 and auto), the k-distance curve and DBSCAN on synthetic customers
// and prints wall time and peak RSS per step. Usage: bench_clustering [n ...]
// (default 100000 1000000). Not a test: numbers depend on the machine.
#include "segments/ClusterFeatures.h"
#include "segments/ClusterSummary.h"
#include "segments/CustomerClustering.h"
#include "segments/KDistance.h"
#include "segments/SplitMix64.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <functional>

#include <sys/resource.h>

using namespace ul;

namespace {

// Peak resident set size in MiB; clearPeak() restarts it (Linux >= 4.0) so each step
// reports its own peak on top of what is already allocated.
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

bool clearPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// CPU seconds of this process: next to wall time it shows when the machine was busy elsewhere.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double normal(SplitMix64& rng)
{
    // Box-Muller; 1 - u keeps the log argument in (0, 1].
    const double u = 1.0 - rng.uniform();
    const double v = rng.uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
}

// Five latent groups with heavy-tailed spend, roughly like usage or invoice data:
// a few whales, regulars, occasional, new and a large dormant tail.
std::vector<RfmRecord> syntheticCustomers(std::size_t n, quint64 seed)
{
    struct Group {
        double share, recLo, recHi, freqLo, freqHi, logMean, logSd;
    };
    const Group groups[] = {
        {0.02, 0, 3, 200, 365, 10, 1.0}, {0.15, 0, 10, 50, 200, 7, 1.0}, {0.30, 0, 60, 5, 50, 4, 1.0},
        {0.13, 0, 30, 1, 5, 3, 1.0},     {0.40, 60, 365, 1, 20, 2, 1.2},
    };
    SplitMix64 rng(seed);
    std::vector<RfmRecord> recs(n);
    for (std::size_t i = 0; i < n; ++i) {
        double u = rng.uniform();
        const Group* g = &groups[4];
        for (const Group& candidate : groups) {
            if (u < candidate.share) {
                g = &candidate;
                break;
            }
            u -= candidate.share;
        }
        RfmRecord& r = recs[i];
        r.customer = qint64(i);
        r.recencyDays = int(g->recLo + rng.uniform() * (g->recHi - g->recLo));
        r.frequency = qint64(g->freqLo + rng.uniform() * (g->freqHi - g->freqLo));
        r.monetary = std::exp(g->logMean + g->logSd * normal(rng));
    }
    scoreRfm(recs);
    return recs;
}

void step(const char* name, const std::function<QString()>& run)
{
    const bool reset = clearPeak();
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    const QString detail = run();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    std::printf("  %-20s %7.2f s wall %7.2f s CPU  peak RSS %7.1f MiB%s  %s\n", name, seconds, cpu, peakRssMiB(),
                reset ? "" : " (process)", qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::vector<std::size_t> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(std::size_t(QByteArray(argv[i]).toULongLong()));
    if (sizes.empty())
        sizes = {100000, 1000000};

    const int minPoints = 10;
    for (const std::size_t n : sizes) {
        std::printf("n = %zu customers\n", n);
        std::vector<RfmRecord> recs;
        step("generate + score", [&] {
            recs = syntheticCustomers(n, 42);
            return QString();
        });
        step("kmeans++ k=5", [&] {
            KMeansOptions o;
            o.k = 5;
            const CustomerClustering c = clusterByKMeans(recs, o);
            const auto top = summarizeClusters(recs, c.labels).front().stats;
            return QStringLiteral("inertia %1, silhouette %2, cluster 0: %3% of customers, %4% of value")
                .arg(c.inertia, 0, 'g', 6)
                .arg(c.silhouette, 0, 'f', 3)
                .arg(top.customersPct, 0, 'f', 1)
                .arg(top.valuePct, 0, 'f', 1);
        });
        step("kmeans++ k=auto", [&] {
            KMeansOptions o;
            o.k = 0;
            const CustomerClustering c = clusterByKMeans(recs, o);
            QString scores;
            for (const KScore& s : c.kScores)
                scores += QStringLiteral(" %1:%2").arg(s.k).arg(s.silhouette, 0, 'f', 3);
            return QStringLiteral("chose k=%1; silhouette by k:%2").arg(c.clusterCount).arg(scores);
        });
        double eps = 0;
        step("k-distance (k=10)", [&] {
            const std::vector<double> curve = kDistanceCurve(rfmFeatures(recs), minPoints);
            // A point on the steep part of the curve: 2% of the customers have a larger k-distance.
            eps = curve[curve.size() / 50];
            return QStringLiteral("max %1, median %2, eps at 2%: %3")
                .arg(curve.front(), 0, 'f', 4)
                .arg(curve[curve.size() / 2], 0, 'f', 4)
                .arg(eps, 0, 'f', 4);
        });
        step("dbscan", [&] {
            const CustomerClustering c = clusterByDbscan(recs, eps, minPoints);
            const auto top = summarizeClusters(recs, c.labels).front().stats;
            return QStringLiteral("eps %1 minPoints %2: %3 clusters, %4 noise; "
                                  "cluster 0: %5% of customers, %6% of value")
                .arg(eps, 0, 'f', 4)
                .arg(minPoints)
                .arg(c.clusterCount)
                .arg(c.noiseCount)
                .arg(top.customersPct, 0, 'f', 1)
                .arg(top.valuePct, 0, 'f', 1);
        });
        step("dbscan eps=0.1", [&] {
            const CustomerClustering c = clusterByDbscan(recs, 0.1, minPoints);
            return QStringLiteral("%1 clusters, %2 noise").arg(c.clusterCount).arg(c.noiseCount);
        });
    }
    return 0;
}
