#pragma once

#include <QString>
#include <QUuid>

class QClipboard;

namespace OutageDesk {

class Workspace;

// Incident ▸ Copy RCA as Markdown / HTML: the RCA as the exports render it
// (RcaRenderer: generated sections expanded, never the internal notes), onto the
// clipboard for a mail or a ticket. Markdown goes as text/markdown and as plain
// text (what most targets paste); HTML as text/html, with the Markdown as its
// plain-text alternative.
class RcaClipboard
{
public:
    enum class Format { Markdown, Html };

    static bool copy(Workspace *workspace, const QUuid &incident, Format format, QString *error,
                     QClipboard *clipboard = nullptr);
};

} // namespace OutageDesk
