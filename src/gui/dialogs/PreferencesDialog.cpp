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
    ui->themeCombo->addItem(tr("System"), int(Settings::Theme::System));
    ui->themeCombo->addItem(tr("Light"), int(Settings::Theme::Light));
    ui->themeCombo->addItem(tr("Dark"), int(Settings::Theme::Dark));
    ui->themeCombo->setCurrentIndex(ui->themeCombo->findData(int(settings.theme())));
    ui->rcaTabKeyCombo->addItem(tr("Inserts spaces"), int(Settings::RcaTabKey::InsertSpaces));
    ui->rcaTabKeyCombo->addItem(tr("Moves to the next field"), int(Settings::RcaTabKey::MoveFocus));
    ui->rcaTabKeyCombo->setCurrentIndex(ui->rcaTabKeyCombo->findData(int(settings.rcaTabKey())));
    // The examples are the same instant in both forms, so the choice is plain.
    ui->hourCycleCombo->addItem(tr("24-hour (14:56)"), int(HourCycle::TwentyFour));
    ui->hourCycleCombo->addItem(tr("12-hour (2:56 PM)"), int(HourCycle::Twelve));
    ui->hourCycleCombo->setCurrentIndex(ui->hourCycleCombo->findData(int(settings.hourCycle())));
    ui->userNameEdit->setText(settings.userName());
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    m_settings.setTheme(Settings::Theme(ui->themeCombo->currentData().toInt()));
    m_settings.setRcaTabKey(Settings::RcaTabKey(ui->rcaTabKeyCombo->currentData().toInt()));
    m_settings.setUserName(ui->userNameEdit->text());
    m_settings.setHourCycle(HourCycle(ui->hourCycleCombo->currentData().toInt()));
    m_settings.sync();
    QDialog::accept();
    Q_EMIT preferencesChanged();
}

} // namespace OutageDesk
