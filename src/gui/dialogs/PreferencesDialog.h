#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace OutageDesk {

class Settings;

// Preferences ▸ Preferences… (form ui/PreferencesDialog.ui): the theme, what Tab
// does in the RCA text, the user's own name (it goes on approvals) and how the
// window shows times (12 or 24 hours). The form shows what Settings holds; OK writes it back (Cancel
// writes nothing), and preferencesChanged() tells the window to apply it at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

Q_SIGNALS:
    void preferencesChanged();

private:
    std::unique_ptr<Ui::PreferencesDialog> ui;
    Settings &m_settings;
};

} // namespace OutageDesk
