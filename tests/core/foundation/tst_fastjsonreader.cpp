#include "exchange/FastJsonReader.h"
#include "time/Rfc3339.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace OutageDesk;

namespace {

// Accepted by both, and the same document, down to its serialization.
void buildsQtsDocument(const QByteArray &json)
{
    const auto fast = FastJsonReader::read(json);
    QVERIFY(fast.has_value());
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(*fast, qt);
    QCOMPARE(fast->toJson(QJsonDocument::Compact), qt.toJson(QJsonDocument::Compact));
    QCOMPARE(fast->toJson(), qt.toJson());
}

} // namespace

// The fast reader must build exactly Qt's document, or decline so that Qt decides.
class TestFastJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_buildsQtsDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray(" [ ] \n");
        QTest::newRow("scalars") << QByteArray("{\"a\": true, \"b\": false, \"c\": null, \"d\": 1, \"e\": -42, \"f\": 0}");
        QTest::newRow("nested") << QByteArray("{\"x\": [{\"y\": [1, [2, []]]}, {}], \"z\": {\"w\": \"v\"}}");
        QTest::newRow("escapes") << QByteArray("{\"t\": \"line\\nnext\\t\\\"q\\\" \\\\ \\/ \\b\\f\\r end\"}");
        QTest::newRow("unicode escapes") << QByteArray("{\"t\": \"\\u00e9\\u20AC \\ud83d\\ude00 lone \\udc00\"}");
        QTest::newRow("utf-8") << QByteArray("{\"t\": \"caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80\\n\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\"}");
        QTest::newRow("utf-8 key") << QByteArray("{\"cl\xc3\xa9\": 1}");
        QTest::newRow("keys out of order") << QByteArray("{\"b\": 1, \"a\": 2, \"c\": [3]}");
    }

    void accepted_buildsQtsDocument()
    {
        QFETCH(QByteArray, json);
        buildsQtsDocument(json);
    }

    void unusual_isLeftToQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("scalar document") << QByteArray("1");
        QTest::newRow("garbage after") << QByteArray("{} x");
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b");
        QTest::newRow("raw newline in string") << QByteArray("{\"a\": \"b\nc\"}");
        QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\x41\"}");
        QTest::newRow("short unicode escape") << QByteArray("{\"a\": \"\\u12\"}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xc3\x28\"}");
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\": \"\xc0\xaf\"}");
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\": \"\xed\xa0\x80\"}");
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1, \"a\": 2}");
        QTest::newRow("fraction") << QByteArray("{\"a\": 1.5}");
        QTest::newRow("exponent") << QByteArray("{\"a\": 1e3}");
        QTest::newRow("leading zero") << QByteArray("{\"a\": 01}");
        QTest::newRow("huge integer") << QByteArray("{\"a\": 12345678901234567890}");
        QTest::newRow("bare word") << QByteArray("{\"a\": nul}");
        QTest::newRow("deep nesting") << QByteArray(300, '[') + QByteArray(300, ']');
    }

    void unusual_isLeftToQt()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!FastJsonReader::read(json).has_value());
    }

    // Random damage to a real file: whenever the fast reader accepts, Qt must accept
    // and agree; whenever Qt refuses, the fast reader must have declined.
    void mutations_neverDisagreeWithQt()
    {
        QFile file(QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/primo-eu01-2016-11.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QVERIFY(FastJsonReader::read(original).has_value());
        const QByteArray alphabet("{}[]:,\"\\/\n\t 0123456789.eE+-tfnulrsabu\x01\x7f\xc3\xa9\xe2\x80\xed\xa0\xf4\x90\xff");
        QRandomGenerator rng(2016);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray damaged = original;
            const int edits = 1 + rng.bounded(3);
            for (int e = 0; e < edits && !damaged.isEmpty(); ++e) { // a truncation may leave nothing
                const int at = rng.bounded(int(damaged.size()));
                const char c = alphabet.at(rng.bounded(int(alphabet.size())));
                switch (rng.bounded(4)) {
                case 0: damaged[at] = c; break;
                case 1: damaged.insert(at, c); break;
                case 2: damaged.remove(at, 1 + rng.bounded(4)); break;
                default: damaged.truncate(at); break;
                }
            }
            const auto fast = FastJsonReader::read(damaged);
            QJsonParseError error;
            const QJsonDocument qt = QJsonDocument::fromJson(damaged, &error);
            if (fast) {
                ++accepted;
                QVERIFY2(error.error == QJsonParseError::NoError, damaged.constData());
                QVERIFY2(*fast == qt, damaged.constData());
            }
        }
        QVERIFY(accepted > 500); // the damage often leaves valid JSON, which must then agree
    }

    // A large array is built by several threads, each from a run of its elements;
    // the strings hold what could be mistaken for the array's own commas and brackets.
    static QByteArray largeArray(bool topLevel)
    {
        QByteArray items;
        for (int i = 0; items.size() < 1200 * 1024; ++i) {
            if (i > 0)
                items += i % 7 == 0 ? QByteArray(" ,\n ") : QByteArray(",");
            items += QStringLiteral("{\"n\": %1, \"text\": \"line %1\\nnext ], } [ {\\\"x\\\": 1, \\\\\", "
                                    "\"u\": \"caf\\u00e9 \u20ac\", \"list\": [%1, [\"a,b]\"], {}, null, true]}")
                         .arg(i)
                         .toUtf8();
        }
        return topLevel ? "[" + items + "]" : "{\"before\": [1, 2], \"items\": [" + items + "], \"after\": {\"x\": []}}";
    }

    void largeArray_buildsQtsDocument_data()
    {
        QTest::addColumn<bool>("topLevel");
        QTest::newRow("member of the top-level object") << false;
        QTest::newRow("the top-level array") << true;
    }

    void largeArray_buildsQtsDocument()
    {
        QFETCH(bool, topLevel);
        buildsQtsDocument(largeArray(topLevel));
    }

    // Damage wherever it falls, between runs or inside one, must not make the
    // threads agree on something Qt would not build.
    void largeArray_mutationsNeverDisagreeWithQt()
    {
        const QByteArray original = largeArray(false);
        const QByteArray alphabet("{}[]:,\"\\\n 0a\x01\xc3");
        QRandomGenerator rng(2016);
        int accepted = 0;
        for (int round = 0; round < 15; ++round) {
            QByteArray damaged = original;
            const int at = rng.bounded(int(damaged.size()));
            const char c = alphabet.at(rng.bounded(int(alphabet.size())));
            switch (rng.bounded(3)) {
            case 0: damaged[at] = c; break;
            case 1: damaged.insert(at, c); break;
            default: damaged.remove(at, 1 + rng.bounded(4)); break;
            }
            const auto fast = FastJsonReader::read(damaged);
            if (fast) {
                ++accepted;
                QJsonParseError error;
                const QJsonDocument qt = QJsonDocument::fromJson(damaged, &error);
                QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(QStringLiteral("round %1").arg(round)));
                QVERIFY2(*fast == qt, qPrintable(QStringLiteral("round %1").arg(round)));
            }
        }
        QVERIFY(accepted > 0);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("utcMs"); // -1: refused
        QTest::newRow("Z") << "2016-11-14T13:56:00Z" << qint64(1479131760000);
        QTest::newRow("lower z and t") << "2016-11-14t13:56:00z" << qint64(1479131760000);
        QTest::newRow("space") << "2016-11-14 13:56:00Z" << qint64(1479131760000);
        QTest::newRow("offset") << "2016-11-14T14:56:00+01:00" << qint64(1479131760000);
        QTest::newRow("negative offset") << "2016-11-14T08:26:00-05:30" << qint64(1479131760000);
        QTest::newRow("fraction") << "2016-11-14T13:56:00.25Z" << qint64(1479131760250);
        QTest::newRow("nanoseconds") << "2016-11-14T13:56:00.123456789Z" << qint64(1479131760123);
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000);
        QTest::newRow("leap day") << "2016-02-29T00:00:00Z" << qint64(1456704000000);
        QTest::newRow("no leap day") << "2015-02-29T00:00:00Z" << qint64(-1);
        QTest::newRow("no offset") << "2016-11-14T13:56:00" << qint64(-1);
        QTest::newRow("hour 24") << "2016-11-14T24:00:00Z" << qint64(-1);
        QTest::newRow("offset hour 24") << "2016-11-14T13:56:00+24:00" << qint64(-1);
        QTest::newRow("ten fraction digits") << "2016-11-14T13:56:00.1234567890Z" << qint64(-1);
        QTest::newRow("empty fraction") << "2016-11-14T13:56:00.Z" << qint64(-1);
        QTest::newRow("trailing text") << "2016-11-14T13:56:00Zx" << qint64(-1);
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("\xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa6-11-14T13:56:00Z") << qint64(-1);
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, utcMs);
        Rfc3339::Error error = Rfc3339::Error::None;
        const QDateTime instant = Rfc3339::parse(text, &error);
        if (utcMs == -1) {
            QVERIFY(!instant.isValid());
            QVERIFY(error != Rfc3339::Error::None);
        } else {
            QCOMPARE(instant.toMSecsSinceEpoch(), utcMs);
            QCOMPARE(instant.timeSpec(), Qt::UTC);
            QCOMPARE(error, Rfc3339::Error::None);
        }
    }
};

QTEST_GUILESS_MAIN(TestFastJsonReader)
#include "tst_fastjsonreader.moc"
