#include "PortalSiteChecks.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace PortalSiteChecks {

QStringList structureProblems(const QByteArray &bytes)
{
    QStringList problems;
    QString html = QString::fromUtf8(bytes);
    // What holds no markup: comments and the stylesheet.
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression style(QStringLiteral("<style>.*?</style>"), QRegularExpression::DotMatchesEverythingOption);
    html.remove(comment);
    html.replace(style, QStringLiteral("<style></style>"));
    static const QSet<QString> voidElements{QStringLiteral("meta"), QStringLiteral("link"), QStringLiteral("br"),
                                            QStringLiteral("hr"),   QStringLiteral("img"),  QStringLiteral("input"),
                                            QStringLiteral("col"),  QStringLiteral("wbr"),  QStringLiteral("source")};
    static const QRegularExpression tag(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"));
    QStringList stack;
    int mains = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        const bool closing = !m.captured(1).isEmpty();
        const bool selfClosing = m.captured(3).trimmed().endsWith(QLatin1Char('/'));
        if (closing) {
            if (stack.isEmpty() || stack.constLast() != name) {
                problems << QStringLiteral("</%1> closes <%2>").arg(name, stack.isEmpty() ? QStringLiteral("nothing") : stack.constLast());
                const qsizetype open = stack.lastIndexOf(name);
                if (open >= 0)
                    stack.resize(open);
            } else {
                stack.removeLast();
            }
            continue;
        }
        if (!stack.isEmpty() && (stack.constLast() == QLatin1String("ul") || stack.constLast() == QLatin1String("ol"))
            && name != QLatin1String("li"))
            problems << QStringLiteral("<%1> directly inside <%2>").arg(name, stack.constLast());
        if (name == QLatin1String("main"))
            ++mains;
        if (name == QLatin1String("html") && !m.captured(3).contains(QLatin1String("lang=\"")))
            problems << QStringLiteral("<html> without lang");
        if (!voidElements.contains(name) && !selfClosing)
            stack << name;
    }
    if (!stack.isEmpty())
        problems << QStringLiteral("unclosed: ") + stack.join(QLatin1Char(' '));
    if (mains != 1)
        problems << QStringLiteral("%1 <main> elements").arg(mains);
    if (!html.contains(QLatin1String("<meta name=\"viewport\" content=\"width=device-width")))
        problems << QStringLiteral("no viewport");
    if (!html.contains(QLatin1String("<title>")))
        problems << QStringLiteral("no <title>");
    return problems;
}

QStringList hebrewIn(const QString &text)
{
    QStringList found;
    for (qsizetype i = 0; i < text.size() && found.size() < 5; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x0590 && c <= 0x05FF) {
            found << QStringLiteral("…%1…").arg(text.mid(std::max<qsizetype>(0, i - 20), 40));
            while (i < text.size() && text.at(i).unicode() >= 0x0590 && text.at(i).unicode() <= 0x05FF)
                ++i;
        }
    }
    return found;
}

QStringList activeContentIn(const QByteArray &bytes)
{
    QStringList problems;
    const QString html = QString::fromUtf8(bytes);
    static const QSet<QString> allowed{
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"), QStringLiteral("title"), QStringLiteral("link"),
        QStringLiteral("body"), QStringLiteral("header"), QStringLiteral("main"), QStringLiteral("footer"), QStringLiteral("section"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("p"), QStringLiteral("a"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("span"),
        QStringLiteral("div"), QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("code"), QStringLiteral("pre"),
        QStringLiteral("blockquote"), QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"),
        QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("time"), QStringLiteral("br"), QStringLiteral("hr"),
        QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("del"), QStringLiteral("img"), QStringLiteral("input"),
        QStringLiteral("style"), QStringLiteral("svg"), QStringLiteral("g"), QStringLiteral("rect"), QStringLiteral("line"),
        QStringLiteral("text"), QStringLiteral("path"), QStringLiteral("tspan"), QStringLiteral("defs"), QStringLiteral("clippath"),
        QStringLiteral("desc"), QStringLiteral("polyline"), QStringLiteral("polygon"), QStringLiteral("circle"), QStringLiteral("sup"),
        QStringLiteral("sub")};
    static const QRegularExpression tag(QStringLiteral("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9:-]*)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([^\\s\"'=/>]+)\\s*(?:=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?"));
    int styles = 0;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        if (!allowed.contains(name))
            problems << QStringLiteral("tag <%1>").arg(name);
        if (name == QLatin1String("style") && m.captured(1).isEmpty() && ++styles > 1)
            problems << QStringLiteral("a second <style>");
        if (name == QLatin1String("input") && !m.captured(3).contains(QLatin1String("type=\"checkbox\"")))
            problems << QStringLiteral("an <input> that is not a task-list checkbox");
        auto attrs = attribute.globalMatch(m.captured(3));
        while (attrs.hasNext()) {
            const auto a = attrs.next();
            const QString attrName = a.captured(1).toLower();
            QString value = a.captured(2);
            if (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                value = value.mid(1, value.size() - 2);
            if (attrName.startsWith(QLatin1String("on")))
                problems << QStringLiteral("event handler %1 on <%2>").arg(attrName, name);
            if (attrName == QLatin1String("href") || attrName == QLatin1String("src") || attrName == QLatin1String("xlink:href")
                || attrName == QLatin1String("action")) {
                QString plain = value;
                plain.remove(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]|&#0*9;|&#x0*9;|&Tab;|&NewLine;")));
                plain = plain.toLower();
                for (const char *scheme : {"javascript:", "vbscript:", "data:", "&#", "file:"}) {
                    if (plain.startsWith(QLatin1String(scheme)))
                        problems << QStringLiteral("%1=\"%2\" on <%3>").arg(attrName, value, name);
                }
            }
        }
    }
    return problems;
}

QString atomProblems(const QByteArray &xml, QStringList *entryIds, QStringList *entryHtml)
{
    QXmlStreamReader reader(xml);
    const QString atom = QStringLiteral("http://www.w3.org/2005/Atom");
    QSet<QString> feedChildren;
    bool inEntry = false;
    QSet<QString> entryChildren;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            if (depth == 1 && (reader.name() != QLatin1String("feed") || reader.namespaceUri() != atom))
                return QStringLiteral("root is not an Atom <feed>");
            if (depth == 2) {
                if (reader.name() == QLatin1String("entry")) {
                    inEntry = true;
                    entryChildren.clear();
                } else {
                    feedChildren.insert(reader.name().toString());
                }
            } else if (depth == 3 && inEntry) {
                const QString name = reader.name().toString();
                entryChildren.insert(name);
                if (name == QLatin1String("id") && entryIds) {
                    *entryIds << reader.readElementText();
                    --depth;
                } else if (name == QLatin1String("content") && entryHtml) {
                    *entryHtml << reader.readElementText();
                    --depth;
                }
            }
        } else if (reader.isEndElement()) {
            if (depth == 2 && inEntry) {
                for (const char *required : {"id", "title", "updated", "link"}) {
                    if (!entryChildren.contains(QLatin1String(required)))
                        return QStringLiteral("an entry has no <%1>").arg(QLatin1String(required));
                }
                inEntry = false;
            }
            --depth;
        }
    }
    if (reader.hasError())
        return QStringLiteral("not well-formed: %1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
    for (const char *required : {"id", "title", "updated", "author"}) {
        if (!feedChildren.contains(QLatin1String(required)))
            return QStringLiteral("the feed has no <%1>").arg(QLatin1String(required));
    }
    return {};
}

} // namespace PortalSiteChecks
