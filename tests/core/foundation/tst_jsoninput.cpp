#include "TestPaths.h"
#include "exchange/JsonInput.h"
#include "time/Rfc3339.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace OutageDesk;

namespace {

QJsonValue toQt(const JsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object;
        for (const auto &[key, member] : value.members())
            object.insert(key, toQt(member));
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array;
        for (const JsonValue &element : value.elements())
            array.append(toQt(element));
        return array;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toDouble();
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Null:
        return QJsonValue(QJsonValue::Null);
    case QJsonValue::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// What Qt makes of `json`, as it writes it back: what JsonInput must read.
QJsonValue qtsReading(const QByteArray &json, QJsonParseError *error)
{
    const QJsonDocument written = QJsonDocument::fromJson(json, error);
    const QJsonDocument doc = QJsonDocument::fromJson(written.toJson());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// Whether `message` points at a byte of `json` that is a raw control character inside a
// string: Qt reads the text with that byte written as an escape instead (outside a
// string, a raw tab or line break is white space, and an escape there is no JSON).
bool pointsAtRawControlInString(const QByteArray &json, const QString &message)
{
    static const QRegularExpression where(QStringLiteral(R"(^malformed JSON at line (\d+), column (\d+): raw control character )"));
    const auto m = where.match(message);
    if (!m.hasMatch())
        return false;
    qsizetype offset = 0;
    for (int line = 1; line < m.captured(1).toInt(); ++line)
        offset = json.indexOf('\n', offset) + 1;
    offset += m.captured(2).toInt() - 1;
    if (offset < 0 || offset >= json.size() || static_cast<unsigned char>(json.at(offset)) >= 0x20)
        return false;
    QByteArray escaped = json;
    escaped.replace(offset, 1, QByteArray("\\u00") + QByteArray::number(int(json.at(offset)), 16).rightJustified(2, '0'));
    QJsonParseError error;
    QJsonDocument::fromJson(escaped, &error);
    return error.error == QJsonParseError::NoError;
}

// Accepted exactly when Qt accepts, with the same values; refused with Qt's message.
// Returns whether it was accepted.
bool agreesWithQt(const QByteArray &json, const char *what)
{
    JsonInput input;
    QString message;
    const bool read = input.read(QByteArray(json), &message);
    QJsonParseError qtError{0, QJsonParseError::NoError};
    const QJsonValue qt = qtsReading(json, &qtError);
    const bool qtRead = qtError.error == QJsonParseError::NoError;
    if (!read && qtRead) {
        // The one exception: half a surrogate pair, which the text must then hold.
        static const QRegularExpression escape(QStringLiteral(R"(\\u[dD][89a-fA-F][0-9a-fA-F]{2})"));
        const bool lone = message.contains(QLatin1String("surrogate pair")) && escape.match(QString::fromLatin1(json)).hasMatch();
        // And a raw control character inside a string, which RFC 8259 forbids.
        const bool rawControl = pointsAtRawControlInString(json, message);
        if (!lone && !rawControl)
            qWarning("%s: JsonInput refuses, Qt accepts (%s)", what, qPrintable(message));
        return lone || rawControl;
    }
    if (read != qtRead) {
        qWarning("%s: JsonInput %s, Qt %s (%s)", what, read ? "accepts" : "refuses", qtRead ? "accepts" : "refuses",
                 qPrintable(read ? qtError.errorString() : message));
        return false;
    }
    if (read && toQt(input.root()) != qt) {
        qWarning("%s: the values differ", what);
        return false;
    }
    if (!read && !message.endsWith(QLatin1String(": ") + qtError.errorString())) {
        qWarning("%s: message \"%s\" is not Qt's \"%s\"", what, qPrintable(message), qPrintable(qtError.errorString()));
        return false;
    }
    return true;
}

} // namespace

// The importer's reader (simdjson) must read every file as Qt's parser reads it.
class TestJsonInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("empty array") << QByteArray(" [ ] \n") << true;
        QTest::newRow("scalars") << QByteArray("{\"a\": true, \"b\": false, \"c\": null, \"d\": 1, \"e\": -42, \"f\": 0}") << true;
        QTest::newRow("nested") << QByteArray("{\"x\": [{\"y\": [1, [2, []]]}, {}], \"z\": {\"w\": \"v\"}}") << true;
        QTest::newRow("escapes") << QByteArray("{\"t\": \"line\\nnext\\t\\\"q\\\" \\\\ \\/ \\b\\f\\r end\"}") << true;
        QTest::newRow("unicode escapes") << QByteArray("{\"t\": \"\\u00e9\\u20AC \\ud83d\\ude00\"}") << true;
        QTest::newRow("utf-8") << QByteArray("{\"t\": \"caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x98\x80\\n\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\"}") << true;
        QTest::newRow("utf-8 key") << QByteArray("{\"cl\xc3\xa9\": 1}") << true;
        QTest::newRow("escaped nul") << QByteArray("{\"a\": \"x\\u0000y\"}") << true;
        QTest::newRow("numbers") << QByteArray("{\"a\": 1.5, \"b\": -1e3, \"c\": 1E-2, \"d\": -0}") << true;
        // Where simdjson alone would refuse and Qt decides.
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\": 1}") << true;
        QTest::newRow("fraction without digits") << QByteArray("{\"a\": 1.}") << true;
        QTest::newRow("integer beyond 64 bits") << QByteArray("{\"a\": 123456789012345678901234567890}") << true;
        QTest::newRow("unknown escape") << QByteArray("{\"a\": \"\\x41\"}") << true;
        QTest::newRow("duplicate key, the last counts") << QByteArray("{\"a\": 1, \"b\": 2, \"a\": [3]}") << true;
        // Refused by both, with Qt's message.
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("scalar document") << QByteArray("1") << false;
        QTest::newRow("string document") << QByteArray("\"x\"") << false;
        QTest::newRow("garbage after") << QByteArray("{} x") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}") << false;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << false;
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b") << false;
        QTest::newRow("short unicode escape") << QByteArray("{\"a\": \"\\u12\"}") << false;
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xc3\x28\"}") << false;
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\": \"\xc0\xaf\"}") << false;
        QTest::newRow("encoded surrogate") << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << false;
        QTest::newRow("leading zero") << QByteArray("{\"a\": 01}") << false;
        QTest::newRow("number out of range") << QByteArray("{\"a\": 1e400}") << false;
        QTest::newRow("bare word") << QByteArray("{\"a\": nul}") << false;
        // Accepted by Qt, refused here (the two exceptions).
        QTest::newRow("raw tab in a string") << QByteArray("{\"a\": \"b\tc\"}") << false;
        QTest::newRow("raw nul in a string") << QByteArray("{\"a\": \"b\0c\"}", 12) << false;
        QTest::newRow("raw escape in a key") << QByteArray("{\"\x1b]0;x\x07\": 1}") << false;
        QTest::newRow("lone low surrogate") << QByteArray("{\"a\": \"lone \\udc00\"}") << false;
        QTest::newRow("lone high surrogate") << QByteArray("{\"a\": \"\\\\ \\uD83D \\u00e9\"}") << false;
    }

    void readsAsQtDoes()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, accepted);
        QVERIFY(agreesWithQt(json, QTest::currentDataTag()));
        JsonInput input;
        QString message;
        QCOMPARE(input.read(QByteArray(json), &message), accepted);
        QCOMPARE(message.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(message.startsWith(QLatin1String("malformed JSON at line ")), qPrintable(message));
    }

    void member_isTheLastOfAKeyGivenTwice()
    {
        JsonInput input;
        QString message;
        QVERIFY(input.read(QByteArray("{\"a\": 1, \"b\": \"x\", \"a\": 2}"), &message));
        QCOMPARE(input.root().member(QLatin1String("a")).toDouble(), 2.0);
        QCOMPARE(input.root().member(QLatin1String("b")).toString(), QStringLiteral("x"));
        QVERIFY(input.root().member(QLatin1String("c")).isUndefined());
        QVERIFY(input.root().member(QLatin1String("b")).member(QLatin1String("a")).isUndefined());
        QVERIFY(input.root().elements().empty());
    }

    void errorPosition_isLineAndColumn()
    {
        JsonInput input;
        QString message;
        QVERIFY(!input.read(QByteArray("{\n  \"a\": 1,\n  \"b\": tru\n}"), &message));
        QVERIFY2(message.startsWith(QLatin1String("malformed JSON at line 4, column 1: ")), qPrintable(message));
        // Past an escaped backslash, at the lone half's backslash.
        QVERIFY(!input.read(QByteArray("{\n\"a\": \"\\\\ \\uD83D \\u00e9\"}"), &message));
        QCOMPARE(message, QStringLiteral("malformed JSON at line 2, column 10: \\uD83D is half of a UTF-16 surrogate pair, without the other half"));
    }

    void rawControlCharacters_refusedAtLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        // White space between values is not in a string, and stays allowed.
        const QByteArray head("{\n\t\"title\": \r\n  \"");
        QTest::newRow("nul") << head + QByteArray("a\0b\"}", 5) << "line 3, column 5: raw control character U+0000";
        QTest::newRow("tab") << head + "a\tb\"}" << "line 3, column 5: raw control character U+0009";
        QTest::newRow("line break") << head + "a\nb\"}" << "line 3, column 5: raw control character U+000A";
        QTest::newRow("carriage return") << head + "\r\"}" << "line 3, column 4: raw control character U+000D";
        QTest::newRow("escape") << head + "\x1b[2J\"}" << "line 3, column 4: raw control character U+001B";
        QTest::newRow("unit separator") << head + "x\x1f\"}" << "line 3, column 5: raw control character U+001F";
        QTest::newRow("after an escaped quote") << head + "\\\"\x01\"}" << "line 3, column 6: raw control character U+0001";
        QTest::newRow("in a key") << QByteArray("{\"a\x02\": 1}") << "line 1, column 4: raw control character U+0002";
    }

    void rawControlCharacters_refusedAtLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        JsonInput input;
        QString message;
        QVERIFY(!input.read(QByteArray(json), &message));
        QVERIFY2(message.startsWith(QLatin1String("malformed JSON at ") + expected), qPrintable(message));
        QVERIFY(input.root().isUndefined());
        // Qt reads the text with that character escaped: it is in a string.
        QVERIFY(pointsAtRawControlInString(json, message));
    }

    // Random damage to a real file: whenever either accepts, both must, and agree.
    void mutations_neverDisagreeWithQt()
    {
        QFile file(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        QVERIFY(agreesWithQt(original, "original"));
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
            QVERIFY2(agreesWithQt(damaged, "damaged"), damaged.constData());
            QJsonParseError error;
            QJsonDocument::fromJson(damaged, &error);
            accepted += error.error == QJsonParseError::NoError;
        }
        QVERIFY(accepted > 500); // the damage often leaves valid JSON, which must then agree
    }

    // A file read straight into a buffer with room after it, and one without.
    void readFile_readsTheWholeFile()
    {
        QFile file(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected = file.readAll();
        QByteArray bytes;
        QString message;
        QVERIFY(JsonInput::readFile(file.fileName(), &bytes, &message));
        QCOMPARE(bytes, expected);
        QVERIFY(bytes.capacity() - bytes.size() >= 64);
        JsonInput input;
        QVERIFY(input.read(std::move(bytes), &message));
        QVERIFY(bytes.isEmpty()); // let go of once read
        QVERIFY(!JsonInput::readFile(QStringLiteral("/nonexistent/x.json"), &bytes, &message));
        QVERIFY2(message.startsWith(QLatin1String("cannot read the file: ")), qPrintable(message));
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
        QTest::newRow("final newline") << "2016-11-14T13:56:00Z\n" << qint64(-1);
        QTest::newRow("final newline after an offset") << "2016-11-14T14:56:00.5+01:00\n" << qint64(-1);
        QTest::newRow("first instant of year 1") << "0001-01-01T00:00:00Z" << qint64(-62135596800000);
        QTest::newRow("last instant of year 9999") << "9999-12-31T23:59:59.999Z" << qint64(253402300799999);
        QTest::newRow("year 9999 that is 10000 in UTC") << "9999-12-31T23:30:00-01:00" << qint64(-1);
        QTest::newRow("year 1 that is 0 in UTC") << "0001-01-01T00:30:00+01:00" << qint64(-1);
        QTest::newRow("year 0") << "0000-06-01T00:00:00Z" << qint64(-1);
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

QTEST_GUILESS_MAIN(TestJsonInput)
#include "tst_jsoninput.moc"
