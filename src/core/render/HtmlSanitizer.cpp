#include "render/HtmlSanitizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace OutageDesk {
namespace {

// Tags cmark-gfm produces for Markdown with the table, strikethrough and autolink
// extensions, and nothing more.
const QHash<QString, QSet<QString>> &allowedTags()
{
    static const QHash<QString, QSet<QString>> tags = [] {
        QHash<QString, QSet<QString>> t;
        const QSet<QString> none;
        for (const char *name : {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "blockquote", "pre", "em",
                                 "strong", "del", "table", "thead", "tbody", "tr", "hr", "br", "sup", "sub", "s"})
            t.insert(QLatin1String(name), none);
        t.insert(QStringLiteral("ol"), {QStringLiteral("start")});
        t.insert(QStringLiteral("code"), {QStringLiteral("class")});
        t.insert(QStringLiteral("th"), {QStringLiteral("align")});
        t.insert(QStringLiteral("td"), {QStringLiteral("align")});
        t.insert(QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("title")});
        t.insert(QStringLiteral("img"), {QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("title")});
        return t;
    }();
    return tags;
}

bool isUrlAttribute(const QString &name)
{
    return name == QLatin1String("href") || name == QLatin1String("src");
}

bool isSafeAttributeValue(const QString &tag, const QString &name, const QString &value)
{
    if (isUrlAttribute(name))
        return HtmlSanitizer::isSafeUrl(value);
    if (name == QLatin1String("align"))
        return value == QLatin1String("left") || value == QLatin1String("right") || value == QLatin1String("center");
    if (name == QLatin1String("start")) {
        bool ok = false;
        value.toInt(&ok);
        return ok;
    }
    if (tag == QLatin1String("code") && name == QLatin1String("class")) {
        // Only cmark's "language-xyz" for fenced code blocks.
        static const QRegularExpression languageClass(QStringLiteral("^language-[A-Za-z0-9_+#.-]{1,40}$"));
        return languageClass.match(value).hasMatch();
    }
    return true; // title, alt: plain text, escaped on output
}

struct ParsedTag
{
    bool closing = false;
    bool selfClosing = false;
    QString name;
    QList<QPair<QString, QString>> attributes;
    qsizetype end = -1; // index just past '>'
};

// Parses a tag starting at html[pos] == '<'. Returns end == -1 when it is not a
// well-formed tag, in which case the '<' is escaped as text.
ParsedTag parseTag(const QString &html, qsizetype pos)
{
    ParsedTag tag;
    const qsizetype n = html.size();
    qsizetype i = pos + 1;
    if (i < n && html.at(i) == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && (html.at(i).isLetterOrNumber() && html.at(i).unicode() < 128))
        ++i;
    if (i == nameStart || !html.at(nameStart).isLetter())
        return tag;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        const QChar c = html.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('>')) {
            tag.end = i + 1;
            return tag;
        }
        if (c == QLatin1Char('/')) {
            tag.selfClosing = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char('<'))
            return tag; // "<a <b>" is not a tag
        // attribute name
        const qsizetype attrStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('=') && html.at(i) != QLatin1Char('>')
               && html.at(i) != QLatin1Char('/') && html.at(i) != QLatin1Char('<'))
            ++i;
        QString attrName = html.mid(attrStart, i - attrStart).toLower();
        while (i < n && html.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                const QChar quote = html.at(i);
                const qsizetype close = html.indexOf(quote, i + 1);
                if (close < 0)
                    return tag;
                value = html.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>'))
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (!attrName.isEmpty())
            tag.attributes.append({attrName, HtmlSanitizer::decodeEntities(value)});
        else
            ++i;
    }
    return tag; // unterminated
}

} // namespace

QString HtmlSanitizer::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString HtmlSanitizer::decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},     {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},      {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},    {QStringLiteral("colon"), QStringLiteral(":")},
        {QStringLiteral("tab"), QStringLiteral("\t")},    {QStringLiteral("newline"), QStringLiteral("\n")},
        {QStringLiteral("sol"), QStringLiteral("/")},     {QStringLiteral("lpar"), QStringLiteral("(")},
        {QStringLiteral("rpar"), QStringLiteral(")")},    {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("period"), QStringLiteral(".")}, {QStringLiteral("num"), QStringLiteral("#")}};
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && text.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex = j < n && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < n && j - digitsStart < 10 && (hex ? text.at(j).isLetterOrNumber() : text.at(j).isDigit()))
                ++j;
            bool ok = false;
            const uint code = text.mid(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10);
            if (ok && j > digitsStart) {
                // Browsers accept a missing ';' on numeric references.
                if (j < n && text.at(j) == QLatin1Char(';'))
                    ++j;
                out += (code == 0 || code > 0x10FFFF) ? QString(QChar(0xFFFD)) : QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = j - 1;
                continue;
            }
        } else {
            const qsizetype nameStart = j;
            while (j < n && j - nameStart < 12 && text.at(j).isLetterOrNumber())
                ++j;
            const QString name = text.mid(nameStart, j - nameStart).toLower();
            const auto it = named.constFind(name);
            if (it != named.cend()) {
                if (j < n && text.at(j) == QLatin1Char(';'))
                    ++j;
                out += it.value();
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool HtmlSanitizer::isSafeUrl(const QString &url)
{
    QString cleaned;
    const QString decoded = decodeEntities(url);
    cleaned.reserve(decoded.size());
    // Browsers ignore whitespace and control characters inside the scheme
    // ("java\tscript:"), so they must not hide one from us either.
    for (const QChar c : decoded) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F || c.category() == QChar::Other_Format)
            continue;
        cleaned += c;
    }
    const qsizetype colon = cleaned.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return true;
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = cleaned.indexOf(c);
        if (at >= 0 && at < colon)
            return true; // the colon is in the path or query: a relative URL
    }
    const QString scheme = cleaned.left(colon).toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

QString HtmlSanitizer::sanitize(const QString &html)
{
    QString out;
    out.reserve(html.size() + 64);
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
            ++i;
            continue;
        }
        if (c != QLatin1Char('<')) {
            // Copy the run of text up to the next tag in one go.
            qsizetype end = i + 1;
            while (end < n && html.at(end) != QLatin1Char('<') && html.at(end) != QLatin1Char('>'))
                ++end;
            out += QStringView(html).mid(i, end - i);
            i = end;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            // Comments are dropped: old browsers executed conditional comments.
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            if (close >= 0) {
                i = close + 3;
                continue;
            }
        }
        const ParsedTag tag = parseTag(html, i);
        const auto allowed = allowedTags().constFind(tag.name);
        if (tag.end < 0 || allowed == allowedTags().cend()) {
            // Not a tag we know: show its text, escaped.
            const qsizetype end = tag.end < 0 ? i + 1 : tag.end;
            out += escape(html.mid(i, end - i));
            i = end;
            continue;
        }
        if (tag.closing) {
            out += QLatin1String("</") + tag.name + QLatin1Char('>');
        } else {
            out += QLatin1Char('<') + tag.name;
            for (const auto &[name, value] : tag.attributes) {
                if (!allowed->contains(name) || !isSafeAttributeValue(tag.name, name, value))
                    continue;
                out += QLatin1Char(' ') + name + QLatin1String("=\"") + escape(value) + QLatin1Char('"');
            }
            out += (tag.name == QLatin1String("br") || tag.name == QLatin1String("hr") || tag.name == QLatin1String("img"))
                ? QLatin1String(" />")
                : QLatin1String(">");
        }
        i = tag.end;
    }
    return out;
}

} // namespace OutageDesk
