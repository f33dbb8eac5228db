#pragma once

// Shared set-up of the GUI tests: a real SQLite workspace in a temporary folder
// with one data center per zone the tests need, and a WallTimeQuestion that
// answers from a script and records what it was asked.

#include "gui/editor/WallTimeQuestion.h"
#include "model/Incident.h"
#include "storage/CatalogRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QStringList>
#include <QTest>

namespace OutageDesk::TestSupport {

inline bool seedCatalog(Workspace &workspace)
{
    CatalogRepository catalog(&workspace);
    QString error;
    DataCenter eu{0, QStringLiteral("EU"), QStringLiteral("Europe Data Center"), QStringLiteral("Europe/Amsterdam")};
    DataCenter na{0, QStringLiteral("NA"), QStringLiteral("North America"), QStringLiteral("America/Chicago")};
    Instance primo{0, QStringLiteral("Primo MT EU01"), QStringLiteral("Primo"), QStringLiteral("EU")};
    Instance leganto{0, QStringLiteral("Leganto NA01"), QStringLiteral("Leganto"), QStringLiteral("NA")};
    const bool ok = catalog.saveDataCenter(eu, &error) && catalog.saveDataCenter(na, &error)
        && catalog.saveInstance(primo, &error) && catalog.saveInstance(leganto, &error);
    if (!ok)
        qWarning("seedCatalog: %s", qPrintable(error));
    return ok;
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

inline Incident makeIncident(const QString &title, Severity severity, IncidentStatus status,
                             const QString &instance = QString(), const QDateTime &start = QDateTime(),
                             const QDateTime &end = QDateTime())
{
    Incident incident;
    incident.title = title;
    incident.severity = severity;
    incident.status = status;
    if (!instance.isEmpty())
        incident.windows << OutageWindow{instance, start, end, Impact::Outage};
    return incident;
}

class ScriptedQuestion : public WallTimeQuestion
{
public:
    bool acceptSuggestion(const QString &question) override
    {
        asked << QStringLiteral("gap");
        lastQuestion = question;
        return acceptGap;
    }
    Occurrence chooseOccurrence(const QString &question, const QString &firstLabel, const QString &secondLabel) override
    {
        asked << QStringLiteral("overlap");
        lastQuestion = question;
        labels = {firstLabel, secondLabel};
        return occurrence;
    }
    void refuse(const QString &message) override
    {
        asked << QStringLiteral("refuse");
        lastQuestion = message;
    }

    bool acceptGap = true;
    Occurrence occurrence = Occurrence::First;
    QStringList asked;
    QStringList labels;
    QString lastQuestion;
};

} // namespace OutageDesk::TestSupport
