#pragma once

#include "model/Customer.h"

#include <QAbstractTableModel>

namespace OutageDesk {

class Workspace;

// The registered customers, read from CustomerRepository, with the dialog's filters
// applied (by subscription state and by what they subscribe to). Read-only.
class CustomersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, NameColumn, LanguageColumn, SubscriptionsColumn, StateColumn, ColumnCount };
    enum class StateFilter { All, Subscribed, Unsubscribed };
    enum Role { EmailRole = Qt::UserRole + 100 };

    explicit CustomersTableModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    // `target`: a data center code or instance name; empty for any. A customer
    // subscribed to everything ("*") matches every target.
    void setFilter(StateFilter state, const QString &target);
    const QList<Customer> &customers() const { return m_rows; }
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    void applyFilter();

    Workspace *m_workspace = nullptr;
    QList<Customer> m_all;
    QList<Customer> m_rows;
    StateFilter m_state = StateFilter::All;
    QString m_target;
};

} // namespace OutageDesk
