#include "TestPaths.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `customers import|list|remove|unsubscribe` of the real binary on a real workspace.
class TestCliCustomers : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QString m_db;
    int m_files = 0;

    Result run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        p.start(TestPaths::binary(), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QByteArray &content)
    {
        QFile f(m_dir.filePath(QStringLiteral("customers-%1.csv").arg(++m_files)));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return f.fileName();
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    QJsonArray listJson()
    {
        const Result r = run({"customers", "list", "--json"});
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }

    static bool hasControlCharacter(const QByteArray &bytes)
    {
        for (const char c : bytes) {
            if ((uchar(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        const Result r = run({"import", TestPaths::fixture("primo-eu01-2016-11.json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void import_list_unsubscribe_remove()
    {
        const QString file = write("\xEF\xBB\xBF" "email,name,language,subscriptions\r\n"
                                   "it-desk@library.example,Central Library IT,en,EU\r\n"
                                   "bib@uni.example,\"Universit\xC3\xA4tsbibliothek, Campus\",de,Primo MT EU01\r\n"
                                   "tab@x.example,Tab here,fr,*\r\n");
        Result r = run({"customers", "import", file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("3 customers created, 0 updated"), r.out.constData());

        QJsonArray list = listJson();
        QCOMPARE(list.size(), 3);
        const QJsonObject bib = list.at(0).toObject();
        QCOMPARE(bib.value("email").toString(), QStringLiteral("bib@uni.example"));
        QCOMPARE(bib.value("name").toString(), QString::fromUtf8("Universitätsbibliothek, Campus"));
        QCOMPARE(bib.value("language").toString(), QStringLiteral("de"));
        QCOMPARE(bib.value("subscriptions").toArray(), QJsonArray{"Primo MT EU01"});
        QCOMPARE(bib.value("unsubscribed").toBool(), false);
        QCOMPARE(list.at(2).toObject().value("subscriptions").toArray(), QJsonArray{"*"});

        r = run({"customers", "list"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY(r.out.contains("tab@x.example\tfr\tsubscribed\t*\tTab here\n"));

        r = run({"customers", "unsubscribe", "BIB@uni.example"});
        QCOMPARE(r.exitCode, 0);
        list = listJson();
        QCOMPARE(list.at(0).toObject().value("unsubscribed").toBool(), true);
        QCOMPARE(list.size(), 3);

        r = run({"customers", "remove", "it-desk@library.example"});
        QCOMPARE(r.exitCode, 0);
        list = listJson();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value("email").toString(), QStringLiteral("tab@x.example"));
    }

    void refusals_exit2_oneLine_nothingWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("fragment");
        const QByteArray header("email,name,language,subscriptions\n");
        QTest::newRow("bad address") << header + "ok@x.example,A,en,EU\nnope,B,en,EU\n" << QByteArray(": line 3: ");
        QTest::newRow("unknown data center") << header + "ok@x.example,A,en,AP\n" << QByteArray(": line 2: ");
        QTest::newRow("header injection")
            << header + "\"ok@x.example\r\nBcc: all@evil.example\",A,en,EU\n" << QByteArray("\\x0d\\x0aBcc");
        QTest::newRow("escape in name") << header + "ok@x.example,\"\x1b]0;owned\x07\",en,EU\n" << QByteArray("\\x1b]0;owned\\x07");
        QTest::newRow("broken quoting") << header + "ok@x.example,\"A,en,EU\n" << QByteArray(": line 2: ");
    }

    void refusals_exit2_oneLine_nothingWritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, fragment);
        const QString first = write("email,name,language,subscriptions\nkeep@x.example,K,en,EU\n");
        QCOMPARE(run({"customers", "import", first}).exitCode, 0);
        const QByteArray before = hashOf(m_db);
        const QString file = write(content);
        const Result r = run({"customers", "import", file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file.toUtf8() + fragment) || r.err.contains(fragment), r.err.constData());
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(!hasControlCharacter(r.err), r.err.constData());
        QCOMPARE(hashOf(m_db), before);
        QCOMPARE(listJson().size(), 1);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("fragment");
        QTest::newRow("no action") << QStringList{"customers"} << QByteArray("customers import FILE.csv");
        QTest::newRow("unknown action") << QStringList{"customers", "mail"} << QByteArray("customers import FILE.csv");
        QTest::newRow("remove unknown") << QStringList{"customers", "remove", "nobody@x.example"}
                                        << QByteArray("no customer with the address");
        QTest::newRow("unsubscribe unknown") << QStringList{"customers", "unsubscribe", "nobody@x.example"}
                                             << QByteArray("no customer with the address");
        QTest::newRow("missing file") << QStringList{"customers", "import", "/nonexistent/c.csv"} << QByteArray("cannot read");
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, fragment);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fragment), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void help_namesTheActions()
    {
        Result r = run({"--help"});
        QVERIFY(r.out.contains("customers"));
        r = run({"customers", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("unsubscribe"));
        QVERIFY(r.out.contains("--json"));
    }
};

QTEST_GUILESS_MAIN(TestCliCustomers)
#include "tst_cli_customers.moc"
