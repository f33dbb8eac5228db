#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Checks shared by the portal tests: what counts as active content in a page, and
// whether a feed is well-formed Atom with what RFC 4287 requires.
namespace PortalSiteChecks {

// Every way a page could run code or load something: script/style/iframe/object/
// embed/form tags (only our own single <style> in <head> is allowed), event
// handler attributes, and javascript:/vbscript:/data: URLs. Empty when clean.
QStringList activeContentIn(const QByteArray &html);
// Parses the feed; empty when it is well-formed Atom with feed id/title/updated,
// an author, and id/title/updated/link on every entry. Fills `entryIds`.
// The structure errors the Nu Html Checker reports for our pages, checked without
// it: tags closed in order, only <li> directly inside <ul>/<ol>, exactly one <main>,
// <html lang>, a viewport and a <title>. Empty when none.
QStringList structureProblems(const QByteArray &html);
// Hebrew letters (U+0590–U+05FF) in `text`, as "…context…" snippets; empty when none.
QStringList hebrewIn(const QString &text);
QString atomProblems(const QByteArray &xml, QStringList *entryIds, QStringList *entryHtml = nullptr);

} // namespace PortalSiteChecks
