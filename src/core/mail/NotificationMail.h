#pragma once

#include "mail/MailMessage.h"
#include "model/Customer.h"
#include "model/DataCenter.h"
#include "model/Incident.h"

#include <QHash>
#include <QList>

namespace OutageDesk {

// The mail a registered customer receives about one status update of one incident
// (docs/spec/notifications.md), in the customer's language whatever the window's:
// the update, the affected instances the customer uses with start and end in their
// data center's zone (the zone on every time), the incident's current status, a link
// to its portal page. Only what the portal would show: no internal note, no RCA
// unless approved, the HTML through the portal's sanitiser.
class NotificationMail
{
public:
    struct Sender
    {
        QString portalName; // [A-Za-z0-9._-]: in List-Id
        QString title;      // From's display name; empty: a translated default
        QString fromAddress;
        QString replyTo;    // empty: replies and unsubscribe requests go to fromAddress
        QString portalUrl;  // the public status portal; empty: no link
    };
    // Where each instance is: its data center (and so its zone).
    using Catalog = QHash<QString, DataCenter>;

    // The mail for `incident.updates[updateIndex]` to `customer`.
    static MailMessage forUpdate(const Incident &incident, int updateIndex, const Customer &customer,
                                 const Sender &sender, const Catalog &catalog, const QDateTime &now);
    // Identifies an update across edits of other updates: its instant.
    static QString updateKey(const StatusUpdate &update);
    // "<uuid>@<domain>", the same for the same (incident, update, recipient), so
    // that a mail sent twice (the relay's answer lost) is recognisable as one.
    static QString messageId(const Incident &incident, const QString &updateKey, const Customer &customer,
                             const QString &fromAddress);
    // The windows of `incident` on what `customer` subscribes to.
    static QList<OutageWindow> windowsFor(const Incident &incident, const Customer &customer, const Catalog &catalog);
    // The portal page of the incident, as the portal builder names it.
    static QString incidentPageUrl(const QString &portalUrl, const Incident &incident);
};

} // namespace OutageDesk
