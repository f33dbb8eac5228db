#include "TestPaths.h"
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    const QString m_example = TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json"));

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
        p.start(TestPaths::binary(), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString db(const QString &name) { return m_dir.filePath(name); }

    // The first page of a table or index of the workspace at `path` (SQLite counts from 1).
    static int rootPageOf(const QString &path, const QString &name)
    {
        int page = 0;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rootpage"));
            sql.setDatabaseName(path);
            sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (sql.open()) {
                QSqlQuery q(sql);
                q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
                q.addBindValue(name);
                if (q.exec() && q.next())
                    page = q.value(0).toInt();
            }
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rootpage"));
        return page;
    }

    // Inverts two bytes of the header of page `page` (its cell count), as failing storage does.
    static bool flipPageHeader(const QString &path, int page)
    {
        constexpr int kPageSize = 32768; // of workspaces the app creates
        QFile f(path);
        if (page < 1 || !f.open(QIODevice::ReadWrite) || !f.seek(qint64(page - 1) * kPageSize + 3))
            return false;
        QByteArray bytes = f.read(2);
        for (char &b : bytes)
            b = char(~b);
        return f.seek(qint64(page - 1) * kPageSize + 3) && f.write(bytes) == 2;
    }

    // The commands that read a whole workspace or send from it, each of which must refuse
    // a damaged one with exit 4.
    QList<QStringList> readersAndPublishers()
    {
        return {{QStringLiteral("list")},
                {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
                {QStringLiteral("portal"), QStringLiteral("build"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("site"))},
                {QStringLiteral("publish"), QStringLiteral("6f1c2a4e"), QStringLiteral("--portal"), QStringLiteral("status")},
                {QStringLiteral("import"), m_example}};
    }

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

    // A byte a terminal acts on: C0 but for line breaks and tabs, DEL, and C1 in UTF-8.
    static bool hasRawControl(const QByteArray &bytes)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                return true;
            if (c == 0xc2 && i + 1 < bytes.size() && static_cast<unsigned char>(bytes.at(i + 1)) >= 0x80
                && static_cast<unsigned char>(bytes.at(i + 1)) <= 0x9f)
                return true;
        }
        return false;
    }

    // The example with its title, and the RCA's heading, replaced (JSON escapes in `title`).
    QString exampleTitled(const QString &name, const QByteArray &title)
    {
        QByteArray content = example();
        content.replace("\"Primo MT EU01 service interruptions, 14-16 November 2016\"", "\"" + title + "\"");
        content.replace("\"text\": \"# Primo MT EU01 service interruptions, 14-16 November 2016", "\"text\": \"# " + title);
        return write(name, content);
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
                         TestPaths::fixture(QStringLiteral("incident.schema.json")), out});
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

    // Titles that would drive the terminal: a carriage return that overwrites the line, an
    // escape sequence that clears the screen, an OSC sequence that renames the window, a
    // C1 CSI, a line break that fakes a second incident.
    void terminalOutput_escapesControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("title"); // as written in the JSON file
        QTest::addColumn<QByteArray>("shown"); // as `list` prints it
        QTest::newRow("carriage return") << QByteArray("Real title\\rFake title") << QByteArray("Real title\\rFake title");
        QTest::newRow("escape sequence") << QByteArray("Down \\u001b[2J\\u001b[31mred") << QByteArray("Down \\u001b[2J\\u001b[31mred");
        QTest::newRow("osc window title") << QByteArray("Down \\u001b]0;title\\u0007 here") << QByteArray("Down \\u001b]0;title\\u0007 here");
        QTest::newRow("c1 csi and del") << QByteArray("Down \\u009b2J\\u007f") << QByteArray("Down \\u009b2J\\u007f");
        QTest::newRow("fake line") << QByteArray("Down\\n00000000-0000-0000-0000-000000000000\\tresolved")
                                   << QByteArray("Down\\n00000000-0000-0000-0000-000000000000\\tresolved");
    }

    void terminalOutput_escapesControlCharacters()
    {
        QFETCH(QByteArray, title);
        QFETCH(QByteArray, shown);
        const QString path = db(QStringLiteral("terminal-%1.sqlite").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        Result r = run({QStringLiteral("--db"), path, QStringLiteral("import"), exampleTitled(QStringLiteral("terminal.json"), title)});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!hasRawControl(r.out), r.out.constData());
        QCOMPARE(r.out.count('\n'), 1); // one incident, one line
        QVERIFY2(r.out.endsWith("\t" + shown + "\n"), r.out.constData());

        // JSON stays JSON with the same title: its escapes are JSON's.
        r = run({QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!hasRawControl(r.out), r.out.constData());
        QJsonParseError parseError;
        const QJsonArray listed = QJsonDocument::fromJson(r.out, &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QString expectedTitle = QJsonDocument::fromJson("[\"" + title + "\"]").array().first().toString();
        QCOMPARE(listed.first()[QStringLiteral("title")].toString(), expectedTitle);

        // A refusal quoting such text: one escaped line.
        QByteArray content = example();
        content.replace("\"code\": \"EU\"", "\"code\": \"" + title + "\"");
        r = run({QStringLiteral("--db"), path, QStringLiteral("import"), write(QStringLiteral("bad-code.json"), content)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!hasRawControl(r.err), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains("dataCenters[0].code: \"" + shown + "\" is not a valid data center code"), r.err.constData());

        // Into a pipe a document goes byte for byte; on a terminal it is escaped too.
        r = run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("6f1c2a4e"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("# " + expectedTitle.toUtf8() + "\n"));
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script (util-linux) is not installed: no terminal to print to");
        QProcess onTerminal;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        onTerminal.setProcessEnvironment(env);
        // script runs the command on a pseudo-terminal of its own and copies what it shows.
        onTerminal.start(script, {QStringLiteral("-qec"),
                                  QStringLiteral("'%1' --db '%2' export 6f1c2a4e --format md").arg(TestPaths::binary(), path),
                                  QStringLiteral("/dev/null")});
        QVERIFY(onTerminal.waitForFinished(60000));
        QCOMPARE(onTerminal.exitCode(), 0);
        const QByteArray shownOnTerminal = onTerminal.readAllStandardOutput().replace("\r\n", "\n"); // the terminal's own line ends
        // A document keeps its line breaks and tabs.
        QVERIFY2(shownOnTerminal.contains("# " + QByteArray(shown).replace("\\n", "\n").replace("\\t", "\t")),
                 shownOnTerminal.constData());
        QVERIFY2(!hasRawControl(shownOnTerminal), shownOnTerminal.constData());
    }

    // Names given on the command line are quoted in errors: escaped, one line, and no
    // Qt warning beside it.
    void commandLineText_isEscapedInErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("subcommand") << QStringList{QStringLiteral("fro\x1b]0;owned\x07")}
                                    << QByteArray("unknown subcommand fro\\u001b]0;owned\\u0007") << 2;
        QTest::newRow("option") << QStringList{QStringLiteral("list"), QStringLiteral("--x\r\nfake")} << QByteArray("x\\r\\nfake") << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/a\rb.json")}
                                      << QByteArray("/nonexistent/a\\rb.json: cannot read the file") << 2;
        QTest::newRow("directory as file") << QStringList{QStringLiteral("import"), QStringLiteral("/")}
                                           << QByteArray("/: cannot read the file") << 2;
        QTest::newRow("incident id") << QStringList{QStringLiteral("export"), QStringLiteral("\x1b[2J123456789"), QStringLiteral("--format"), QStringLiteral("json")}
                                     << QByteArray("\\u001b[2J123456789") << 2;
    }

    void commandLineText_isEscapedInErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, fragment);
        QFETCH(int, exitCode);
        const Result r = run(QStringList{QStringLiteral("--db"), db(QStringLiteral("escaped.sqlite"))} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(fragment), r.err.constData());
        QVERIFY2(!hasRawControl(r.err), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("outagedesk"), r.err.constData());
        QVERIFY(!hasRawControl(r.out));
    }

    // Bytes flipped in a page of the incidents table or of its uuid index of a workspace
    // the app wrote: every command that reads it whole or publishes from it refuses with
    // exit 4 and one line naming the damage and how to recover; `check` lists it.
    void damagedWorkspace_refusedWithExit4_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<bool>("large"); // beyond the size checked on every open
        QTest::newRow("incidents page") << "incidents" << false;
        QTest::newRow("index page") << "sqlite_autoindex_incidents_1" << false;
        QTest::newRow("incidents page, large workspace") << "incidents" << true;
    }

    void damagedWorkspace_refusedWithExit4()
    {
        QFETCH(QString, object);
        QFETCH(bool, large);
        const QString path = db(QStringLiteral("damaged-%1-%2.sqlite").arg(object).arg(large));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode, 0);
        if (large) {
            // 40 MB of something else after the incidents: opening it skips the check.
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filler"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(x)")));
            QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1280) "
                                          "INSERT INTO filler SELECT randomblob(32000) FROM n")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            sql.close();
            sql = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("filler"));
            QVERIFY(QFileInfo(path).size() > 40 * 1000 * 1000);
        }
        QVERIFY(flipPageHeader(path, rootPageOf(path, object)));
        const QByteArray before = hashOf(path);
        for (const QStringList &command : readersAndPublishers()) {
            if (large && command.first() == QLatin1String("list"))
                continue; // a list reads one page of a large workspace; the check would read it all
            const Result r = run(QStringList{QStringLiteral("--db"), path} + command);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.startsWith("outagedesk: Workspace " + path.toUtf8() + " is damaged ("), r.err.constData());
            QVERIFY2(r.err.contains(".recover"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("site"))).exists());
        const Result check = run({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains("Page "), check.out.constData());
        QVERIFY2(check.err.contains("is damaged"), check.err.constData());
        QCOMPARE(check.err.count('\n'), 1);
        QCOMPARE(hashOf(path), before);
    }

    void truncatedWorkspace_isNamedDamaged()
    {
        const QString path = db(QStringLiteral("truncated.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2 + 1000));
        for (const QStringList &command : readersAndPublishers()) {
            const Result r = run(QStringList{QStringLiteral("--db"), path} + command);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("is damaged (the file is "), r.err.constData());
            QVERIFY2(r.err.contains("it was cut short"), r.err.constData());
            QVERIFY2(!r.err.contains("not an SQLite database"), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        const Result check = run({QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--quick")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.out.contains("cut short"));
    }

    void check_exitCodes()
    {
        const QString path = db(QStringLiteral("check.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), m_example}).exitCode, 0);
        Result r = run({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("intact"), r.out.constData());
        QVERIFY(r.err.isEmpty());
        r = run({QStringLiteral("--db"), db(QStringLiteral("none.sqlite")), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QFile::exists(db(QStringLiteral("none.sqlite")))); // a check creates nothing
        r = run({QStringLiteral("--db"), m_example, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("not an SQLite database"));
        QVERIFY(run({QStringLiteral("--help")}).out.contains("check"));
    }

    // A workspace nobody may write (its file, or its folder): it is read (list, export);
    // writes say "read-only". Run as an ordinary user: root may write anything.
    void readOnlyWorkspace_readsAndRefusesWrites_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("file 0444") << false;
        QTest::newRow("folder 0555") << true;
    }

    void readOnlyWorkspace_readsAndRefusesWrites()
    {
        QFETCH(bool, folder);
        const bool root = qEnvironmentVariable("USER") == QLatin1String("root") || QDir::homePath() == QLatin1String("/root");
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (root && runuser.isEmpty())
            QSKIP("running as root without runuser: every file is writable");
        QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/outagedesk-ro-XXXXXX"));
        QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::Permissions(0x7777)));
        const QString dir = shared.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::Permissions(0x7777)));
        const QString path = dir + QStringLiteral("/ro.sqlite");
        auto runAs = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OUTAGEDESK_NOW"), QStringLiteral("2026-11-23T12:00:00Z"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), shared.filePath(QStringLiteral("xdg")));
            p.setProcessEnvironment(env);
            QStringList all{QStringLiteral("--db"), path};
            all << args;
            if (root)
                p.start(runuser, QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                             TestPaths::binary()} + all);
            else
                p.start(TestPaths::binary(), all);
            p.waitForFinished(60000);
            return Result{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const QString example = shared.filePath(QStringLiteral("example.json"));
        QVERIFY(QFile::copy(m_example, example));
        QVERIFY(QFile::setPermissions(example, QFileDevice::Permissions(0x4444)));
        Result r = runAs({QStringLiteral("import"), example});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x4444)));
        if (folder)
            QVERIFY(QFile::setPermissions(dir, QFileDevice::Permissions(0x5555)));
        const QByteArray before = hashOf(path);

        r = runAs({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Primo MT EU01"), r.err.constData());
        QVERIFY(r.err.isEmpty());
        r = runAs({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)[QStringLiteral("incidents")].toArray().size(), 1);
        QVERIFY(runAs({QStringLiteral("check")}).exitCode == 0);

        for (const QStringList &write : {QStringList{QStringLiteral("import"), example},
                                         QStringList{QStringLiteral("approve"), QStringLiteral("6f1c2a4e"), QStringLiteral("--by"), QStringLiteral("x")}}) {
            r = runAs(write);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains("is read-only ("), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        }
        QCOMPARE(hashOf(path), before);
        QVERIFY(QFile::setPermissions(dir, QFileDevice::Permissions(0x7777)));
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
