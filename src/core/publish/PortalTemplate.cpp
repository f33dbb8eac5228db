#include "publish/PortalTemplate.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <map>

namespace OutageDesk {
namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    // A missing resource is a build error, not bad input: say so loudly in the page.
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<!-- missing resource %1 -->").arg(path);
    return QString::fromUtf8(file.readAll());
}

} // namespace

PortalTemplate::PortalTemplate(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z][A-Za-z0-9]*)\\}\\}"));
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() > last)
            m_pieces.append({text.mid(last, m.capturedStart() - last), false});
        m_pieces.append({m.captured(1), true});
        last = m.capturedEnd();
    }
    if (last < text.size())
        m_pieces.append({text.mid(last), false});
}

const PortalTemplate &PortalTemplate::resource(const QString &name)
{
    // Portals are built on worker threads too; the templates never change once read.
    static QMutex mutex;
    static std::map<QString, PortalTemplate> templates;
    const QMutexLocker lock(&mutex);
    auto it = templates.find(name);
    if (it == templates.end())
        it = templates.emplace(name, PortalTemplate(readResource(QStringLiteral(":/outagedesk/portal/") + name))).first;
    return it->second;
}

const QString &PortalTemplate::styleSheet()
{
    static const QString css = [] {
        QString text = readResource(QStringLiteral(":/outagedesk/portal/portal.css"));
        static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption);
        text.remove(comment);
        text.remove(QLatin1Char('\n'));
        return text;
    }();
    return css;
}

QString PortalTemplate::render(const QHash<QString, QString> &values) const
{
    qsizetype size = 0;
    for (const Piece &piece : m_pieces)
        size += piece.isPlaceholder ? values.value(piece.text).size() : piece.text.size();
    QString out;
    out.reserve(size);
    for (const Piece &piece : m_pieces)
        out += piece.isPlaceholder ? values.value(piece.text) : piece.text;
    return out;
}

QStringList PortalTemplate::placeholders() const
{
    QStringList names;
    for (const Piece &piece : m_pieces) {
        if (piece.isPlaceholder && !names.contains(piece.text))
            names << piece.text;
    }
    return names;
}

} // namespace OutageDesk
