#include "gui/widgets/LanguageMenu.h"
#include "i18n/Translator.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

class TestLanguageMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QAction *entry(const LanguageMenu &menu, const QString &code)
    {
        const QList<QAction *> actions = menu.actions();
        for (QAction *action : actions) {
            if (action->isCheckable() && action->data().toString() == code)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("OutageDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagemenu"));
        // The preference goes to a settings file of this test's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        Translator::setLanguagePreference(QString());
    }

    void offersSystemDefaultAndEachCatalogue_inItsOwnName()
    {
        LanguageMenu menu;
        QStringList names;
        const QList<QAction *> actions = menu.actions();
        for (const QAction *action : actions) {
            if (action->isCheckable())
                names << action->text();
        }
        QCOMPARE(names.size(), 5);
        QVERIFY(entry(menu, QString())->isChecked());
        QCOMPARE(entry(menu, QStringLiteral("en"))->text(), QStringLiteral("English"));
        QCOMPARE(entry(menu, QStringLiteral("de"))->text(), QStringLiteral("Deutsch"));
        QCOMPARE(entry(menu, QStringLiteral("fr"))->text(), QStringLiteral("Français"));
        QCOMPARE(entry(menu, QStringLiteral("he"))->text(), QStringLiteral("עברית"));
    }

    void choosing_storesThePreferenceForTheNextStart()
    {
        {
            LanguageMenu menu;
            QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
            entry(menu, QStringLiteral("he"))->trigger();
            QCOMPARE(chosen.size(), 1);
            QCOMPARE(chosen.first().first().toString(), QStringLiteral("he"));
            QCOMPARE(Translator::languagePreference(), QStringLiteral("he"));
            QCOMPARE(menu.checkedLanguage(), QStringLiteral("he"));
        }
        LanguageMenu reopened;
        QVERIFY(entry(reopened, QStringLiteral("he"))->isChecked());
        QVERIFY(!entry(reopened, QString())->isChecked());

        entry(reopened, QString())->trigger();
        QCOMPARE(Translator::languagePreference(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
