#include "storage/CustomerRepository.h"

#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerRepository", text);
}

QString kindOf(const QString &target, const QSet<QString> &dataCenterCodes)
{
    if (target == Customer::kEverything)
        return QStringLiteral("all");
    return dataCenterCodes.contains(target) ? QStringLiteral("data_center") : QStringLiteral("instance");
}

} // namespace

CustomerRepository::CustomerRepository(Workspace *workspace)
    : m_workspace(workspace)
{
}

QList<Customer> CustomerRepository::select(const QString &where, const QVariantList &values) const
{
    QList<Customer> result;
    QHash<qint64, qsizetype> rowOf;
    QSqlQuery q(m_workspace->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, uuid, email, name, language, unsubscribed FROM customers %1 ORDER BY email_key")
                  .arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        c.uuid = QUuid::fromString(q.value(1).toString());
        c.email = q.value(2).toString();
        c.name = q.value(3).toString();
        c.language = q.value(4).toString();
        c.unsubscribed = q.value(5).toInt() != 0;
        rowOf.insert(c.id, result.size());
        result << c;
    }
    if (result.isEmpty())
        return result;
    // All subscriptions in one pass rather than one query per customer (10,000 of them
    // in the benchmark); a single customer asks for its own only.
    QSqlQuery s(m_workspace->database());
    s.setForwardOnly(true);
    if (result.size() == 1) {
        s.prepare(QStringLiteral("SELECT customer_id, target FROM customer_subscriptions WHERE customer_id = ? "
                                 "ORDER BY position"));
        s.addBindValue(result.first().id);
    } else {
        s.prepare(QStringLiteral("SELECT customer_id, target FROM customer_subscriptions ORDER BY customer_id, position"));
    }
    if (s.exec()) {
        while (s.next()) {
            const auto it = rowOf.constFind(s.value(0).toLongLong());
            if (it != rowOf.cend())
                result[*it].subscriptions << s.value(1).toString();
        }
    }
    return result;
}

QList<Customer> CustomerRepository::customers() const
{
    return select(QString(), {});
}

std::optional<Customer> CustomerRepository::customer(const QString &email) const
{
    const auto found = select(QStringLiteral("WHERE email_key = ?"), {email.toLower()});
    return found.isEmpty() ? std::nullopt : std::optional<Customer>(found.first());
}

int CustomerRepository::count() const
{
    QSqlQuery q(m_workspace->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM customers")) && q.next() ? q.value(0).toInt() : 0;
}

QList<Customer> CustomerRepository::subscribersOf(const QStringList &dataCenterCodes, const QStringList &instanceNames) const
{
    QStringList placeholders;
    QVariantList values;
    for (const QString &code : dataCenterCodes) {
        placeholders << QStringLiteral("(kind = 'data_center' AND target = ?)");
        values << code;
    }
    for (const QString &name : instanceNames) {
        placeholders << QStringLiteral("(kind = 'instance' AND target = ?)");
        values << name;
    }
    placeholders << QStringLiteral("kind = 'all'");
    return select(QStringLiteral("WHERE unsubscribed = 0 AND id IN (SELECT customer_id FROM customer_subscriptions "
                                 "WHERE %1)")
                      .arg(placeholders.join(QStringLiteral(" OR "))),
                  values);
}

bool CustomerRepository::importCustomers(const QList<Customer> &customers, int *created, int *updated, QString *error)
{
    *created = 0;
    *updated = 0;
    int newRows = 0;
    int changedRows = 0;
    const bool ok = m_workspace->transaction(
        [&](QString *err) {
            QSet<QString> dataCenterCodes;
            {
                QSqlQuery dc(m_workspace->database());
                dc.setForwardOnly(true);
                dc.exec(QStringLiteral("SELECT code FROM data_centers"));
                while (dc.next())
                    dataCenterCodes.insert(dc.value(0).toString());
            }
            const qint64 now = Clock::now().toMSecsSinceEpoch();
            QSqlQuery &find = m_workspace->statement(QStringLiteral("SELECT id FROM customers WHERE email_key = ?"));
            for (const Customer &c : customers) {
                find.addBindValue(c.email.toLower());
                qint64 id = 0;
                if (!find.exec()) {
                    *err = find.lastError().text();
                    return false;
                }
                if (find.next())
                    id = find.value(0).toLongLong();
                find.finish();
                if (id == 0) {
                    QSqlQuery &insert = m_workspace->statement(
                        QStringLiteral("INSERT INTO customers(uuid, email, email_key, name, language, unsubscribed, "
                                       "created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                    insert.addBindValue((c.uuid.isNull() ? QUuid::createUuid() : c.uuid).toString(QUuid::WithoutBraces));
                    insert.addBindValue(c.email);
                    insert.addBindValue(c.email.toLower());
                    insert.addBindValue(c.name);
                    insert.addBindValue(c.language);
                    insert.addBindValue(c.unsubscribed ? 1 : 0);
                    insert.addBindValue(now);
                    insert.addBindValue(now);
                    if (!insert.exec()) {
                        *err = tr("cannot save customer %1: %2").arg(c.email, insert.lastError().text());
                        return false;
                    }
                    id = insert.lastInsertId().toLongLong();
                    ++newRows;
                } else {
                    QSqlQuery &update = m_workspace->statement(
                        QStringLiteral("UPDATE customers SET email = ?, name = ?, language = ?, updated_at_ms = ? "
                                       "WHERE id = ?"));
                    update.addBindValue(c.email);
                    update.addBindValue(c.name);
                    update.addBindValue(c.language);
                    update.addBindValue(now);
                    update.addBindValue(id);
                    QSqlQuery &clear = m_workspace->statement(
                        QStringLiteral("DELETE FROM customer_subscriptions WHERE customer_id = ?"));
                    clear.addBindValue(id);
                    if (!update.exec() || !clear.exec()) {
                        *err = tr("cannot save customer %1: %2")
                                   .arg(c.email, (update.lastError().isValid() ? update : clear).lastError().text());
                        return false;
                    }
                    ++changedRows;
                }
                QSqlQuery &subscribe = m_workspace->statement(
                    QStringLiteral("INSERT INTO customer_subscriptions(customer_id, position, kind, target) "
                                   "VALUES (?, ?, ?, ?)"));
                for (int i = 0; i < c.subscriptions.size(); ++i) {
                    subscribe.addBindValue(id);
                    subscribe.addBindValue(i);
                    subscribe.addBindValue(kindOf(c.subscriptions.at(i), dataCenterCodes));
                    subscribe.addBindValue(c.subscriptions.at(i));
                    if (!subscribe.exec()) {
                        *err = tr("cannot save customer %1: %2").arg(c.email, subscribe.lastError().text());
                        return false;
                    }
                }
            }
            return true;
        },
        error);
    if (ok) {
        *created = newRows;
        *updated = changedRows;
    }
    return ok;
}

bool CustomerRepository::remove(const QString &email, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("DELETE FROM customers WHERE email_key = ?"));
            q.addBindValue(email.toLower());
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            if (q.numRowsAffected() == 0) {
                *err = tr("no customer with the address %1").arg(email);
                return false;
            }
            return true;
        },
        error);
}

bool CustomerRepository::setUnsubscribed(const QString &email, bool unsubscribed, QString *error)
{
    return m_workspace->transaction(
        [&](QString *err) {
            QSqlQuery q(m_workspace->database());
            q.prepare(QStringLiteral("UPDATE customers SET unsubscribed = ?, updated_at_ms = ? WHERE email_key = ?"));
            q.addBindValue(unsubscribed ? 1 : 0);
            q.addBindValue(Clock::now().toMSecsSinceEpoch());
            q.addBindValue(email.toLower());
            if (!q.exec()) {
                *err = q.lastError().text();
                return false;
            }
            if (q.numRowsAffected() == 0) {
                *err = tr("no customer with the address %1").arg(email);
                return false;
            }
            return true;
        },
        error);
}

} // namespace OutageDesk
