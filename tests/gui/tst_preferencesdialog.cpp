#include "gui/Settings.h"
#include "gui/dialogs/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// Preferences typed into the real form, offscreen: OK stores them in Settings
// (and says so), Cancel stores nothing, and the form opens with what is stored.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("prefs.ini"));
    }

    void defaults_emptyNameAnd24Hours()
    {
        Settings settings(m_ini);
        QCOMPARE(settings.userName(), QString());
        QCOMPARE(settings.hourCycle(), HourCycle::TwentyFour);
    }

    void typeNameAndChoose12Hours_okStoresBoth()
    {
        {
            Settings settings(m_ini);
            PreferencesDialog dialog(settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
            auto *cycle = dialog.findChild<QComboBox *>(QStringLiteral("hourCycleCombo"));
            QVERIFY(name && cycle);
            QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
            QTest::keyClicks(name, QStringLiteral("  Dana Reviewer "));
            cycle->setFocus();
            QTest::keyClick(cycle, Qt::Key_Down); // 24 h → 12 h
            QCOMPARE(cycle->currentData().toInt(), int(HourCycle::Twelve));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(changed.count(), 1);
        }
        // What a later start reads from the file.
        Settings reread(m_ini);
        QCOMPARE(reread.userName(), QStringLiteral("Dana Reviewer"));
        QCOMPARE(reread.hourCycle(), HourCycle::Twelve);

        // The form opens with what is stored.
        PreferencesDialog again(reread);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("userNameEdit"))->text(), QStringLiteral("Dana Reviewer"));
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("hourCycleCombo"))->currentData().toInt(),
                 int(HourCycle::Twelve));
    }

    void cancel_storesNothing()
    {
        Settings settings(m_ini);
        settings.setUserName(QStringLiteral("Kept"));
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Other"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(settings.userName(), QStringLiteral("Kept"));
    }

    void unknownStoredHourCycle_readsAs24Hours()
    {
        {
            QSettings raw(m_ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("display/hourCycle"), QStringLiteral("13"));
        }
        QCOMPARE(Settings(m_ini).hourCycle(), HourCycle::TwentyFour);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
