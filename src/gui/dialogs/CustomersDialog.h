#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class CustomersDialog;
}

namespace OutageDesk {

class CustomersTableModel;
class Workspace;

// The registered customers of docs/spec/notifications.md (form ui/CustomersDialog.ui):
// the list, filtered by subscription state and by what they subscribe to; Import
// reads the company's CSV all-or-nothing (a refusal names the line, as the command
// line does); Unsubscribe keeps a customer on record but sends nothing more.
class CustomersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CustomersDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~CustomersDialog() override;

    QString message() const; // the last refusal or confirmation shown
    bool lastActionRefused() const { return m_refused; }
    CustomersTableModel *model() const { return m_model; }

public Q_SLOTS:
    // Asks for a file, then importFile().
    void chooseAndImport();
    bool importFile(const QString &path);
    bool unsubscribeSelected();
    bool resubscribeSelected();
    bool removeSelected();

private:
    QStringList selectedEmails() const;
    bool setUnsubscribed(bool unsubscribed);
    void refreshTargets();
    void applyFilter();
    void updateCount();
    bool refuse(const QString &message);
    void confirm(const QString &message);

    std::unique_ptr<Ui::CustomersDialog> ui;
    Workspace *m_workspace;
    CustomersTableModel *m_model;
    bool m_refused = false;
};

} // namespace OutageDesk
