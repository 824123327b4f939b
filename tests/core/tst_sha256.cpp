// SPDX-License-Identifier: MIT
// The import's SHA-256 (processor instructions where available) gives QCryptographicHash's
// digests for every length around the block and padding boundaries, however the data is split.
#include "import/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace ul;

class TstSha256 : public QObject {
    Q_OBJECT
private slots:
    void knownDigest()
    {
        Sha256 empty;
        QCOMPARE(empty.result().toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 abc;
        abc.addData("abc", 3);
        QCOMPARE(abc.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void matchesQtForAnyLengthAndSplit()
    {
        qInfo("SHA instructions used: %s", Sha256::hardwareAccelerated() ? "yes" : "no");
        QRandomGenerator rng(2024);
        for (int n : {1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65536, 1048577}) {
            QByteArray data(n, Qt::Uninitialized);
            for (char& c : data)
                c = char(rng.generate());
            const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
            for (int split : {1, 7, 64, 333, 1 << 20}) {
                Sha256 h;
                for (int i = 0; i < n; i += split)
                    h.addData(data.constData() + i, size_t(std::min(split, n - i)));
                QVERIFY2(h.result() == expected, qPrintable(QStringLiteral("n=%1 split=%2").arg(n).arg(split)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstSha256)
#include "tst_sha256.moc"
