#include "exchange/FastJsonReader.h"

#include "exchange/ParallelRuns.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QUtf8StringView>

#include <algorithm>
#include <cstring>
#include <vector>

namespace OutageDesk {
namespace {

// Qt refuses documents nested deeper than 1024; staying well below leaves any
// decision about deep documents to Qt.
constexpr int kMaxDepth = 256;

// An array this large near the top (the incidents of a big file) is built by
// several threads, each taking a run of its elements.
constexpr qsizetype kParallelArrayBytes = 1024 * 1024;
constexpr qsizetype kParallelRunBytes = 256 * 1024;
// Runs start at commas at least this far apart, which bounds what is noted of an
// array of many small elements.
constexpr qsizetype kCommaSpacing = 64 * 1024;

// Whether any of the eight bytes of `w` ends or interrupts a plain string: a quote,
// a backslash, a control character or a byte of a multi-byte UTF-8 sequence.
bool hasSpecialByte(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highBits = 0x8080808080808080ULL;
    const auto hasByteBelow = [](quint64 v, quint64 n) { return (v - ones * n) & ~v & highBits; };
    return (hasByteBelow(w ^ (ones * '"'), 1) | hasByteBelow(w ^ (ones * '\\'), 1) | hasByteBelow(w, 0x20)
            | (w & highBits))
        != 0;
}

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
    // The bytes between a string's quotes, and what reading them takes.
    struct StringToken
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        bool escaped = false;
        bool nonAscii = false;

        bool isPlainAscii() const { return !escaped && !nonAscii; }
        QLatin1String latin1() const { return QLatin1String(begin, end - begin); }
    };

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
            StringToken token;
            if (!scanString(&token))
                return false;
            // US-ASCII goes in as Latin-1: Qt stores it as one byte a character
            // either way, and skips the round trip through UTF-16.
            if (token.isPlainAscii()) {
                *out = QJsonValue(token.latin1());
                return true;
            }
            if (!token.nonAscii && unescapeAscii(token)) {
                *out = QJsonValue(QLatin1String(m_ascii.constData(), m_ascii.size()));
                return true;
            }
            QString s;
            if (!decode(token, &s))
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

    bool scanString(StringToken *token) { return scanString(&m_p, m_end, token); }

    // Finds the closing quote of the string at *p and moves past it.
    static bool scanString(const char **at, const char *end, StringToken *token)
    {
        const char *p = *at + 1; // after the opening quote
        token->begin = p;
        for (;;) {
            // Most of a file is the text of strings: skip it eight plain bytes at a time.
            while (end - p >= 8) {
                quint64 word;
                memcpy(&word, p, sizeof word);
                if (hasSpecialByte(word))
                    break;
                p += 8;
            }
            if (p == end)
                return false;
            const uchar c = uchar(*p);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                token->escaped = true;
                ++p;
                if (p == end)
                    return false;
            } else if (c >= 0x80) {
                token->nonAscii = true;
            }
            ++p;
        }
        token->end = p;
        *at = p + 1;
        return true;
    }

    // The common case of escapes in ASCII text (the line breaks of every RCA) into
    // m_ascii; false for anything else, which decode() then reads or refuses.
    bool unescapeAscii(const StringToken &token)
    {
        m_ascii.resize(token.end - token.begin);
        char *dst = m_ascii.data();
        const char *p = token.begin;
        while (p < token.end) {
            const char *backslash = static_cast<const char *>(memchr(p, '\\', size_t(token.end - p)));
            const char *runEnd = backslash ? backslash : token.end;
            memcpy(dst, p, size_t(runEnd - p));
            dst += runEnd - p;
            p = runEnd;
            if (!backslash)
                break;
            switch (p[1]) {
            case '"': *dst++ = '"'; break;
            case '\\': *dst++ = '\\'; break;
            case '/': *dst++ = '/'; break;
            case 'b': *dst++ = '\b'; break;
            case 'f': *dst++ = '\f'; break;
            case 'n': *dst++ = '\n'; break;
            case 'r': *dst++ = '\r'; break;
            case 't': *dst++ = '\t'; break;
            default:
                return false;
            }
            p += 2;
        }
        m_ascii.truncate(dst - m_ascii.constData());
        return true;
    }

    bool decode(const StringToken &token, QString *out)
    {
        // Every byte yields at most one UTF-16 unit, so the raw length is enough room.
        QString result(token.end - token.begin, Qt::Uninitialized);
        QChar *dst = result.data();
        const char *p = token.begin;
        const char *close = token.end;
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
            StringToken key;
            if (!scanString(&key))
                return false;
            QString decodedKey;
            if (!key.isPlainAscii() && !decode(key, &decodedKey))
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
            if (key.isPlainAscii())
                out->insert(key.latin1(), v);
            else
                out->insert(decodedKey, v);
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
        if (depth <= 2 && m_end - m_p >= kParallelArrayBytes && parallelArray(out, depth))
            return true;
        ++m_p; // '['
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        return elements(out, depth, true);
    }

    // The array at m_p built by several threads when it is large, each parsing the
    // elements between two of its commas. False, having built nothing, when it is
    // small or anything looks amiss: array() then reads it from the start alone
    // and decides.
    bool parallelArray(QJsonArray *out, int depth)
    {
        const char *close = nullptr;
        std::vector<const char *> commas;
        if (!scanArray(&close, &commas) || close - m_p < kParallelArrayBytes)
            return false;
        const int runs = parallelRuns(close - m_p, kParallelRunBytes);
        if (runs < 2 || qsizetype(commas.size()) < runs)
            return false;
        // Runs of about equal size in bytes, each starting after a comma.
        std::vector<const char *> starts{m_p + 1};
        std::vector<const char *> ends;
        for (int r = 1; r < runs; ++r) {
            const char *target = m_p + (close - m_p) * r / runs;
            const auto comma = std::lower_bound(commas.begin(), commas.end(), target);
            if (comma == commas.end() || *comma < starts.back())
                continue;
            ends.push_back(*comma);
            starts.push_back(*comma + 1);
        }
        ends.push_back(close);
        std::vector<QJsonArray> parts(starts.size());
        std::vector<char> parsed(starts.size(), false);
        runInParallel(int(starts.size()), [&](int r) {
            Parser part(starts[size_t(r)], ends[size_t(r)]);
            parsed[size_t(r)] = part.elements(&parts[size_t(r)], depth, false);
        });
        if (std::find(parsed.begin(), parsed.end(), false) != parsed.end())
            return false;
        *out = std::move(parts.front());
        for (size_t r = 1; r < parts.size(); ++r) {
            for (const QJsonValue &v : std::as_const(parts[r]))
                out->append(v);
        }
        m_p = close + 1;
        return true;
    }

    // Where the array at m_p ends and some of the commas between its elements are,
    // without checking more than brackets and strings.
    bool scanArray(const char **close, std::vector<const char *> *commas) const
    {
        int nesting = 0;
        for (const char *p = m_p; p < m_end;) {
            switch (*p) {
            case '"':
                p = stringEnd(p + 1, m_end);
                if (!p)
                    return false;
                continue;
            case '[':
            case '{':
                ++nesting;
                break;
            case ']':
            case '}':
                if (--nesting == 0) {
                    *close = p;
                    return *p == ']';
                }
                break;
            case ',':
                if (nesting == 1 && (commas->empty() || p - commas->back() >= kCommaSpacing))
                    commas->push_back(p);
                break;
            default:
                break;
            }
            ++p;
        }
        return false;
    }

    // Past the closing quote of the string whose text starts at `text`: memchr finds
    // quotes far faster than reading every byte, and a quote is escaped exactly when
    // an odd number of backslashes precedes it.
    static const char *stringEnd(const char *text, const char *end)
    {
        for (const char *p = text;;) {
            const char *quote = static_cast<const char *>(memchr(p, '"', size_t(end - p)));
            if (!quote)
                return nullptr;
            const char *backslashes = quote;
            while (backslashes > text && backslashes[-1] == '\\')
                --backslashes;
            if ((quote - backslashes) % 2 == 0)
                return quote + 1;
            p = quote + 1;
        }
    }

    // Comma-separated values up to the closing ']' (`bracketed`), or filling the whole
    // input, as a run of a large array does.
    bool elements(QJsonArray *out, int depth, bool bracketed)
    {
        skipSpace();
        for (;;) {
            QJsonValue v;
            if (!value(&v, depth))
                return false;
            out->append(v);
            skipSpace();
            if (m_p == m_end)
                return !bracketed;
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (bracketed && *m_p == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    const char *m_p;
    const char *m_end;
    QByteArray m_ascii; // reused: one allocation for all the escaped strings of a file
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
