#include "gui/models/CustomersTableModel.h"

#include "i18n/DisplayNames.h"
#include "storage/CustomerRepository.h"
#include "storage/Workspace.h"

#include <QLocale>

namespace OutageDesk {

CustomersTableModel::CustomersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomersTableModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::reset, this, &CustomersTableModel::reload);
    reload();
}

void CustomersTableModel::setFilter(StateFilter state, const QString &target)
{
    beginResetModel();
    m_state = state;
    m_target = target;
    applyFilter();
    endResetModel();
}

void CustomersTableModel::reload()
{
    beginResetModel();
    m_all = m_workspace && m_workspace->isOpen() ? CustomerRepository(m_workspace).customers() : QList<Customer>();
    applyFilter();
    endResetModel();
}

void CustomersTableModel::applyFilter()
{
    m_rows.clear();
    for (const Customer &c : std::as_const(m_all)) {
        if ((m_state == StateFilter::Subscribed && c.unsubscribed) || (m_state == StateFilter::Unsubscribed && !c.unsubscribed))
            continue;
        if (!m_target.isEmpty() && !c.subscriptions.contains(m_target) && !c.subscribesToEverything())
            continue;
        m_rows << c;
    }
}

int CustomersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_rows.at(index.row());
    if (role == EmailRole)
        return c.email;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case EmailColumn:
        return DisplayNames::leftToRight(c.email);
    case NameColumn:
        return c.name;
    case LanguageColumn: {
        const QLocale locale(c.language);
        return tr("%1 (%2)").arg(locale.nativeLanguageName(), c.language);
    }
    case SubscriptionsColumn: {
        QStringList shown;
        for (const QString &s : c.subscriptions)
            shown << (s == Customer::kEverything ? tr("everything") : s);
        return shown.join(QStringLiteral("; "));
    }
    case StateColumn:
        return c.unsubscribed ? tr("Unsubscribed") : tr("Subscribed");
    }
    return {};
}

QVariant CustomersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EmailColumn:
        return tr("E-mail");
    case NameColumn:
        return tr("Name");
    case LanguageColumn:
        return tr("Language");
    case SubscriptionsColumn:
        return tr("Subscriptions");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace OutageDesk
