#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace OutageDesk {

// A registered customer (docs/spec/notifications.md): who hears, by e-mail and in
// their own language, about the data centers and instances they use.
struct Customer
{
    static inline const QString kEverything = QStringLiteral("*");

    qint64 id = 0;    // storage row id; 0 until stored
    QUuid uuid;       // identity across workspaces (team sync); made when first stored
    QString email;    // an RFC 5322 addr-spec, as given
    QString name;     // no control characters
    QString language; // a language code Qt knows: "en", "de", "pt_BR"
    // Data center codes, instance names, or "*" for everything, in the order given.
    QStringList subscriptions;
    bool unsubscribed = false; // kept on record, sent nothing

    bool subscribesToEverything() const { return subscriptions.contains(kEverything); }
    friend bool operator==(const Customer &a, const Customer &b)
    {
        return a.email == b.email && a.name == b.name && a.language == b.language
            && a.subscriptions == b.subscriptions && a.unsubscribed == b.unsubscribed;
    }
};

} // namespace OutageDesk
