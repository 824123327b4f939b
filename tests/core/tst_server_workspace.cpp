// SPDX-License-Identifier: MIT
// A workspace on a PostgreSQL server: its schema (created, marked, versioned, refused when
// foreign or newer), one writer at a time with readers never blocked, a read-only role, the
// announcements windows listen to, import from a query, and reports byte for byte equal to
// the same workspace on SQLite. Runs as tst_server_workspace@postgresql (skipped on files).
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Workspace.h"
#include "db/pg/PgConnection.h"
#include "import/Importer.h"
#include "import/QuerySource.h"
#include "report/ViewRegistry.h"

#include <libpq-fe.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace ul;

namespace {

QString serverUri() { return qEnvironmentVariable("UL_TEST_PG_URI"); }

/// The server URI logged in as `user` instead.
QString asUser(const QString& location, const QString& user)
{
    QString out = location;
    const qsizetype at = out.indexOf(QLatin1Char('@'));
    const qsizetype start = out.indexOf(QStringLiteral("://")) + 3;
    return out.replace(start, at - start, user);
}

test::CliRun cli(const QStringList& args) { return test::runCoreCommand(args); }

/// Daily rows of `customers` customers over `days` days from 2024-01-01, `value` each.
QByteArray dailyRows(const char* prefix, int customers, int days, int value)
{
    QByteArray csv("customer,date,minutes\n");
    for (int d = 0; d < days; ++d)
        for (int c = 0; c < customers; ++c)
            csv += QByteArray(prefix) + QByteArray::number(c) + ','
                   + QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(value)
                   + '\n';
    return csv;
}

double total(const QString& db)
{
    const test::CliRun r = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"),
                                QStringLiteral("kpis"), QStringLiteral("--metric"), QStringLiteral("minutes")});
    for (const QString& line : r.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("total,")))
            return line.section(QLatin1Char(','), 1).toDouble();
    return -1;
}

} // namespace

class TstServerWorkspace : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        if (!test::onServer())
            QSKIP("server workspaces only: runs as tst_server_workspace@postgresql");
    }

    void schemaIsCreatedMarkedAndVersioned()
    {
        test::TempWorkspace tmp;
        // A reader never creates: the schema does not exist yet.
        const test::CliRun missing = cli({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.path()});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no UsageLens workspace")), qPrintable(missing.err));
        Workspace ws;
        QVERIFY(tmp.open(ws));
        QString error;
        Statement meta = ws.db().prepare(QStringLiteral("SELECT key, value FROM usagelens_meta ORDER BY key"), &error);
        QStringList rows;
        while (meta.step(&error))
            rows << meta.columnText(0) + QLatin1Char('=') + meta.columnText(1);
        QCOMPARE(rows, (QStringList{QStringLiteral("application=UsageLens"),
                                    QStringLiteral("format=%1").arg(Workspace::SchemaVersion)}));
        QVERIFY(ws.db().tableExists(QStringLiteral("fact_chunks"), &error));
        QVERIFY(ws.isServer());
        // --schema names the same workspace as ?schema= (and is refused for a file).
        const QString schema = tmp.path().section(QStringLiteral("schema="), 1);
        const test::CliRun named = cli(
            {QStringLiteral("datasets"), QStringLiteral("--db"), serverUri(), QStringLiteral("--schema"), schema});
        QVERIFY2(named.code == 0, qPrintable(named.err));
        QCOMPARE(cli({QStringLiteral("datasets"), QStringLiteral("--db"), tmp.dir() + QStringLiteral("/x.usagelens"),
                      QStringLiteral("--schema"), schema})
                     .code,
                 2);
    }

    void newerOrForeignSchemasAreRefusedUntouched()
    {
        test::TempWorkspace tmp;
        {
            Workspace ws;
            QVERIFY(tmp.open(ws));
            QString error;
            QVERIFY(
                ws.db().exec(QStringLiteral("UPDATE usagelens_meta SET value = '99' WHERE key = 'format'"), &error));
        }
        Workspace newer;
        QString error;
        QVERIFY(!newer.open(tmp.path(), Workspace::OpenMode::CreateIfMissing, &error));
        QVERIFY2(error.contains(QStringLiteral("made by a newer UsageLens (workspace format 99")), qPrintable(error));

        // A schema of another program: left as it is.
        test::TempWorkspace foreign;
        PgConnection db;
        QString schema;
        QVERIFY2(db.open(serverUri(), &schema, &error), qPrintable(error));
        const QString name = foreign.path().section(QStringLiteral("schema="), 1);
        QVERIFY(db.exec(QStringLiteral("CREATE SCHEMA %1; CREATE TABLE %1.orders (id int)").arg(name), &error));
        Workspace ws;
        QVERIFY(!ws.open(foreign.path(), Workspace::OpenMode::CreateIfMissing, &error));
        QVERIFY2(error.contains(QStringLiteral("not a UsageLens workspace (the schema holds 1 table(s)")),
                 qPrintable(error));
        QCOMPARE(
            *db.queryInt(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = '%1'").arg(name), &error),
            1LL);
    }

    void twoImportsIntoOneDatasetBothCompleteOnce()
    {
        test::TempWorkspace tmp;
        const QString a = tmp.writeFile(QStringLiteral("a.csv"), dailyRows("a", 300, 60, 2));
        const QString b = tmp.writeFile(QStringLiteral("b.csv"), dailyRows("b", 300, 60, 3));
        // The dataset exists; then two imports into it start at once, each on its own connection.
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                      QStringLiteral("usage"), tmp.writeFile(QStringLiteral("seed.csv"), dailyRows("s", 1, 1, 1))})
                     .code,
                 0);
        std::atomic<int> ok{0};
        const auto importOne = [&](const QString& file) {
            Workspace ws;
            QString error;
            if (!ws.open(tmp.path(), Workspace::OpenMode::CreateIfMissing, &error))
                return;
            ImportOptions options;
            options.dataset = QStringLiteral("usage");
            if (importFiles(ws, {file}, options).ok)
                ++ok;
        };
        std::thread first(importOne, a), second(importOne, b);
        first.join();
        second.join();
        QCOMPARE(ok.load(), 2);
        QCOMPARE(total(tmp.path()), 1.0 + 300 * 60 * 2 + 300 * 60 * 3);
        const test::CliRun imports = cli({QStringLiteral("imports"), QStringLiteral("--db"), tmp.path()});
        QCOMPARE(imports.out.count(QLatin1Char('\n')), 1 + 3);
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--db"), tmp.path()}).code, 0);
    }

    void aSecondWriterWaitsOrFailsClearly()
    {
        test::TempWorkspace tmp;
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                      tmp.writeFile(QStringLiteral("one.csv"), dailyRows("x", 2, 2, 1))})
                     .code,
                 0);
        // Another session holds the writer lock, as an import in progress does.
        Workspace holder;
        QVERIFY(tmp.open(holder));
        QString error;
        QVERIFY(holder.db().begin(&error));
        const QString two = tmp.writeFile(QStringLiteral("two.csv"), dailyRows("y", 2, 2, 1));
        QElapsedTimer timer;
        timer.start();
        const test::CliRun refused = cli(
            {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--no-wait"), two});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("another import into")), qPrintable(refused.err));
        QVERIFY(timer.elapsed() < 5000);
        // Readers are never blocked by a writer.
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                      QStringLiteral("totals"), QStringLiteral("--metric"), QStringLiteral("minutes")})
                     .code,
                 0);
        // Without --no-wait it waits, says so, and completes once the other writer is done.
        test::CliRun waited;
        std::thread second([&] { waited = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), two}); });
        QTest::qWait(500);
        holder.db().rollback();
        second.join();
        QVERIFY2(waited.code == 0, qPrintable(waited.err));
        QVERIFY2(waited.err.contains(QStringLiteral("waiting for another import")), qPrintable(waited.err));
    }

    void aReadOnlyRoleReadsButGetsAClearMessageOnWrite()
    {
        test::TempWorkspace tmp;
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                      tmp.writeFile(QStringLiteral("u.csv"), dailyRows("c", 3, 3, 5))})
                     .code,
                 0);
        const QString schema = tmp.path().section(QStringLiteral("schema="), 1);
        PgConnection admin;
        QString error, ignored;
        QVERIFY(admin.open(serverUri(), &ignored, &error));
        admin.exec(QStringLiteral("CREATE ROLE ul_reader LOGIN"), nullptr); // may exist from an earlier test
        QVERIFY2(admin.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO ul_reader; "
                                           "GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO ul_reader")
                                .arg(schema),
                            &error),
                 qPrintable(error));
        const QString reader = asUser(tmp.path(), QStringLiteral("ul_reader"));
        QCOMPARE(total(reader), 45.0);
        for (const QStringList& write :
             {QStringList{QStringLiteral("import"), QStringLiteral("--db"), reader,
                          tmp.writeFile(QStringLiteral("v.csv"), dailyRows("d", 1, 1, 1))},
              QStringList{QStringLiteral("forget-import"), QStringLiteral("--db"), reader, QStringLiteral("1")},
              QStringList{QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--db"), reader,
                          QStringLiteral("--date"), QStringLiteral("2024-01-02"), QStringLiteral("--text"),
                          QStringLiteral("x")}}) {
            const test::CliRun r = cli(write);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("read-only access: the role 'ul_reader'")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one clear line
        }
        QCOMPARE(total(tmp.path()), 45.0);
        // check reads what it may and says what it could not check.
        const test::CliRun checked = cli({QStringLiteral("check"), QStringLiteral("--db"), reader});
        QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
        QVERIFY2(checked.out.contains(QStringLiteral("rollups: not checked (read-only access")),
                 qPrintable(checked.out));
        admin.exec(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM ul_reader; REVOKE USAGE ON SCHEMA %1 "
                                  "FROM ul_reader")
                       .arg(schema),
                   nullptr);
    }

    void importsAreAnnouncedToListeners()
    {
        test::TempWorkspace tmp;
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                      tmp.writeFile(QStringLiteral("u.csv"), dailyRows("c", 1, 1, 1))})
                     .code,
                 0);
        PgConnection listener;
        QString schema, error;
        QVERIFY(listener.open(serverUri(), &schema, &error));
        QVERIFY(listener.exec(QStringLiteral("LISTEN %1").arg(QLatin1String(PgConnection::kChannel)), &error));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--dataset"),
                      QStringLiteral("more"), tmp.writeFile(QStringLiteral("v.csv"), dailyRows("d", 1, 1, 1))})
                     .code,
                 0);
        QString payload;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                PQconsumeInput(listener.handle());
                if (PGnotify* n = PQnotifies(listener.handle())) {
                    payload = QString::fromUtf8(n->extra);
                    PQfreemem(n);
                }
                return !payload.isEmpty();
            }(),
            5000);
        QCOMPARE(payload, tmp.path().section(QStringLiteral("schema="), 1) + QStringLiteral(":import:more|")
                              + PgConnection::processTag());
    }

    void importFromAQueryRecordsItsSource()
    {
        test::TempWorkspace tmp;
        PgConnection source;
        QString schema, error;
        QVERIFY(source.open(serverUri(), &schema, &error));
        const QString table = QStringLiteral("usage_src_%1").arg(QCoreApplication::applicationPid());
        QVERIFY2(source.exec(QStringLiteral("DROP TABLE IF EXISTS public.%1; CREATE TABLE public.%1 (account text, "
                                            "at timestamptz, minutes numeric); INSERT INTO public.%1 VALUES "
                                            "('007', '2024-01-03 23:30:00-05', 12.5), ('7', '2024-01-04', 3), "
                                            "('007', '2024-02-01', 1.25)")
                                 .arg(table),
                             &error),
                 qPrintable(error));
        const QString query = QStringLiteral("SELECT account, at, minutes FROM public.%1 ORDER BY at").arg(table);
        // Into a server workspace and into a file: the same rows either way.
        for (const QString& target : {tmp.path(), tmp.dir() + QStringLiteral("/file.usagelens")}) {
            const test::CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                                          QStringLiteral("--sql-source"), serverUri(), QStringLiteral("--query"), query,
                                          QStringLiteral("--dataset"), QStringLiteral("usage")});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            const test::CliRun days = cli({QStringLiteral("report"), QStringLiteral("--db"), target,
                                           QStringLiteral("--view"), QStringLiteral("top"), QStringLiteral("--metric"),
                                           QStringLiteral("minutes")});
            // '007' and '7' stay two customers; 23:30 at -05 is the 4th in UTC.
            QCOMPARE(days.out, QStringLiteral("rank,customer,value,share_pct\n1,007,13.75,82.08955223880598\n"
                                              "2,7,3,17.91044776119403\n"));
            const test::CliRun imports = cli({QStringLiteral("imports"), QStringLiteral("--db"), target,
                                              QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(imports.out.contains(query), qPrintable(imports.out));
            QVERIFY(imports.out.contains(QStringLiteral("\"file\": \"query-")));
            // The same query and result again: refused as already imported, --replace swaps it.
            const test::CliRun again = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                                            QStringLiteral("--sql-source"), serverUri(), QStringLiteral("--query"),
                                            query, QStringLiteral("--dataset"), QStringLiteral("usage")});
            QCOMPARE(again.code, 1);
            QVERIFY2(again.err.contains(QStringLiteral("already imported")), qPrintable(again.err));
            const test::CliRun replaced = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                                               QStringLiteral("--sql-source"), serverUri(), QStringLiteral("--query"),
                                               query, QStringLiteral("--dataset"), QStringLiteral("usage"),
                                               QStringLiteral("--replace")});
            QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
            QVERIFY2(replaced.out.contains(QStringLiteral("Replaced import #1")), qPrintable(replaced.out));
        }
        const test::CliRun bad = cli({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                      QStringLiteral("--sql-source"), serverUri(), QStringLiteral("--query"),
                                      QStringLiteral("SELECT nope FROM nowhere")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("the query failed")), qPrintable(bad.err));
        source.exec(QStringLiteral("DROP TABLE public.%1").arg(table), nullptr);
    }

    void queriesWithoutCopyAreReadRowByRowAndCancelAtOnce()
    {
        test::TempWorkspace tmp;
        // COPY (SHOW ...) is not SQL PostgreSQL copies: the rows are read one by one instead,
        // as from a server without COPY TO STDOUT, and written as CSV all the same.
        const QString csv = tmp.dir() + QStringLiteral("/show.csv");
        qint64 rows = 0;
        QString error;
        QVERIFY2(fetchQueryAsCsv({serverUri(), QStringLiteral("SHOW DateStyle")}, csv, &rows, &error),
                 qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("DateStyle\n\"ISO, YMD\"\n"));
        QCOMPARE(rows, 1);
        // A query that would run for a minute stops when cancelled from another thread.
        QueryCancel cancel;
        std::thread canceller([&] {
            QThread::msleep(300);
            cancel.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!fetchQueryAsCsv({serverUri(), QStringLiteral("SELECT pg_sleep(60)")}, csv, &rows, &error, &cancel));
        canceller.join();
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void everyReportIsByteForByteTheSameAsOnSqlite()
    {
        // The built-in demo (usage with decimals, invoices, attributes) on both backends.
        test::TempWorkspace tmp;
        const QString file = tmp.dir() + QStringLiteral("/demo.usagelens");
        for (const QString& target : {tmp.path(), file})
            QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), target}).code, 0);
        std::vector<QStringList> requests;
        for (const ViewSpec& view : reportViews()) {
            QStringList base{QStringLiteral("--view"), view.key};
            const bool usage = view.group == TabGroup::Metric || view.group == TabGroup::Drilldown
                               || view.group == TabGroup::Segments || view.group == TabGroup::Health;
            if (usage)
                base << QStringLiteral("--dataset") << QStringLiteral("demo_usage") << QStringLiteral("--metric")
                     << QStringLiteral("streamed_minutes");
            else
                base << QStringLiteral("--dataset")
                     << (view.group == TabGroup::Revenue ? QStringLiteral("demo_invoices")
                                                         : QStringLiteral("demo_usage"));
            for (const char* g : {"day", "week", "month", "quarter"})
                requests.push_back(base + QStringList{QStringLiteral("--granularity"), QLatin1String(g)});
            requests.push_back(base
                               + QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-11"),
                                             QStringLiteral("--to"), QStringLiteral("2026-03-17"),
                                             QStringLiteral("--customer"), QStringLiteral("c0b5f")});
        }
        requests.push_back({QStringLiteral("--view"), QStringLiteral("totals"), QStringLiteral("--metric"),
                            QStringLiteral("bandwidth_gb"), QStringLiteral("--compare"), QStringLiteral("last-year")});
        int compared = 0;
        for (const QStringList& request : requests) {
            const test::CliRun onServer = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path()}
                                              + request);
            const test::CliRun onFile = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), file}
                                            + request);
            QCOMPARE(onServer.code, onFile.code);
            QVERIFY2(onServer.out == onFile.out,
                     qPrintable(request.join(QLatin1Char(' ')) + QStringLiteral(": outputs differ")));
            compared += onFile.code == 0;
        }
        QVERIFY2(compared > 100, qPrintable(QString::number(compared)));
    }
};

QTEST_GUILESS_MAIN(TstServerWorkspace)
#include "tst_server_workspace.moc"
