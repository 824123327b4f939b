// SPDX-License-Identifier: MIT
// Notes on dates: stored per dataset (format 6, migrated from 5), gone with their dataset, and
// the `note` command.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Annotations.h"
#include "db/ImportCatalog.h"
#include "import/Importer.h"

#include <QTest>

using namespace ul;

namespace {

void importUsage(const test::TempWorkspace& tmp, Workspace& ws, const QString& dataset)
{
    ImportOptions options;
    options.dataset = dataset;
    // Ids as written ("007" and "7" are two customers); the dataset's name makes the content its own.
    const QString csv = tmp.writeFile(dataset + QStringLiteral(".csv"),
                                      "id,date,minutes\n007,2024-01-02,5\n7,2024-02-03,6\n" + dataset.toUtf8()
                                          + ",2024-02-04,1\n");
    const ImportResult result = importFiles(ws, {csv}, options);
    QVERIFY2(result.ok, qPrintable(result.error));
}

} // namespace

class TstAnnotations : public QObject {
    Q_OBJECT
private slots:
    void storedPerDatasetInDayOrder()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        importUsage(tmp, ws, QStringLiteral("usage"));
        importUsage(tmp, ws, QStringLiteral("other"));
        AnnotationStore store(ws.db());
        QString error;
        qint64 outage = 0, pricing = 0, elsewhere = 0;
        QVERIFY2(store.add(QStringLiteral("usage"), *parseIsoDate(QStringLiteral("2024-02-10")),
                           QStringLiteral("  Outage  "), &outage, &error),
                 qPrintable(error));
        QVERIFY(store.add(QStringLiteral("usage"), *parseIsoDate(QStringLiteral("2024-01-15")),
                          QStringLiteral("Pricing change"), &pricing, &error));
        QVERIFY(store.add(QStringLiteral("other"), *parseIsoDate(QStringLiteral("2024-01-01")), QStringLiteral("x"),
                          &elsewhere, &error));
        std::vector<Annotation> notes;
        QVERIFY(store.list(QStringLiteral("usage"), &notes, &error));
        QCOMPARE(notes.size(), size_t(2));
        QCOMPARE(notes[0].text, QStringLiteral("Pricing change"));
        QCOMPARE(notes[1].text, QStringLiteral("Outage")); // trimmed
        QCOMPARE(notes[1].id, outage);
        QVERIFY(
            store.update(outage, *parseIsoDate(QStringLiteral("2024-01-01")), QStringLiteral("Outage (2 h)"), &error));
        QVERIFY(store.list(QStringLiteral("usage"), &notes, &error));
        QCOMPARE(notes[0].text, QStringLiteral("Outage (2 h)"));
        QVERIFY(store.list(QString(), &notes, &error));
        QCOMPARE(notes.size(), size_t(3));
        // Refused: empty, too long, an unknown dataset or note.
        qint64 id = 0;
        QVERIFY(!store.add(QStringLiteral("usage"), 0, QStringLiteral("   "), &id, &error));
        QVERIFY(!store.add(QStringLiteral("usage"), 0, QString(AnnotationStore::kMaxLength + 1, QLatin1Char('x')), &id,
                           &error));
        QVERIFY2(error.contains(QStringLiteral("at most")), qPrintable(error));
        QVERIFY(!store.add(QStringLiteral("nope"), 0, QStringLiteral("x"), &id, &error));
        QVERIFY2(error.contains(QStringLiteral("nope")), qPrintable(error));
        QVERIFY(!store.remove(9999, &error));
        QVERIFY(store.remove(pricing, &error));
        QVERIFY(store.list(QStringLiteral("usage"), &notes, &error));
        QCOMPARE(notes.size(), size_t(1));
    }

    void goWithTheirDatasetAndStayOtherwise()
    {
        test::TempWorkspace tmp;
        Workspace ws;
        QVERIFY(tmp.open(ws));
        importUsage(tmp, ws, QStringLiteral("usage"));
        AnnotationStore store(ws.db());
        QString error;
        qint64 id = 0;
        QVERIFY(store.add(QStringLiteral("usage"), 0, QStringLiteral("kept"), &id, &error));
        const auto importId = ws.db().queryInt(QStringLiteral("SELECT max(id) FROM imports"), &error);
        QVERIFY(importId);
        // Undoing the dataset's only import removes the dataset and its notes.
        QVERIFY2(forgetImport(ws.db(), *importId, &error), qPrintable(error));
        std::vector<Annotation> notes;
        QVERIFY(store.list(QString(), &notes, &error));
        QVERIFY(notes.empty());
        QCOMPARE(*ws.db().queryInt(QStringLiteral("SELECT count(*) FROM annotations"), &error), 0LL);
    }

    void formatFiveIsMigratedAndReadAsItIs()
    {
        UL_FILE_ONLY("format 5 exists only as a file");
        test::TempWorkspace tmp;
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            importUsage(tmp, ws, QStringLiteral("usage"));
            QString error;
            QVERIFY(ws.db().exec(QStringLiteral("DROP TABLE annotations; PRAGMA user_version = 5"), &error));
        }
        {
            // Read-only: format 5 is read as it is, with no notes.
            Workspace ws;
            QString error;
            QVERIFY2(ws.open(tmp.path(), Workspace::OpenMode::ReadOnly, &error), qPrintable(error));
            std::vector<Annotation> notes;
            QVERIFY2(AnnotationStore(ws.db()).list(QString(), &notes, &error), qPrintable(error));
            QVERIFY(notes.empty());
        }
        const test::CliRun added = test::runCoreCommand({QStringLiteral("note"), QStringLiteral("add"),
                                                         QStringLiteral("--db"), tmp.path(), QStringLiteral("--date"),
                                                         QStringLiteral("2024-01-20"), QStringLiteral("--text"),
                                                         QStringLiteral("Launch")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY2(added.out.contains(QStringLiteral("to usage")), qPrintable(added.out)); // the only dataset
        Workspace ws;
        QString error;
        QVERIFY(ws.open(tmp.path(), Workspace::OpenMode::ReadOnly, &error));
        QCOMPARE(*ws.db().queryInt(QStringLiteral("PRAGMA user_version"), &error), qint64(Workspace::SchemaVersion));
    }

    void noteCommand()
    {
        test::TempWorkspace tmp;
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            importUsage(tmp, ws, QStringLiteral("usage"));
        }
        const auto run = [&](QStringList args) {
            args.prepend(QStringLiteral("note"));
            args << QStringLiteral("--db") << tmp.path();
            return test::runCoreCommand(args);
        };
        QCOMPARE(
            run({QStringLiteral("add"), QStringLiteral("--dataset"), QStringLiteral("usage"), QStringLiteral("--date"),
                 QStringLiteral("2024-02-30"), QStringLiteral("--text"), QStringLiteral("x")})
                .code,
            2); // no such day
        QCOMPARE(run({QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-02-03")}).code, 2);
        QCOMPARE(run({QStringLiteral("remove")}).code, 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        const test::CliRun missing = run({QStringLiteral("add"), QStringLiteral("--dataset"), QStringLiteral("nope"),
                                          QStringLiteral("--date"), QStringLiteral("2024-02-03"),
                                          QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no dataset 'nope'")), qPrintable(missing.err));
        QCOMPARE(
            run({QStringLiteral("add"), QStringLiteral("--dataset"), QStringLiteral("usage"), QStringLiteral("--date"),
                 QStringLiteral("2024-02-03"), QStringLiteral("--text"), QStringLiteral("Pricing, \"v2\"")})
                .code,
            0);
        QCOMPARE(run({QStringLiteral("edit"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--date"),
                      QStringLiteral("2024-02-04")})
                     .code,
                 0);
        const test::CliRun listed = run({QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.out, QStringLiteral("id,dataset,date,note\n1,usage,2024-02-04,\"Pricing, \"\"v2\"\"\"\n"));
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("--id"), QStringLiteral("1")}).code, 0);
        QCOMPARE(run({QStringLiteral("remove"), QStringLiteral("--id"), QStringLiteral("1")}).code, 1);
        QCOMPARE(run({QStringLiteral("list")}).out, QStringLiteral("id,dataset,date,note\n"));
    }
};

QTEST_GUILESS_MAIN(TstAnnotations)
#include "tst_annotations.moc"
