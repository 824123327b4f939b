// SPDX-License-Identifier: MIT
// The snapshot command renders the real window offscreen to a PNG of the requested size.
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "gui/SnapshotCommand.h"

#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace ul;

class TstSnapshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesPngOfRequestedSize_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QStringList{} << QSize(1600, 1000);
        QTest::newRow("dark-small") << QStringList{QStringLiteral("--theme"), QStringLiteral("dark"),
                                                   QStringLiteral("--size"), QStringLiteral("1280x800")}
                                    << QSize(1280, 800);
        QTest::newRow("customer") << QStringList{QStringLiteral("--tab"), QStringLiteral("customer:all"),
                                                 QStringLiteral("--granularity"), QStringLiteral("week")}
                                  << QSize(1600, 1000);
        QTest::newRow("metric-range") << QStringList{QStringLiteral("--tab"),  QStringLiteral("streamed_minutes"),
                                                     QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                                     QStringLiteral("--to"),   QStringLiteral("2025-06-30"),
                                                     QStringLiteral("--top"),  QStringLiteral("5")}
                                      << QSize(1600, 1000);
    }

    void writesPngOfRequestedSize()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        test::TempWorkspace tmp;
        QString error;
        QVERIFY2(writeDemoWorkspace(tmp.path(), &error), qPrintable(error));
        // UL_SNAPSHOT_DIR keeps the images for a human to look at.
        const QString keep = qEnvironmentVariable("UL_SNAPSHOT_DIR");
        const QString out = (keep.isEmpty() ? tmp.dir() : keep)
                            + QStringLiteral("/snap-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        CliStreams io{o, e};
        QStringList args{QStringLiteral("usagelens snapshot"), QStringLiteral("--db"), tmp.path(),
                         QStringLiteral("--out"), out};
        args << extra;
        QCOMPARE(SnapshotCommand::run(args, io), int(ExitOk));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
    }

    /// Renders arbitrary snapshots for a human (UL_SNAPSHOT_ARGS="--db F --out X.png ..."), until
    /// main.cpp runs `usagelens snapshot` under a QApplication.
    void manualSnapshot()
    {
        const QString extra = qEnvironmentVariable("UL_SNAPSHOT_ARGS");
        if (extra.isEmpty())
            QSKIP("UL_SNAPSHOT_ARGS not set");
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        CliStreams io{o, e};
        const int code = SnapshotCommand::run(
            QStringList{QStringLiteral("usagelens snapshot")} + extra.split(QLatin1Char(' '), Qt::SkipEmptyParts), io);
        QVERIFY2(code == ExitOk, qPrintable(errText));
    }

    void rejectsBadOptions()
    {
        QString outText, errText;
        QTextStream o(&outText), e(&errText);
        CliStreams io{o, e};
        QCOMPARE(SnapshotCommand::run({QStringLiteral("usagelens snapshot"), QStringLiteral("--db"),
                                       QStringLiteral("x"), QStringLiteral("--out"), QStringLiteral("y.png"),
                                       QStringLiteral("--size"), QStringLiteral("big")},
                                      io),
                 int(ExitUsageError));
        QCOMPARE(SnapshotCommand::run({QStringLiteral("usagelens snapshot"), QStringLiteral("--db"),
                                       QStringLiteral("/nonexistent/x.usagelens"), QStringLiteral("--out"),
                                       QStringLiteral("/tmp/y.png")},
                                      io),
                 int(ExitRuntimeError));
    }
};

QTEST_MAIN(TstSnapshot)
#include "tst_snapshot.moc"
