#include "exchange/FastJsonReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QUtf8StringView>

namespace OutageDesk {
namespace {

// Qt refuses documents nested deeper than 1024; staying well below leaves any
// decision about deep documents to Qt.
constexpr int kMaxDepth = 256;

class Parser
{
public:
    Parser(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {
    }

    bool document(QJsonDocument *doc)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '{') {
            QJsonObject o;
            if (!object(&o, 1))
                return false;
            *doc = QJsonDocument(o);
        } else if (*m_p == '[') {
            QJsonArray a;
            if (!array(&a, 1))
                return false;
            *doc = QJsonDocument(a);
        } else {
            return false;
        }
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool value(QJsonValue *out, int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': {
            QJsonObject o;
            if (!object(&o, depth + 1))
                return false;
            *out = std::move(o);
            return true;
        }
        case '[': {
            QJsonArray a;
            if (!array(&a, depth + 1))
                return false;
            *out = std::move(a);
            return true;
        }
        case '"': {
            QString s;
            if (!string(&s))
                return false;
            *out = std::move(s);
            return true;
        }
        case 't':
            return literal("true", 4) && (*out = QJsonValue(true), true);
        case 'f':
            return literal("false", 5) && (*out = QJsonValue(false), true);
        case 'n':
            return literal("null", 4) && (*out = QJsonValue(QJsonValue::Null), true);
        default:
            return integer(out);
        }
    }

    bool literal(const char *word, qsizetype size)
    {
        if (m_end - m_p < size || memcmp(m_p, word, size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }

    // Whole numbers only, short enough to be exact in a double: the exchange format
    // has no other numbers, and anything else is left to Qt.
    bool integer(QJsonValue *out)
    {
        bool negative = false;
        if (*m_p == '-') {
            negative = true;
            ++m_p;
        }
        const char *digits = m_p;
        qint64 n = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - digits == 15) // beyond what a double holds exactly
                return false;
            n = n * 10 + (*m_p++ - '0');
        }
        const qsizetype count = m_p - digits;
        if (count == 0 || (count > 1 && *digits == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        *out = QJsonValue(negative ? -n : n);
        return true;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool string(QString *out)
    {
        ++m_p; // the opening quote
        const char *start = m_p;
        // Find the closing quote first, so the result is allocated once.
        bool plainAscii = true;
        while (m_p < m_end && *m_p != '"') {
            const uchar c = uchar(*m_p);
            if (c < 0x20)
                return false;
            if (c == '\\') {
                plainAscii = false;
                ++m_p;
                if (m_p == m_end)
                    return false;
            } else if (c >= 0x80) {
                plainAscii = false;
            }
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        const char *close = m_p++;
        if (plainAscii) {
            *out = QString::fromLatin1(start, close - start);
            return true;
        }
        // Every byte yields at most one UTF-16 unit, so the raw length is enough room.
        QString result(close - start, Qt::Uninitialized);
        QChar *dst = result.data();
        const char *p = start;
        while (p < close) {
            const uchar c = uchar(*p);
            if (c == '\\') {
                ++p;
                switch (*p) {
                case '"': *dst++ = QLatin1Char('"'); break;
                case '\\': *dst++ = QLatin1Char('\\'); break;
                case '/': *dst++ = QLatin1Char('/'); break;
                case 'b': *dst++ = QLatin1Char('\b'); break;
                case 'f': *dst++ = QLatin1Char('\f'); break;
                case 'n': *dst++ = QLatin1Char('\n'); break;
                case 'r': *dst++ = QLatin1Char('\r'); break;
                case 't': *dst++ = QLatin1Char('\t'); break;
                case 'u': {
                    if (close - p < 5)
                        return false;
                    int unit = 0;
                    for (int i = 1; i <= 4; ++i) {
                        const int d = hexDigit(p[i]);
                        if (d < 0)
                            return false;
                        unit = unit * 16 + d;
                    }
                    // Like Qt: the UTF-16 unit as it is, surrogate halves included.
                    *dst++ = QChar(char16_t(unit));
                    p += 4;
                    break;
                }
                default:
                    return false;
                }
                ++p;
            } else if (c < 0x80) {
                *dst++ = QLatin1Char(char(c));
                ++p;
            } else {
                // A run of non-ASCII bytes holds whole UTF-8 sequences when it is valid.
                const char *runEnd = p;
                while (runEnd < close && uchar(*runEnd) >= 0x80)
                    ++runEnd;
                const QUtf8StringView run(p, runEnd - p);
                if (!run.isValidUtf8())
                    return false;
                const QString decoded = run.toString();
                memcpy(static_cast<void *>(dst), decoded.constData(), size_t(decoded.size()) * sizeof(QChar));
                dst += decoded.size();
                p = runEnd;
            }
        }
        result.truncate(dst - result.constData());
        *out = std::move(result);
        return true;
    }

    bool object(QJsonObject *out, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p; // '{'
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (m_p == m_end || *m_p != '"')
                return false;
            QString key;
            if (!string(&key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            QJsonValue v;
            if (!value(&v, depth))
                return false;
            const qsizetype before = out->size();
            out->insert(key, v);
            if (out->size() == before) // a duplicate key: which one wins is Qt's rule
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    bool array(QJsonArray *out, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p; // '['
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            QJsonValue v;
            if (!value(&v, depth))
                return false;
            out->append(v);
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<QJsonDocument> FastJsonReader::read(const QByteArray &json)
{
    QJsonDocument doc;
    Parser parser(json.constData(), json.constData() + json.size());
    if (!parser.document(&doc))
        return std::nullopt;
    return doc;
}

} // namespace OutageDesk
