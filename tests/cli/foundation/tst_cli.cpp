#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the real outagedesk binary, as scripts and runbooks do.
class TestCli : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    const QString m_example = QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/primo-eu01-2016-11.json");

    Result run(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display at all: subcommands must not need one.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("OUTAGEDESK_NOW"), QStringLiteral("2026-11-23T12:00:00Z"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        for (const auto &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OUTAGEDESK_BINARY), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString db(const QString &name) { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return f.fileName();
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    QByteArray example()
    {
        QFile f(m_example);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void version_and_help()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("outagedesk "));
        const Result h = run({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *command : {"import", "list", "export", "lint", "availability"})
            QVERIFY2(h.out.contains(command), command);
        const Result sub = run({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("FILE"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("fragment");
        QTest::newRow("unknown subcommand") << QStringList{"frobnicate"} << QByteArray("unknown subcommand frobnicate");
        QTest::newRow("unknown global option") << QStringList{"--frob", "list"} << QByteArray("unknown option --frob");
        QTest::newRow("unknown command option") << QStringList{"list", "--frob"} << QByteArray("frob");
        QTest::newRow("import without files") << QStringList{"import"} << QByteArray("at least one file");
        QTest::newRow("export without format") << QStringList{"export", "6f1c2a4e"} << QByteArray("--format is required");
        QTest::newRow("export bad format") << QStringList{"export", "6f1c2a4e", "--format", "docx"} << QByteArray("unknown format");
        QTest::newRow("pdf needs -o") << QStringList{"export", "6f1c2a4e", "--format", "pdf"} << QByteArray("pdf needs -o");
        QTest::newRow("availability reversed") << QStringList{"availability", "--from", "2016-12-01", "--to", "2016-11-01"}
                                               << QByteArray("empty or reversed");
        QTest::newRow("availability bad time") << QStringList{"availability", "--from", "2016-11-01T00:00:00", "--to", "2016-12-01"}
                                               << QByteArray("no UTC offset");
        QTest::newRow("availability missing to") << QStringList{"availability", "--from", "2016-11-01"} << QByteArray("--to is required");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, fragment);
        const Result r = run(QStringList{QStringLiteral("--db"), db(QStringLiteral("usage.sqlite"))} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fragment), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one clear line
    }

    void import_list_export_roundTrip()
    {
        const QString path = db(QStringLiteral("main.sqlite"));
        Result r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("1 created, 0 updated"), r.out.constData());
        r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example});
        QVERIFY(r.out.contains("0 created, 1 updated"));

        r = run({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101\tresolved\tmajor\tPrimo MT EU01 service interruptions, 14-16 November 2016\n"));

        r = run({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("start")].toString(), QStringLiteral("2016-11-14T13:56:00Z"));
        QCOMPARE(list.first()[QStringLiteral("end")].toString(), QStringLiteral("2016-11-16T19:11:00Z"));

        r = run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("6f1c2a4e"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object(), QJsonDocument::fromJson(example()).object());

        const QString out = m_dir.filePath(QStringLiteral("all.json"));
        r = run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("--db"), db(QStringLiteral("copy.sqlite")), QStringLiteral("import"), out});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("--db"), db(QStringLiteral("copy.sqlite")), QStringLiteral("export"), QStringLiteral("--all"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(r.out, f.readAll());
    }

    void export_validatesAgainstSchema()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed (packaging/linux/debian-packages.txt lists it)");
        const QString path = db(QStringLiteral("schema.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        const QString out = m_dir.filePath(QStringLiteral("schema-export.json"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import json, sys, jsonschema\n"
                                        "schema = json.load(open(sys.argv[1]))\n"
                                        "doc = json.load(open(sys.argv[2]))\n"
                                        "jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(doc)\n"
                                        "print('valid')\n"),
                         QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/incident.schema.json"), out});
        QVERIFY(p.waitForFinished(60000));
        if (p.readAllStandardError().contains("No module named 'jsonschema'"))
            QSKIP("python3-jsonschema is not installed (packaging/linux/debian-packages.txt lists it)");
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("valid"));
    }

    void importRefusals_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("end before start (the seed's AM/PM slip)")
            << QByteArray("\"end\": \"2016-11-16T20:11:00+01:00\"") << QByteArray("\"end\": \"2016-11-16T08:11:00+01:00\"")
            << QByteArray("incidents[0].windows[4].end: ");
        QTest::newRow("zone name instead of IANA id") << QByteArray("\"Europe/Amsterdam\"") << QByteArray("\"Amsterdam time zone\"")
                                                      << QByteArray("dataCenters[0].timeZone: unknown IANA time zone");
        QTest::newRow("no offset") << QByteArray("\"2016-11-15T10:56:00+01:00\"") << QByteArray("\"2016-11-15T10:56:00\"")
                                   << QByteArray("incidents[0].windows[1].start: ");
        QTest::newRow("version 2") << QByteArray("\"version\": 1") << QByteArray("\"version\": 2") << QByteArray("version: unsupported version 2");
        QTest::newRow("malformed") << QByteArray("\"incidents\": [") << QByteArray("\"incidents\": [[") << QByteArray("malformed JSON at line");
    }

    void importRefusals()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, expected);
        const QString path = db(QStringLiteral("refusals.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        const QByteArray before = hashOf(path);
        QByteArray content = example();
        QVERIFY(content.contains(from));
        content.replace(from, to);
        const QString bad = write(QStringLiteral("bad.json"), content);
        const Result r = run({QStringLiteral("--db"), path, QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(hashOf(path), before);
    }

    void availability_matchesContract()
    {
        const QString path = db(QStringLiteral("availability.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        const Result r = run({QStringLiteral("--db"), path, QStringLiteral("availability"), QStringLiteral("--from"),
                              QStringLiteral("2016-11-01T00:00:00Z"), QStringLiteral("--to"), QStringLiteral("2016-12-01T00:00:00Z"),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("from")].toString(), QStringLiteral("2016-11-01T00:00:00Z"));
        const QJsonObject eu = o[QStringLiteral("dataCenters")].toArray().first().toObject();
        QCOMPARE(eu[QStringLiteral("downtimeSeconds")].toInt(), 6000);
        QCOMPARE(eu[QStringLiteral("availabilityPercent")].toDouble(), 99.76852);
        QCOMPARE(eu[QStringLiteral("instances")].toArray().first()[QStringLiteral("downtimeSeconds")].toInt(), 6000);

        const Result unknown = run({QStringLiteral("--db"), path, QStringLiteral("availability"), QStringLiteral("--from"),
                                    QStringLiteral("2016-11-01"), QStringLiteral("--to"), QStringLiteral("2016-12-01"),
                                    QStringLiteral("--data-center"), QStringLiteral("MARS")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown data center MARS"));
    }

    void lint_exitCodes()
    {
        const QString path = db(QStringLiteral("lint.sqlite"));
        QByteArray content = example();
        // A slip a tired operator makes: the evening window typed as ending at 08:11 the next morning.
        content.replace("\"end\": \"2016-11-16T20:11:00+01:00\"", "\"end\": \"2016-11-17T08:11:00+01:00\"");
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), write(QStringLiteral("slip.json"), content)}).exitCode, 0);
        Result r = run({QStringLiteral("--db"), path, QStringLiteral("lint"), QStringLiteral("6f1c2a4e")});
        // The slip is an error (it holds up approval until fixed or accepted).
        QVERIFY2(r.out.contains("error: window-ampm-slip: "), r.out.constData());
        QVERIFY(r.out.contains("19:56 CET"));
        QVERIFY(r.out.contains("20:11 CET"));
        QCOMPARE(r.exitCode, 1);

        content = example();
        content.replace("\"end\": \"2016-11-16T20:11:00+01:00\"", "\"end\": null");
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), write(QStringLiteral("ongoing.json"), content)}).exitCode, 0);
        r = run({QStringLiteral("--db"), path, QStringLiteral("lint"), QStringLiteral("6f1c2a4e-0b7d")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("error: resolved-with-ongoing-window: "), r.out.constData());

        r = run({QStringLiteral("--db"), path, QStringLiteral("lint"), QStringLiteral("00000000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no incident"));
    }

    void lockedWorkspace_exit4()
    {
        const QString path = db(QStringLiteral("locked.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        // Another writer holds the lock: this process stands in for the open app.
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(QCoreApplication::applicationPid()) + "\ntst_cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        const Result r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("already open for writing"), r.err.constData());
        // Reading still works while the app has it open.
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("list")}).exitCode, 0);
        QFile::remove(path + QStringLiteral(".lock"));
    }

    // A writer killed in the middle of a bulk write (rollback-journal mode, as an
    // import runs) leaves changed pages in the file and the journal beside it: the
    // next command rolls them back and lists what was committed.
    void killedWriter_isRolledBackByTheNextCommand()
    {
        const QString path = db(QStringLiteral("killed.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        const QByteArray committed = run({QStringLiteral("--db"), path, QStringLiteral("list")}).out;
        QVERIFY(committed.contains("Primo"));

        QProcess writer;
        writer.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(writer.waitForStarted());
        // A page cache too small for the write makes SQLite put changed pages into the
        // file before the commit, after saving their old content in the journal.
        writer.write("PRAGMA journal_mode = DELETE;\nPRAGMA cache_size = 5;\nBEGIN;\n"
                     "UPDATE incidents SET title = 'CRASHED';\nCREATE TABLE filler(x);\n"
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                     "INSERT INTO filler SELECT randomblob(2000) FROM n;\n");
        // The script done, sqlite3 waits for more input with the transaction open.
        auto halfWritten = [&] {
            QFile file(path);
            return QFileInfo(path + QStringLiteral("-journal")).size() > 0 && file.open(QIODevice::ReadOnly)
                && file.readAll().contains("CRASHED");
        };
        QTRY_VERIFY_WITH_TIMEOUT(halfWritten(), 20000);
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QVERIFY(halfWritten());

        const Result r = run({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, committed);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    void newerWorkspace_exit4_untouched()
    {
        const QString path = db(QStringLiteral("newer.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA user_version = 999;")});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            QSKIP("sqlite3 command-line tool not installed");
        const QByteArray before = hashOf(path);
        const Result r = run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("newer Outage Desk"), r.err.constData());
        QCOMPARE(hashOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
