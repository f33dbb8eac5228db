#pragma once

#include "model/Customer.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace OutageDesk {

class Workspace;

// The registered customers (docs/spec/notifications.md) and their subscriptions.
// Addresses are matched without regard to case: the same mailbox is one customer.
class CustomerRepository
{
public:
    explicit CustomerRepository(Workspace *workspace);

    // Ordered by address.
    QList<Customer> customers() const;
    std::optional<Customer> customer(const QString &email) const;
    int count() const;
    // The customers to mail about an incident touching these data centers and
    // instances: subscribed to one of them or to everything, and not unsubscribed.
    QList<Customer> subscribersOf(const QStringList &dataCenterCodes, const QStringList &instanceNames) const;

    // Inserts or updates every customer in one transaction (all or nothing). An update
    // keeps the customer's identity and unsubscription: an unsubscribe request the
    // company honoured is not undone by re-importing its records.
    bool importCustomers(const QList<Customer> &customers, int *created, int *updated, QString *error);
    // False with `error` set when there is no such customer.
    bool remove(const QString &email, QString *error);
    bool setUnsubscribed(const QString &email, bool unsubscribed, QString *error);

private:
    QList<Customer> select(const QString &where, const QVariantList &values) const;

    Workspace *m_workspace;
};

} // namespace OutageDesk
