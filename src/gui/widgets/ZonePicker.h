#pragma once

#include <QComboBox>

namespace OutageDesk {

// An IANA time zone chooser: every zone Qt knows, searchable by any part of its
// name ("sydney", "amster", "Kolkata") through a contains-matching completer.
class ZonePicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ZonePicker(QWidget *parent = nullptr);

    QString zoneId() const;            // what is typed or chosen, trimmed
    void setZoneId(const QString &id); // shows ids Qt does not know as typed
    bool hasKnownZone() const;
};

} // namespace OutageDesk
