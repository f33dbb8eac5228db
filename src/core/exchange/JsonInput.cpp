#include "exchange/JsonInput.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace OutageDesk {
namespace {

// simdjson reads up to SIMDJSON_PADDING bytes past the text; they need to be readable,
// not of any value.
void makeRoomAfter(QByteArray &json)
{
    if (json.capacity() - json.size() < qsizetype(simdjson::SIMDJSON_PADDING))
        json.reserve(json.size() + qsizetype(simdjson::SIMDJSON_PADDING));
}

// The offset of the first \uXXXX escape that is half of a surrogate pair on its own,
// or -1. Only called on a document Qt has accepted, where a backslash is always in a
// string and starts an escape.
qsizetype loneSurrogateEscape(const QByteArray &json)
{
    const auto unitAt = [&json](qsizetype at) { // the escape's code unit, or -1
        if (at + 6 > json.size() || json.at(at) != '\\' || json.at(at + 1) != 'u')
            return -1;
        bool ok = false;
        const int unit = json.mid(at + 2, 4).toInt(&ok, 16);
        return ok ? unit : -1;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (json.at(i) != '\\')
            continue;
        const int unit = unitAt(i);
        const int next = unitAt(i + 6);
        if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
            i += 11; // a whole pair
        else if (unit >= 0xd800 && unit <= 0xdfff)
            return i;
        else
            ++i; // the escaped character
    }
    return -1;
}

// The offset of the first raw control character (U+0000 to U+001F) inside a string,
// or -1. RFC 8259 wants them escaped, and Qt takes them raw: a tab typed into a title
// or a NUL from a broken export would otherwise be stored as it is. Only called on a
// document Qt has accepted, where quotes and backslashes outside strings cannot occur.
qsizetype rawControlInString(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto c = static_cast<unsigned char>(json.at(i));
        if (c == '"')
            inString = !inString;
        else if (inString && c == '\\')
            ++i; // the escaped character, a quote perhaps
        else if (inString && c < 0x20)
            return i;
    }
    return -1;
}

} // namespace

QString JsonInput::refusal(const QByteArray &json, qsizetype offset, const QString &reason)
{
    // A line and a column: editors show those, not byte offsets.
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return tr("malformed JSON at line %1, column %2: %3").arg(line).arg(column).arg(reason);
}

bool JsonInput::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    if (file.isSequential()) { // a pipe or a device: its size is known only at the end
        *bytes = file.readAll();
        return true;
    }
    bytes->clear();
    bytes->reserve(file.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    bytes->resize(file.size());
    qsizetype done = 0;
    while (done < bytes->size()) {
        const qint64 n = file.read(bytes->data() + done, bytes->size() - done);
        if (n < 0) {
            *error = tr("cannot read the file: %1").arg(file.errorString());
            return false;
        }
        if (n == 0) // shortened while being read: what is there is the file
            break;
        done += qsizetype(n);
    }
    bytes->truncate(done);
    return true;
}

simdjson::error_code JsonInput::parse(QByteArray &json, qsizetype offset)
{
    makeRoomAfter(json);
    simdjson::dom::element root;
    const auto *text = reinterpret_cast<const uint8_t *>(json.constData()) + offset;
    const simdjson::error_code error = m_parser.parse(text, size_t(json.size() - offset), false).get(root);
    m_root = error ? JsonValue() : JsonValue(root);
    return error;
}

bool JsonInput::read(QByteArray &&json, QString *error)
{
    m_root = JsonValue();
    // Qt skips a byte order mark (editors on Windows write one); simdjson does not.
    const qsizetype bom = json.startsWith("\xef\xbb\xbf") ? 3 : 0;
    // Qt refuses a lone number or string as a document; simdjson takes it.
    if (!parse(json, bom) && (m_root.isObject() || m_root.isArray())) {
        json = QByteArray();
        return true;
    }
    QJsonParseError parseError{0, QJsonParseError::NoError};
    QByteArray normalized = QJsonDocument::fromJson(json, &parseError).toJson(QJsonDocument::Compact);
    if (parseError.error != QJsonParseError::NoError) {
        *error = refusal(json, parseError.offset, parseError.errorString());
        m_root = JsonValue();
        return false;
    }
    // simdjson refuses these too: only a document it has refused gets here.
    if (const qsizetype raw = rawControlInString(json); raw >= 0) {
        const QString code = QStringLiteral("%1").arg(int(static_cast<unsigned char>(json.at(raw))), 4, 16, QLatin1Char('0'));
        *error = refusal(json, raw, tr("raw control character U+%1 inside a string (JSON needs it escaped, e.g. \\u%1)")
                                        .arg(code.toUpper()));
        m_root = JsonValue();
        return false;
    }
    if (const simdjson::error_code again = parse(normalized, 0)) {
        // Qt keeps half of a surrogate pair (\ud800) alone in a string and writes it back
        // so; simdjson takes no text that is not Unicode, nor could the workspace store it.
        const qsizetype lone = loneSurrogateEscape(json);
        *error = lone >= 0 ? refusal(json, lone,
                                     tr("%1 is half of a UTF-16 surrogate pair, without the other half")
                                         .arg(QString::fromLatin1(json.mid(lone, 6))))
                           // Out of reach unless simdjson refuses something else Qt writes.
                           : tr("malformed JSON: %1").arg(QString::fromLatin1(simdjson::error_message(again)));
        m_root = JsonValue();
        return false;
    }
    return true;
}

} // namespace OutageDesk
