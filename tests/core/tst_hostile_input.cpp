// SPDX-License-Identifier: MIT
// A hostile user's second round, one test per class of failure: what a user types never reaches
// the server as SQL or connection parameters; exports replace only regular files; writers never
// write into damage and readers change no byte; option values and sizes neither crash nor hang;
// nothing is silently wrong; and every message tells the truth. Runs on SQLite files and, as
// tst_hostile_input@postgresql, on a server (the server-only cases skip on files and back).
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <libpq-fe.h>

#include <cerrno>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ul;

class TestHostileInput : public QObject {
    Q_OBJECT
private slots:
    void queriesAndNamesNeverReachTheServer();
    void exportsReplaceOnlyRegularFiles();
    void writersNeverWriteIntoDamage();
    void readersChangeNoByte();
    void readOnlyFoldersAreReadOnlyNotDamaged();
    void aFullDiskLeavesNoNewWorkspace();
    void optionValuesAndSizesAreRefusedNotCrashed();
    void importCostIsLinearInColumns();
    void nothingIsSilentlyWrong();
};

namespace {

test::CliRun run(const QStringList& args) { return test::runCoreCommand(args); }

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QByteArray usageCsv(int customers = 12, int days = 60)
{
    QByteArray csv = "customer,date,minutes\n";
    for (int d = 0; d < days; ++d)
        for (int c = 0; c < customers; ++c)
            csv += "c" + QByteArray::number(c) + "," + QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1()
                   + "," + QByteArray::number((c * 13 + d * 7) % 90 + 1) + "\n";
    return csv;
}

QString importInto(const test::TempWorkspace& tmp, const QString& name = QStringLiteral("usage.csv"))
{
    const QString file = tmp.writeFile(name, usageCsv());
    const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), file});
    return r.code == 0 ? QString() : r.err;
}

/// A tmpfs of `size` mounted on `dir` (root with the right to mount only; else false).
bool mountTmpfs(const QString& dir, const QByteArray& options)
{
    QDir().mkpath(dir);
    return ::mount("ul-test", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0;
}

void unmount(const QString& dir) { ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH); }

/// A statement on the test server outside UsageLens (the canary's own session).
bool onTestServer(const QString& sql, QString* value = nullptr)
{
    PGconn* conn = PQconnectdb(qgetenv("UL_TEST_PG_URI").constData());
    PGresult* r = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (ok && value && PQntuples(r) > 0)
        *value = QString::fromUtf8(PQgetvalue(r, 0, 0));
    PQclear(r);
    PQfinish(conn);
    return ok;
}

} // namespace

void TestHostileInput::queriesAndNamesNeverReachTheServer()
{
    if (!test::onServer())
        QSKIP("needs the PostgreSQL test server (runs as tst_hostile_input@postgresql)");
    const QString server = QString::fromUtf8(qgetenv("UL_TEST_PG_URI"));
    QVERIFY(onTestServer(QStringLiteral("DROP TABLE IF EXISTS public.ul_canary; DROP TABLE IF EXISTS public.ul_pwned; "
                                        "CREATE TABLE public.ul_canary (a int); INSERT INTO public.ul_canary VALUES "
                                        "(1), (2)")));
    test::TempWorkspace tmp;
    const QStringList hostile{
        QStringLiteral("BEGIN READ WRITE; CREATE TABLE public.ul_pwned(); COMMIT; SELECT 1 AS customer"),
        QStringLiteral("SET default_transaction_read_only = off; COMMIT; DELETE FROM public.ul_canary"),
        QStringLiteral("SET default_transaction_read_only = off"),
        QStringLiteral("DELETE FROM public.ul_canary RETURNING a AS customer, now() AS date"),
        QStringLiteral("SELECT 'c' AS customer, now() AS date) TO STDOUT; COPY (SELECT 1"),
        QStringLiteral("COPY public.ul_canary TO STDOUT"),
        QStringLiteral("CREATE TABLE public.ul_pwned AS SELECT 1 AS customer"),
        QStringLiteral("SELECT * FROM public.ul_canary; DROP TABLE public.ul_canary"),
    };
    for (const QString& query : hostile) {
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                    QStringLiteral("--sql-source"), server, QStringLiteral("--query"), query});
        QVERIFY2(r.code == 1, qPrintable(query));
        // The server's reason, in one line, never an empty "the query failed:".
        const QString line = r.err.trimmed();
        QVERIFY2(!line.contains(QLatin1Char('\n')) && !line.endsWith(QLatin1Char(':')), qPrintable(line));
        QVERIFY2(line.section(QStringLiteral("the query failed:"), 1).trimmed().size() > 5, qPrintable(line));
    }
    QString count, pwned;
    QVERIFY(onTestServer(QStringLiteral("SELECT count(*) FROM public.ul_canary"), &count));
    QCOMPARE(count, QStringLiteral("2"));
    QVERIFY(onTestServer(QStringLiteral("SELECT coalesce(to_regclass('public.ul_pwned')::text, 'none')"), &pwned));
    QCOMPARE(pwned, QStringLiteral("none"));
    // A slow query stops at its timeout.
    const test::CliRun slow = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                   QStringLiteral("--sql-source"), server, QStringLiteral("--query"),
                                   QStringLiteral("SELECT pg_sleep(30)"), QStringLiteral("--query-timeout"),
                                   QStringLiteral("1")});
    QCOMPARE(slow.code, 1);
    QVERIFY2(slow.err.contains(QStringLiteral("timeout")), qPrintable(slow.err));

    // Names: a schema is a name, stored as it is, never a connection parameter.
    const QString csv = tmp.writeFile(QStringLiteral("s.csv"), usageCsv(2, 3));
    const QString odd = QStringLiteral("ul&host=/elsewhere&sslmode=disable");
    const test::CliRun literal = run(
        {QStringLiteral("import"), QStringLiteral("--db"), server, QStringLiteral("--schema"), odd, csv});
    QVERIFY2(literal.code == 0, qPrintable(literal.err));
    QString found;
    QVERIFY(onTestServer(
        QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'ul&host=/elsewhere&sslmode=disable'"),
        &found));
    QCOMPARE(found, QStringLiteral("1"));
    QVERIFY(onTestServer(QStringLiteral("DROP SCHEMA \"ul&host=/elsewhere&sslmode=disable\" CASCADE")));
    // Passwords in every spelling, the server's own schemas and names PostgreSQL would cut.
    const QString base = server.section(QLatin1Char('?'), 0, 0);
    const QString withUserInfo = QString(base).replace(QStringLiteral("://"), QStringLiteral("://u:secret@"));
    for (const QString& location :
         {base + QStringLiteral("?%70assword=secret"), base + QStringLiteral("?password=secret"),
          base + QStringLiteral("?pass%77ord=secret"), withUserInfo}) {
        const test::CliRun r = run({QStringLiteral("datasets"), QStringLiteral("--db"), location});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("secret")), qPrintable(r.err));
    }
    for (const QString& schema : {QStringLiteral("pg_temp"), QStringLiteral("PG_catalog"),
                                  QStringLiteral("information_schema"), QString(64, QLatin1Char('s'))}) {
        const test::CliRun r = run(
            {QStringLiteral("import"), QStringLiteral("--db"), server, QStringLiteral("--schema"), schema, csv});
        QCOMPARE(r.code, 2);
    }
    QVERIFY(onTestServer(QStringLiteral("DROP TABLE public.ul_canary")));
}

void TestHostileInput::exportsReplaceOnlyRegularFiles()
{
    test::TempWorkspace tmp;
    QCOMPARE(importInto(tmp), QString());
    const auto exportTo = [&](const QString& format, const QString& out) {
        return run({QStringLiteral("export"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--format"), format,
                    QStringLiteral("--out"), out});
    };
    // A device (as root it would have been replaced by a regular file).
    for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        const test::CliRun r = exportTo(format, QStringLiteral("/dev/null"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("/dev/null")), qPrintable(r.err));
    }
    struct stat st {};
    QVERIFY(::stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
    // A FIFO is refused at once (writing would block), a directory for a file format too.
    const QString fifo = tmp.dir() + QStringLiteral("/pipe.xlsx");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QCOMPARE(exportTo(QStringLiteral("xlsx"), fifo).code, 1);
    QCOMPARE(exportTo(QStringLiteral("xlsx"), tmp.dir()).code, 1);
    // A read-only file stays as it was, even for root.
    const QString locked = tmp.writeFile(QStringLiteral("locked.xlsx"), "keep me");
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const test::CliRun r = exportTo(QStringLiteral("xlsx"), locked);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    QFile kept(locked);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    // A CSV folder onto a file is refused; a regular file is replaced, and no temporary is left.
    QCOMPARE(exportTo(QStringLiteral("csv"), tmp.writeFile(QStringLiteral("afile"), "x")).code, 1);
    const QString out = tmp.writeFile(QStringLiteral("old.xlsx"), "old");
    QCOMPARE(exportTo(QStringLiteral("xlsx"), out).code, 0);
    QVERIFY(QFileInfo(out).size() > 1000);
    QCOMPARE(QDir(tmp.dir()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).size(), 0);
}

void TestHostileInput::writersNeverWriteIntoDamage()
{
    UL_FILE_ONLY("index damage of a workspace file");
    test::TempWorkspace tmp;
    QCOMPARE(importInto(tmp), QString());
    {
        // An index whose entries disagree with its table: quick_check does not see it.
        SqliteConnection db;
        QString error;
        QVERIFY(db.open(tmp.path(), SqliteConnection::Mode::ReadWrite, &error));
        QVERIFY2(db.exec(QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX "
                                        "imports_by_sha ON imports(file_name)' WHERE name = 'imports_by_sha'"),
                         &error),
                 qPrintable(error));
    }
    const QByteArray before = fileHash(tmp.path());
    const QString more = tmp.writeFile(QStringLiteral("more.csv"), "customer,date,minutes\nz,2024-03-01,5\n");
    const test::CliRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), more});
    QCOMPARE(imported.code, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("damaged")), qPrintable(imported.err));
    const test::CliRun forgot = run(
        {QStringLiteral("forget-import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("1")});
    QCOMPARE(forgot.code, 1);
    QVERIFY2(forgot.err.contains(QStringLiteral("damaged")), qPrintable(forgot.err));
    QCOMPARE(fileHash(tmp.path()), before);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--db"), tmp.path()}).code, 1);
}

void TestHostileInput::readersChangeNoByte()
{
    UL_FILE_ONLY("a workspace file's write-ahead log");
    test::TempWorkspace tmp;
    QCOMPARE(importInto(tmp), QString());
    // A crash state: a log with committed changes the file does not have yet.
    const QString crash = tmp.dir() + QStringLiteral("/crash.usagelens");
    {
        SqliteConnection writer;
        QString error;
        QVERIFY(writer.open(tmp.path(), SqliteConnection::Mode::ReadWrite, &error));
        QVERIFY(writer.exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                                           "UPDATE datasets SET settings = '{\"x\":1}'"),
                            &error));
        QVERIFY(QFile::copy(tmp.path(), crash));
        QVERIFY(QFile::copy(tmp.path() + QStringLiteral("-wal"), crash + QStringLiteral("-wal")));
    }
    QVERIFY(QFileInfo(crash + QStringLiteral("-wal")).size() > 0);
    const QByteArray file = fileHash(crash), log = fileHash(crash + QStringLiteral("-wal"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("datasets"), QStringLiteral("--db"), crash},
          QStringList{QStringLiteral("report"), QStringLiteral("--db"), crash, QStringLiteral("--metric"),
                      QStringLiteral("minutes"), QStringLiteral("--view"), QStringLiteral("kpis")},
          QStringList{QStringLiteral("check"), QStringLiteral("--db"), crash}}) {
        const test::CliRun r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(fileHash(crash), file);
        QCOMPARE(fileHash(crash + QStringLiteral("-wal")), log);
    }
}

void TestHostileInput::readOnlyFoldersAreReadOnlyNotDamaged()
{
    UL_FILE_ONLY("a folder of workspace files");
    test::TempWorkspace tmp;
    QCOMPARE(importInto(tmp), QString());
    const QString folder = tmp.dir() + QStringLiteral("/ro");
    if (!mountTmpfs(folder, "size=64m"))
        QSKIP("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    QVERIFY(QFile::copy(tmp.path(), folder + QStringLiteral("/w.usagelens")));
    QVERIFY(::mount(nullptr, QFile::encodeName(folder).constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
    const QString ws = folder + QStringLiteral("/w.usagelens");
    const test::CliRun listed = run({QStringLiteral("datasets"), QStringLiteral("--db"), ws});
    const test::CliRun checked = run({QStringLiteral("check"), QStringLiteral("--db"), ws});
    const test::CliRun imported = run(
        {QStringLiteral("import"), QStringLiteral("--db"), ws,
         tmp.writeFile(QStringLiteral("x.csv"), "customer,date,minutes\na,2024-01-01,1\n")});
    unmount(folder);
    QVERIFY2(listed.code == 0, qPrintable(listed.err));
    QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));
    QCOMPARE(imported.code, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("read-only")) && !imported.err.contains(QStringLiteral("damaged")),
             qPrintable(imported.err));
}

void TestHostileInput::aFullDiskLeavesNoNewWorkspace()
{
    UL_FILE_ONLY("a workspace file on a full disk");
    test::TempWorkspace tmp;
    const QString folder = tmp.dir() + QStringLiteral("/full");
    if (!mountTmpfs(folder, "size=96k"))
        QSKIP("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)");
    const QString csv = tmp.writeFile(QStringLiteral("u.csv"), usageCsv(200, 120));
    const QString ws = folder + QStringLiteral("/new.usagelens");
    const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"), ws, csv});
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    unmount(folder);
    QCOMPARE(r.code, 1);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestHostileInput::optionValuesAndSizesAreRefusedNotCrashed()
{
    test::TempWorkspace tmp;
    QCOMPARE(importInto(tmp), QString());
    // An expression nested far beyond any real one: a located error, not a stack overflow.
    const QString csv = tmp.writeFile(QStringLiteral("n.csv"), "customer,date,minutes\na,2024-01-01,1\n");
    for (const QString& expression :
         {QString(60000, QLatin1Char('(')) + QStringLiteral("minutes") + QString(60000, QLatin1Char(')')),
          QString(40000, QLatin1Char('-')) + QStringLiteral("minutes"),
          QStringLiteral("minutes") + QStringLiteral("+minutes").repeated(50000)}) {
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"),
                                    tmp.dir() + QStringLiteral("/e.usagelens"), QStringLiteral("--compute"),
                                    QStringLiteral("x=") + expression, csv});
        QVERIFY(r.code == 1 || r.code == 2);
        QVERIFY2(r.err.contains(QStringLiteral("deeper than 256")), qPrintable(r.err.left(300)));
        QVERIFY2(r.err.size() < 1000, "the message quotes the whole expression");
    }
    // Results larger than any output: refused before they are computed.
    const QStringList centuries{QStringLiteral("--from"),     QStringLiteral("1400-01-01"),    QStringLiteral("--to"),
                                QStringLiteral("9999-12-31"), QStringLiteral("--granularity"), QStringLiteral("day")};
    QElapsedTimer timer;
    timer.start();
    const test::CliRun report = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                                QStringLiteral("--metric"), QStringLiteral("minutes"),
                                                QStringLiteral("--view"), QStringLiteral("totals")}
                                    + centuries);
    QCOMPARE(report.code, 2);
    QVERIFY2(report.err.contains(QStringLiteral("at most 100000")), qPrintable(report.err));
    const test::CliRun xlsx = run(QStringList{QStringLiteral("export"), QStringLiteral("--db"), tmp.path(),
                                              QStringLiteral("--format"), QStringLiteral("xlsx"),
                                              QStringLiteral("--out"), tmp.dir() + QStringLiteral("/big.xlsx")}
                                  + centuries);
    QCOMPARE(xlsx.code, 2);
    QVERIFY(!QFileInfo::exists(tmp.dir() + QStringLiteral("/big.xlsx")));
    // Sizes past their limits are usage errors at once (tst_option_limits tries every one).
    for (const QStringList& sizes : {QStringList{QStringLiteral("--bins"), QStringLiteral("1000000000")},
                                     QStringList{QStringLiteral("--periods"), QStringLiteral("1000000000")},
                                     QStringList{QStringLiteral("--billing-months"), QStringLiteral("2147483647")}}) {
        const test::CliRun r = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), tmp.path(),
                                               QStringLiteral("--metric"), QStringLiteral("minutes"),
                                               QStringLiteral("--view"), QStringLiteral("histogram")}
                                   + sizes);
        QCOMPARE(r.code, 2);
    }
    QVERIFY2(timer.elapsed() < 20000, "refusals must come before any work");
}

void TestHostileInput::importCostIsLinearInColumns()
{
    // A file of many metric columns: twice... five times the columns must cost about five times
    // as much, not twenty-five (a quadratic step took 137 s for 100,000 columns).
    test::TempWorkspace tmp;
    const auto timed = [&](int columns) {
        QByteArray csv = "customer,date";
        for (int c = 0; c < columns; ++c)
            csv += ",m" + QByteArray::number(c);
        csv += "\n";
        for (int r = 0; r < 3; ++r) {
            csv += "c" + QByteArray::number(r) + ",2024-01-0" + QByteArray::number(r + 1);
            for (int c = 0; c < columns; ++c)
                csv += "," + QByteArray::number((c + r) % 7);
            csv += "\n";
        }
        const QString file = tmp.writeFile(QStringLiteral("w%1.csv").arg(columns), csv);
        QElapsedTimer timer;
        timer.start();
        const test::CliRun r = run({QStringLiteral("import"), QStringLiteral("--db"),
                                    tmp.dir() + QStringLiteral("/w%1.usagelens").arg(columns), file});
        return r.code == 0 ? double(timer.elapsed()) : -1.0;
    };
    timed(500); // warm up the caches and the allocator
    const double small = timed(4000), large = timed(20000);
    QVERIFY(small > 0 && large > 0);
    qInfo("4,000 columns: %.0f ms; 20,000 columns: %.0f ms (ratio %.1f for 5x the columns)", small, large,
          large / small);
    QVERIFY2(large / small < 9.0, "import cost grows faster than the number of columns");
}

void TestHostileInput::nothingIsSilentlyWrong()
{
    test::TempWorkspace tmp;
    // Historic dates: with --date-range the date column is found, not "no date column found".
    const QString old = tmp.writeFile(QStringLiteral("old.csv"),
                                      "account,day,amount\na,1500-03-01,5\nb,1500-03-02,7\nc,1501-01-01,9\n");
    const test::CliRun widened = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(),
                                      QStringLiteral("--date-range"), QStringLiteral("1400-01-01..9999-12-31"), old});
    QVERIFY2(widened.code == 0, qPrintable(widened.err));
    QVERIFY2(widened.out.contains(QStringLiteral("date      : day")), qPrintable(widened.out));
    // A NUL byte in the first kilobytes of a text export is a located bad row, not a binary file.
    QByteArray withNul = usageCsv(3, 5);
    withNul.insert(withNul.indexOf("c1,"), QByteArray("c9,2024-01-01,4\0x\n", 18));
    const QString nul = tmp.writeFile(QStringLiteral("nul.csv"), withNul);
    const test::CliRun refused = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), nul});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("nul.csv:3:3")) && refused.err.contains(QStringLiteral("NUL byte")),
             qPrintable(refused.err));
    const test::CliRun skipped = run(
        {QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--skip-bad-rows"), nul});
    QVERIFY2(skipped.code == 0, qPrintable(skipped.err));
    QVERIFY2(skipped.out.contains(QStringLiteral("1 rejected")), qPrintable(skipped.out));
    // A megabyte of blank lines before the data is not "the file is empty".
    const QString blank = tmp.writeFile(QStringLiteral("blank.csv"), QByteArray(1 << 20, '\n') + usageCsv(2, 3));
    const test::CliRun afterBlanks = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), blank});
    QVERIFY2(afterBlanks.code == 0, qPrintable(afterBlanks.err));
    const QString onlyBlank = tmp.writeFile(QStringLiteral("onlyblank.csv"), QByteArray(3 << 20, '\n'));
    const test::CliRun empty = run({QStringLiteral("import"), QStringLiteral("--db"), tmp.path(), onlyBlank});
    QCOMPARE(empty.code, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("only blank lines")), qPrintable(empty.err));
    // Months a billing period cannot have are refused, not turned into 1.
    for (const QString& months : {QStringLiteral("0"), QStringLiteral("-3")})
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--db"), tmp.path(), QStringLiteral("--view"),
                      QStringLiteral("mrr"), QStringLiteral("--dataset"), QStringLiteral("old"),
                      QStringLiteral("--billing-months"), months})
                     .code,
                 2);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
