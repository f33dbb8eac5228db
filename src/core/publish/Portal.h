#pragma once

#include "model/HourClock.h"

#include <QMap>
#include <QString>
#include <optional>

namespace OutageDesk {

enum class PortalKind { WebDav, Statuspage, Webhook };

QString toWireName(PortalKind kind);
std::optional<PortalKind> portalKindFromWireName(const QString &name);

// A publishing target. Its secret (password, API key, HMAC key) is not part of it:
// that lives in the system keychain under the portal's name, or, for a portal that
// asks for it at each publish, nowhere (typed when publishing, held in memory for
// that attempt only).
struct Portal
{
    static constexpr int kDefaultTransferTimeoutMs = 30000;

    qint64 id = 0;
    QString name;
    PortalKind kind = PortalKind::WebDav;
    QString url;      // WebDAV collection, Statuspage API base, or webhook endpoint
    QString user;     // WebDAV basic-auth user
    QString pageId;   // Statuspage page id
    QString caFile;   // extra CA certificate (PEM) trusted for this portal only
    QMap<QString, QString> componentMap; // instance name → Statuspage component id
    QString language = QStringLiteral("en"); // of everything the portal shows, never the window's
    HourClock hourClock = HourClock::TwentyFourHour;
    QString title;    // the portal's heading; empty = a translated default
    int transferTimeoutMs = kDefaultTransferTimeoutMs;
    bool askSecretEachPublish = false; // no keychain entry: the secret is asked for every attempt
    // How a Statuspage portal schedules a maintenance (Statuspage's
    // scheduled_remind_prior, scheduled_auto_in_progress, scheduled_auto_completed).
    bool maintenanceRemindPrior = true;
    bool maintenanceAutoInProgress = true;
    bool maintenanceAutoCompleted = true;

    // Whether a publication can reach people directly (mail, SMS, subscribers).
    bool canNotifySubscribers() const { return kind == PortalKind::Statuspage; }
};

} // namespace OutageDesk
