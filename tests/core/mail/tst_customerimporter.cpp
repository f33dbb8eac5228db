#include "exchange/CustomerImporter.h"
#include "storage/CatalogRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// The customer import against a real workspace file: refusals name the line and
// write nothing; a good file creates, a second one updates.
class TestCustomerImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    static const QByteArray &header()
    {
        static const QByteArray h("email,name,language,subscriptions\n");
        return h;
    }

    static bool seed(Workspace &ws)
    {
        CatalogRepository catalog(&ws);
        QString error;
        DataCenter eu{0, "EU", "Europe Data Center", "Europe/Amsterdam"};
        DataCenter na{0, "NA", "North America", "America/Chicago"};
        Instance primo{0, "Primo MT EU01", "Primo", "EU"};
        Instance alma{0, "Alma EU02", "Alma", "EU"};
        Instance leganto{0, "Leganto NA01", "Leganto", "NA"};
        return catalog.saveDataCenter(eu, &error) && catalog.saveDataCenter(na, &error) && catalog.saveInstance(primo, &error)
            && catalog.saveInstance(alma, &error) && catalog.saveInstance(leganto, &error);
    }

    QString write(const QByteArray &content)
    {
        QFile f(m_dir.filePath(QStringLiteral("customers-%1.csv").arg(++m_files)));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return f.fileName();
    }

    static int rows(Workspace &ws, const char *table)
    {
        QSqlQuery q(ws.database());
        return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const QByteArray ok("ok@x.example,OK,en,EU\n");
        QTest::newRow("bad address") << header() + ok + "not-an-address,X,en,EU\n" << "line 3" << "not an e-mail address";
        QTest::newRow("display name") << header() + ok + "\"Central IT <it@x.example>\",X,en,EU\n" << "line 3"
                                      << "not an e-mail address";
        QTest::newRow("header injection in address") << header() + "\"a@x.example\nBcc: b@y.example\",X,en,EU\n" << "line 2"
                                                     << "\\x0a";
        QTest::newRow("unknown data center") << header() + ok + "b@x.example,B,en,AP\n" << "line 3" << "“AP”";
        QTest::newRow("unknown instance") << header() + ok + "b@x.example,B,en,EU;Primo MT EU99\n" << "line 3"
                                          << "“Primo MT EU99”";
        QTest::newRow("unknown language") << header() + ok + "b@x.example,B,klingon,EU\n" << "line 3" << "language";
        QTest::newRow("unknown two-letter language") << header() + ok + "b@x.example,B,qq,EU\n" << "line 3" << "language";
        QTest::newRow("empty language") << header() + ok + "b@x.example,B,,EU\n" << "line 3" << "language";
        QTest::newRow("duplicate") << header() + ok + "b@x.example,B,en,EU\nOK@X.example,again,de,NA\n" << "line 4"
                                   << "already on line 2";
        QTest::newRow("missing column") << QByteArray("email,name,subscriptions\nok@x.example,OK,EU\n") << "line 1"
                                        << "language is missing";
        QTest::newRow("column twice") << QByteArray("email,name,language,subscriptions,email\nx@x.example,X,en,EU,y\n")
                                      << "line 1" << "appears twice";
        QTest::newRow("broken quoting") << header() + ok + "b@x.example,\"B,en,EU\n" << "line 3" << "not closed";
        QTest::newRow("quote in field") << header() + ok + "b@x.example,B\"x,en,EU\n" << "line 3" << "quote";
        QTest::newRow("too few fields") << header() + ok + "b@x.example,B,en\n" << "line 3" << "3 fields";
        QTest::newRow("line counted past quoted newline")
            << header() + "ok@x.example,Two,en,\"EU;\nPrimo MT EU01\"\n" + "bad,X,en,EU\n" << "line 4" << "not an e-mail address";
        QTest::newRow("control character in name") << header() + "b@x.example,\"B\x1b[31m\",en,EU\n" << "line 2"
                                                   << "control character";
        QTest::newRow("no subscriptions") << header() + "b@x.example,B,en, ; \n" << "line 2" << "no subscriptions";
        QTest::newRow("not UTF-8") << header() + "b@x.example,Universit\xE4t,de,EU\n" << "line 2" << "not UTF-8";
        QTest::newRow("empty file") << QByteArray() << "" << "empty";
    }

    void refusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("refusal-%1.sqlite").arg(QTest::currentDataTag()))));
        QVERIFY(seed(ws));
        // Something registered before: a refused file must leave it exactly as it was.
        CustomerImporter::Summary summary;
        ImportError error;
        QVERIFY(CustomerImporter::importFile(&ws, write(header() + "keep@x.example,Keep,fr,NA\n"), &summary, &error));
        const QList<Customer> before = CustomerRepository(&ws).customers();

        const QString file = write(content);
        QVERIFY(!CustomerImporter::importFile(&ws, file, &summary, &error));
        QCOMPARE(error.file, file);
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
        QVERIFY2(!error.toString().contains(QLatin1Char('\n')) && !error.toString().contains(QLatin1Char('\r')),
                 qPrintable(error.toString()));
        QCOMPARE(CustomerRepository(&ws).customers(), before);
        QCOMPARE(rows(ws, "customers"), 1);
        QCOMPARE(rows(ws, "customer_subscriptions"), 1);
    }

    void import_createsThenUpdates_keepingUnsubscription()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("import.sqlite"))));
        QVERIFY(seed(ws));
        const QByteArray first = "\xEF\xBB\xBF" "language,email,extra,subscriptions,name\r\n"
                                 "en,it-desk@library.example,ignored,EU,Central Library IT\r\n"
                                 "de,bib@uni.example,,\"Primo MT EU01;Alma EU02\",\"Universit\xC3\xA4tsbibliothek, Campus\"\r\n"
                                 "he,all@x.example,,*,\xD7\xA6\xD7\x95\xD7\x95\xD7\xAA\r\n";
        CustomerImporter::Summary summary;
        ImportError error;
        QVERIFY2(CustomerImporter::importFile(&ws, write(first), &summary, &error), qPrintable(error.toString()));
        QCOMPARE(summary.created, 3);
        QCOMPARE(summary.updated, 0);
        CustomerRepository repo(&ws);
        auto bib = repo.customer(QStringLiteral("BIB@uni.example"));
        QVERIFY(bib);
        QCOMPARE(bib->name, QString::fromUtf8("Universitätsbibliothek, Campus"));
        QCOMPARE(bib->language, QStringLiteral("de"));
        QCOMPARE(bib->subscriptions, (QStringList{"Primo MT EU01", "Alma EU02"}));
        QVERIFY(!bib->uuid.isNull());
        const QUuid uuid = bib->uuid;

        QString why;
        QVERIFY(repo.setUnsubscribed(QStringLiteral("bib@uni.example"), true, &why));
        const QByteArray second = "email,name,language,subscriptions\n"
                                  "Bib@Uni.example,UB,fr,NA\n"
                                  "new@x.example,New,en,Leganto NA01\n";
        QVERIFY2(CustomerImporter::importFile(&ws, write(second), &summary, &error), qPrintable(error.toString()));
        QCOMPARE(summary.created, 1);
        QCOMPARE(summary.updated, 1);
        bib = repo.customer(QStringLiteral("bib@uni.example"));
        QCOMPARE(bib->uuid, uuid);
        QCOMPARE(bib->email, QStringLiteral("Bib@Uni.example"));
        QCOMPARE(bib->language, QStringLiteral("fr"));
        QCOMPARE(bib->subscriptions, QStringList{"NA"});
        QVERIFY(bib->unsubscribed);
        QCOMPARE(repo.count(), 4);
    }

    void subscribersOf_matchesDataCenterInstanceOrEverything()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("subscribers.sqlite"))));
        QVERIFY(seed(ws));
        const QByteArray content = "email,name,language,subscriptions\n"
                                   "eu@x.example,EU,en,EU\n"
                                   "primo@x.example,Primo,de,Primo MT EU01\n"
                                   "alma@x.example,Alma,de,Alma EU02\n"
                                   "na@x.example,NA,fr,NA\n"
                                   "all@x.example,All,he,*\n"
                                   "gone@x.example,Gone,en,EU\n";
        CustomerImporter::Summary summary;
        ImportError error;
        QVERIFY(CustomerImporter::importFile(&ws, write(content), &summary, &error));
        CustomerRepository repo(&ws);
        QString why;
        QVERIFY(repo.setUnsubscribed(QStringLiteral("gone@x.example"), true, &why));
        auto emails = [](const QList<Customer> &list) {
            QStringList out;
            for (const Customer &c : list)
                out << c.email;
            return out;
        };
        QCOMPARE(emails(repo.subscribersOf({"EU"}, {"Primo MT EU01"})),
                 (QStringList{"all@x.example", "eu@x.example", "primo@x.example"}));
        QCOMPARE(emails(repo.subscribersOf({"NA"}, {"Leganto NA01"})), (QStringList{"all@x.example", "na@x.example"}));
        QVERIFY(repo.remove(QStringLiteral("ALL@x.example"), &why));
        QCOMPARE(emails(repo.subscribersOf({"NA"}, {})), QStringList{"na@x.example"});
        QVERIFY(!repo.remove(QStringLiteral("nobody@x.example"), &why));
        QVERIFY(why.contains("nobody@x.example"));
        QCOMPARE(rows(ws, "customer_subscriptions"), 5); // the removed customer's went with it
    }
};

QTEST_GUILESS_MAIN(TestCustomerImporter)
#include "tst_customerimporter.moc"
