#pragma once

#include "model/Enums.h"
#include "render/RenderContext.h"

#include <QList>
#include <QString>

namespace OutageDesk {

struct Incident;

// One built-in status-update text in one language.
struct StatusUpdateTemplate
{
    QString id;       // "investigating", "identified", "monitoring", "resolved"
    QString language; // the customers' language of the text: "en", "de", "fr", "he"
    QString name;     // in that language
    IncidentStatus status = IncidentStatus::Investigating;
    QString text;     // with placeholders
};

// Status-update templates as Statuspage offers them, from
// resources/templates/status-updates.json, with the incident's facts filled in:
// {title}, {instances}, {dataCenters}, {start} (the first start in each data
// center's own zone, with the zone: "2016-11-14 14:56 CET"), {duration} (the union
// of the outage windows, up to now while one is ongoing) and {windows}. A text is
// customer-facing: durations are written in the template's language, whatever the
// window speaks.
class StatusUpdateTemplates
{
public:
    static QList<StatusUpdateTemplate> all();
    static QStringList languages(); // those with templates, English first
    static QList<StatusUpdateTemplate> forLanguage(const QString &language);

    static QString fill(const StatusUpdateTemplate &statusTemplate, const Incident &incident, const RenderContext &context);
};

} // namespace OutageDesk
