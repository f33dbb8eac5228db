#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace OutageDesk {

// A page template of the portal (resources/portal/*.html): literal text with
// {{name}} placeholders, cut into pieces once so that a build of thousands of pages
// only appends. Values go in as they are: the caller escapes what needs escaping.
class PortalTemplate
{
public:
    // ":/outagedesk/portal/<name>", read and cut once per process.
    static const PortalTemplate &resource(const QString &name);
    // The stylesheet resources/portal/portal.css without its comments and line
    // breaks, for a <style> element.
    static const QString &styleSheet();

    explicit PortalTemplate(const QString &text);

    // The text with every placeholder replaced; a name without a value becomes "".
    QString render(const QHash<QString, QString> &values) const;
    QStringList placeholders() const;

private:
    struct Piece
    {
        QString text;
        bool isPlaceholder = false;
    };
    QList<Piece> m_pieces;
};

} // namespace OutageDesk
