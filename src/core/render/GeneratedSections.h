#pragma once

#include <QString>
#include <QStringList>

namespace OutageDesk {

struct Incident;
struct RenderContext;

// The parts of the RCA generated from the incident's data, so that a published
// timeline can never disagree with the recorded windows (docs/spec/incident-format.md,
// "Generated sections"). Each section is Markdown in which every user text is escaped.
class GeneratedSections
{
public:
    static const QString &timelineMarker();     // <!-- outagedesk:timeline -->
    static const QString &publicationsMarker(); // <!-- outagedesk:publications -->
    static const QString &actionItemsMarker();  // <!-- outagedesk:action-items -->
    static QStringList markers();

    static QString timeline(const Incident &incident, const RenderContext &context);
    static QString publications(const Incident &incident, const RenderContext &context);
    static QString actionItems(const Incident &incident);
    // What an export says when the RCA has no text yet: the incident's title, status
    // and severity, its windows (instance, data center, start, end and duration in the
    // data center's zone, the zone on every time) and its status updates.
    static QString facts(const Incident &incident, const RenderContext &context);

    // Replaces every marker standing on a line of its own (outside fenced code) by
    // its section. Other text is left exactly as it was.
    static QString expand(const QString &markdown, const Incident &incident, const RenderContext &context);
};

} // namespace OutageDesk
