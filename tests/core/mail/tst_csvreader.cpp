#include "exchange/CsvReader.h"

#include <QTest>

using namespace OutageDesk;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain LF") << QByteArray("a,b\nc,d\n") << QList<QStringList>{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
        QTest::newRow("CRLF, no final break") << QByteArray("a,b\r\nc,d") << QList<QStringList>{{"a", "b"}, {"c", "d"}}
                                              << QList<int>{1, 2};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "email,name\nx,y\n") << QList<QStringList>{{"email", "name"}, {"x", "y"}}
                             << QList<int>{1, 2};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QList<QStringList>{{"a,b", "c"}} << QList<int>{1};
        QTest::newRow("quoted newline counts lines") << QByteArray("h\n\"one\ntwo\"\nlast\n")
                                                     << QList<QStringList>{{"h"}, {"one\ntwo"}, {"last"}} << QList<int>{1, 2, 4};
        QTest::newRow("quoted CRLF kept") << QByteArray("\"a\r\nb\"\r\n") << QList<QStringList>{{"a\r\nb"}} << QList<int>{1};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << QList<QStringList>{{"say \"hi\"", "x"}}
                                       << QList<int>{1};
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x\n") << QList<QStringList>{{"", "", ""}, {"", "x"}}
                                      << QList<int>{1, 2};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << QList<QStringList>{{"a"}, {"b"}}
                                             << QList<int>{1, 4};
        QTest::newRow("UTF-8 kept") << QByteArray("Universit\xC3\xA4tsbibliothek,\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\n")
                                    << QList<QStringList>{{QString::fromUtf8("Universitätsbibliothek"), QString::fromUtf8("שלום")}}
                                    << QList<int>{1};
    }

    void reads()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        QList<CsvReader::Record> read;
        int line = 0;
        QString error;
        QVERIFY2(CsvReader::read(input, &read, &line, &error), qPrintable(error));
        QCOMPARE(read.size(), records.size());
        for (int i = 0; i < read.size(); ++i) {
            QCOMPARE(read.at(i).fields, records.at(i));
            QCOMPARE(read.at(i).line, lines.at(i));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unterminated quote") << QByteArray("a\nb\n\"open,\nmore\n") << 3 << "not closed";
        QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y,z\n") << 2 << "after the closing quote";
        QTest::newRow("quote inside unquoted") << QByteArray("a\nb\nab\"c\n") << 3 << "quote inside an unquoted";
        QTest::newRow("lone CR") << QByteArray("a\rb\n") << 1 << "carriage return";
        QTest::newRow("not UTF-8") << QByteArray("a\nb\n\xFF\xFE,x\n") << 3 << "not UTF-8";
        QTest::newRow("Latin-1 umlaut") << QByteArray("a\nUniversit\xE4t\n") << 2 << "not UTF-8";
    }

    void refuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        QList<CsvReader::Record> read{{9, {"untouched"}}};
        int errorLine = 0;
        QString error;
        QVERIFY(!CsvReader::read(input, &read, &errorLine, &error));
        QCOMPARE(errorLine, line);
        QVERIFY2(error.contains(fragment), qPrintable(error));
        QCOMPARE(read.size(), 1); // left as it was
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
