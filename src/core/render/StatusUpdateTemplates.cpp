#include "render/StatusUpdateTemplates.h"

#include "i18n/Translator.h"
#include "model/Incident.h"
#include "time/IntervalSet.h"
#include "time/TimeFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace OutageDesk {
namespace {

// The same words as TimeFormat::duration(), in the template's language.
QString durationIn(const QString &language, qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return Translator::translateIn(language, {"TimeFormat"}, "%1 d %2 h %3 min").arg(days).arg(hours).arg(mins);
    if (hours > 0)
        return Translator::translateIn(language, {"TimeFormat"}, "%1 h %2 min").arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return Translator::translateIn(language, {"TimeFormat"}, "%1 min").arg(mins);
}

} // namespace

QList<StatusUpdateTemplate> StatusUpdateTemplates::all()
{
    QList<StatusUpdateTemplate> result;
    QFile file(QStringLiteral(":/outagedesk/templates/status-updates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray templates = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("templates")).toArray();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("he")}) {
        for (const QJsonValue &value : templates) {
            const QJsonObject o = value.toObject();
            const QString text = o.value(QStringLiteral("text")).toObject().value(language).toString();
            if (text.isEmpty())
                continue;
            StatusUpdateTemplate t;
            t.id = o.value(QStringLiteral("id")).toString();
            t.language = language;
            t.name = o.value(QStringLiteral("name")).toObject().value(language).toString(t.id);
            t.status = incidentStatusFromWireName(o.value(QStringLiteral("status")).toString()).value_or(IncidentStatus::Investigating);
            t.text = text;
            result << t;
        }
    }
    return result;
}

QStringList StatusUpdateTemplates::languages()
{
    QStringList result;
    for (const auto &t : all()) {
        if (!result.contains(t.language))
            result << t.language;
    }
    return result;
}

QList<StatusUpdateTemplate> StatusUpdateTemplates::forLanguage(const QString &language)
{
    QList<StatusUpdateTemplate> result;
    for (const auto &t : all()) {
        if (t.language == language)
            result << t;
    }
    return result;
}

QString StatusUpdateTemplates::fill(const StatusUpdateTemplate &statusTemplate, const Incident &incident,
                                    const RenderContext &context)
{
    QStringList instances;
    QStringList dataCenters;
    // The first start per data center, in the order the data centers first appear.
    QStringList dcOrder;
    QMap<QString, QDateTime> firstStart;
    QMap<QString, QTimeZone> zoneOf;
    IntervalSet outage;
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    for (const OutageWindow &w : incident.windows) {
        if (!instances.contains(w.instance))
            instances << w.instance;
        const auto dc = context.dataCenterOfInstance.constFind(w.instance);
        const QString code = dc != context.dataCenterOfInstance.cend() ? dc->code : QString();
        const QString dcName = dc != context.dataCenterOfInstance.cend() ? (dc->name.isEmpty() ? dc->code : dc->name) : QString();
        if (!dcName.isEmpty() && !dataCenters.contains(dcName))
            dataCenters << dcName;
        if (!dcOrder.contains(code))
            dcOrder << code;
        if (!firstStart.contains(code) || w.start < firstStart.value(code)) {
            firstStart.insert(code, w.start);
            zoneOf.insert(code, context.zoneOf(w.instance));
        }
        if (w.impact == Impact::Outage)
            outage.add(w.start.toMSecsSinceEpoch(), (w.isOngoing() ? now : w.end).toMSecsSinceEpoch());
    }
    QStringList starts;
    for (const QString &code : std::as_const(dcOrder)) {
        QString start = TimeFormat::dateTime(firstStart.value(code), zoneOf.value(code));
        if (dcOrder.size() > 1 && !code.isEmpty())
            start += QStringLiteral(" (%1)").arg(code);
        starts << start;
    }
    const QString separator = QStringLiteral(", ");
    QString text = statusTemplate.text;
    text.replace(QLatin1String("{title}"), incident.title);
    text.replace(QLatin1String("{instances}"), instances.join(separator));
    text.replace(QLatin1String("{dataCenters}"), dataCenters.join(separator));
    text.replace(QLatin1String("{start}"), starts.join(separator));
    text.replace(QLatin1String("{duration}"), durationIn(statusTemplate.language, outage.totalLength() / 1000));
    text.replace(QLatin1String("{windows}"), QString::number(incident.windows.size()));
    return text;
}

} // namespace OutageDesk
