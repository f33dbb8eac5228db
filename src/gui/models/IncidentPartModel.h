#pragma once

#include "model/DataCenter.h"
#include "model/Incident.h"
#include "model/Instance.h"
#include "time/HourCycle.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace OutageDesk {

class WallTimeQuestion;

// Base of the editor's tables (windows, status updates, action items): each shows
// one list of the incident on display. An edit never writes: setData() builds the
// changed incident and asks for it with editRequested(), which the editor turns
// into an undo command; the new state comes back through setIncident().
class IncidentPartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit IncidentPartModel(QObject *parent = nullptr);

    void setIncident(const Incident &incident);
    const Incident &incident() const { return m_incident; }
    void setCatalog(const QList<DataCenter> &dataCenters, const QList<Instance> &instances);
    const QList<Instance> &instances() const { return m_instances; }
    void setQuestion(WallTimeQuestion *question) { m_question = question; }
    // How times show and are edited in this window (Preferences); default 24 h.
    void setHourCycle(HourCycle cycle);
    HourCycle hourCycle() const { return m_hourCycle; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;

    // The zone a window on `instanceName` is shown and typed in (UTC if unknown).
    QTimeZone zoneOfInstance(const QString &instanceName) const;
    // The zone of the incident's first window: where its updates are read.
    QTimeZone incidentZone() const;

Q_SIGNALS:
    void editRequested(const OutageDesk::Incident &after, const QString &description);

protected:
    virtual int partCount(const Incident &incident) const = 0;
    WallTimeQuestion *question() const { return m_question; }
    bool requestEdit(const Incident &after, const QString &description);

private:
    Incident m_incident;
    QList<Instance> m_instances;
    QHash<QString, QString> m_zoneOfInstance; // instance name → IANA id
    WallTimeQuestion *m_question = nullptr;
    HourCycle m_hourCycle = HourCycle::TwentyFour;
};

} // namespace OutageDesk
