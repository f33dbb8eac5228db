#include "gui/dialogs/PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "gui/Settings.h"

namespace OutageDesk {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    ui->setupUi(this);
    // The examples are the same instant in both forms, so the choice is plain.
    ui->hourCycleCombo->addItem(tr("24-hour (14:56)"), int(HourCycle::TwentyFour));
    ui->hourCycleCombo->addItem(tr("12-hour (2:56 PM)"), int(HourCycle::Twelve));
    ui->userNameEdit->setText(m_settings.userName());
    ui->hourCycleCombo->setCurrentIndex(ui->hourCycleCombo->findData(int(m_settings.hourCycle())));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    m_settings.setUserName(ui->userNameEdit->text());
    m_settings.setHourCycle(HourCycle(ui->hourCycleCombo->currentData().toInt()));
    m_settings.sync();
    QDialog::accept();
    Q_EMIT preferencesChanged();
}

} // namespace OutageDesk
