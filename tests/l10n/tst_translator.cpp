#include "i18n/Translator.h"
#include "publish/PortalSiteBuilder.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>
#include <QTest>

using namespace OutageDesk;

// Loads each shipped language as the application does and reads a few known
// strings back: from a Q_OBJECT class, from a file-local tr() helper in a member and
// in a free function (whose lupdate context differs from the run-time one), from a
// Designer form, plural forms, Qt's own catalogue, and the layout direction.
class TestTranslator : public QObject
{
    Q_OBJECT

    static QString translate(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

private Q_SLOTS:
    void knownStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");

        const QByteArray mainWindow("OutageDesk::MainWindow");
        QTest::newRow("de menu") << "de" << mainWindow << QByteArray("&File") << QStringLiteral("&Datei");
        QTest::newRow("fr menu") << "fr" << mainWindow << QByteArray("&File") << QStringLiteral("&Fichier");
        QTest::newRow("he menu") << "he" << mainWindow << QByteArray("&File") << QStringLiteral("&קובץ");
        QTest::newRow("en source") << "en" << mainWindow << QByteArray("&File") << QStringLiteral("&File");

        // A Designer form (uic's context is the form's name).
        QTest::newRow("de form") << "de" << QByteArray("IncidentEditor") << QByteArray("&Title:") << QStringLiteral("&Titel:");
        QTest::newRow("fr form") << "fr" << QByteArray("IncidentEditor") << QByteArray("&Title:") << QStringLiteral("&Titre\u00a0:");
        QTest::newRow("he form") << "he" << QByteArray("IncidentEditor") << QByteArray("&Title:") << QStringLiteral("&כותרת:");

        // File-local helper tr() in a member function: run-time context "ListCommand",
        // lupdate's "OutageDesk::ListCommand".
        const QByteArray listSummary("list the incidents, newest first");
        QTest::newRow("de helper member") << "de" << QByteArray("ListCommand") << listSummary
                                          << QStringLiteral("die Störungen auflisten, neueste zuerst");
        QTest::newRow("he helper member") << "he" << QByteArray("ListCommand") << listSummary
                                          << QStringLiteral("הצגת רשימת התקריות, החדשות ביותר תחילה");

        // Helper tr() in a free function: lupdate's context "OutageDesk".
        const QByteArray welcome("Welcome to Outage Desk");
        QTest::newRow("de helper free") << "de" << QByteArray("GuiLauncher") << welcome << QStringLiteral("Willkommen bei Outage Desk");
        QTest::newRow("fr helper free") << "fr" << QByteArray("GuiLauncher") << welcome << QStringLiteral("Bienvenue dans Outage Desk");
        QTest::newRow("he helper free") << "he" << QByteArray("GuiLauncher") << welcome << QStringLiteral("ברוכים הבאים ל-Outage Desk");
    }

    void knownStrings()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        Translator translator;
        QVERIFY(translator.install(language));
        QCOMPARE(translate(context.constData(), source.constData()), expected);
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << "en" << 1 << QStringLiteral("1 incident");
        QTest::newRow("en 3") << "en" << 3 << QStringLiteral("3 incidents");
        QTest::newRow("de 1") << "de" << 1 << QStringLiteral("1 Störung");
        QTest::newRow("de 3") << "de" << 3 << QStringLiteral("3 Störungen");
        QTest::newRow("fr 1") << "fr" << 1 << QStringLiteral("1 incident");
        QTest::newRow("fr 3") << "fr" << 3 << QStringLiteral("3 incidents");
        QTest::newRow("he 1") << "he" << 1 << QStringLiteral("תקרית אחת");
        QTest::newRow("he 2") << "he" << 2 << QStringLiteral("2 תקריות");
        QTest::newRow("he 11") << "he" << 11 << QStringLiteral("11 תקריות");
        // Without a catalogue of their own, English plurals rather than "incident(s)".
        QTest::newRow("C locale 3") << "C" << 3 << QStringLiteral("3 incidents");
        QTest::newRow("Swedish 1") << "sv" << 1 << QStringLiteral("1 incident");
        QTest::newRow("Swedish 3") << "sv" << 3 << QStringLiteral("3 incidents");
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        Translator translator;
        QVERIFY(translator.install(language));
        QCOMPARE(translate("OutageDesk::MainWindow", "%n incident(s)", n), expected);
    }

    void hebrew_turnsTheLayoutRightToLeft()
    {
        {
            Translator translator;
            QVERIFY(translator.install(QStringLiteral("he")));
            QCOMPARE(translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("RTL"));
            // QGuiApplication re-reads the direction when the LanguageChange event arrives.
            QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        }
        Translator german;
        QVERIFY(german.install(QStringLiteral("de")));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void datesAndNumbers_followTheLanguage()
    {
        Translator translator;
        QVERIFY(translator.install(QStringLiteral("de")));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(QLocale().toString(QDate(2016, 11, 14), QStringLiteral("d. MMMM yyyy")), QStringLiteral("14. November 2016"));
        QVERIFY(translator.install(QStringLiteral("fr")));
        QCOMPARE(QLocale().toString(QDate(2016, 11, 14), QStringLiteral("d MMMM yyyy")), QStringLiteral("14 novembre 2016"));
    }

    // Standard dialogs and buttons: qtbase_<lang>.qm from Qt's translations folder
    // (Debian: qt6-translations-l10n).
    void qtsOwnCatalogue_isLoaded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << "de" << QStringLiteral("Abbrechen");
        QTest::newRow("fr") << "fr" << QStringLiteral("Annuler");
        QTest::newRow("he") << "he" << QStringLiteral("ביטול");
    }

    void qtsOwnCatalogue_isLoaded()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        Translator translator;
        QVERIFY(translator.install(language));
        QVERIFY2(translator.hasQtTranslations(), "qtbase_*.qm not found: install qt6-translations-l10n");
        QCOMPARE(translate("QPlatformTheme", "Cancel"), cancel);
    }

    // A status portal has a language of its own (its setting), whatever the window speaks.
    void portalPages_speakThePortalsLanguage_data()
    {
        QTest::addColumn<QString>("ui");
        QTest::addColumn<QString>("portal");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("direction");
        QTest::newRow("en portal, de window") << "de" << "en" << QStringLiteral("Service status") << "ltr";
        QTest::newRow("de portal, en window") << "en" << "de" << QStringLiteral("Dienststatus") << "ltr";
        QTest::newRow("fr portal, he window") << "he" << "fr" << QStringLiteral("État des services") << "ltr";
        QTest::newRow("he portal, fr window") << "fr" << "he" << QStringLiteral("מצב השירות") << "rtl";
        QTest::newRow("es portal: English") << "de" << "es" << QStringLiteral("Service status") << "ltr";
    }

    void portalPages_speakThePortalsLanguage()
    {
        QFETCH(QString, ui);
        QFETCH(QString, portal);
        QFETCH(QString, heading);
        QFETCH(QString, direction);
        Translator translator;
        QVERIFY(translator.install(ui));
        const QString windowHeading = translate("PortalSiteBuilder", "Service status");

        PortalSiteInput input;
        input.language = portal;
        input.now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        const QString index = QString::fromUtf8(PortalSiteBuilder().build(input).files.value(QStringLiteral("index.html")));
        QVERIFY2(index.contains(heading), qPrintable(index.left(2000)));
        QVERIFY(index.contains(QStringLiteral("dir=\"%1\"").arg(direction)));
        // The window's own language is untouched by the build.
        QCOMPARE(translate("PortalSiteBuilder", "Service status"), windowHeading);
    }

    void availableLanguages_areTheShippedCatalogues()
    {
        const QStringList languages = Translator::availableLanguages();
        QCOMPARE(languages.first(), QStringLiteral("en"));
        for (const char *code : {"de", "fr", "he"})
            QVERIFY2(languages.contains(QLatin1String(code)), code);
    }

    void unknownLanguage_isRefused_andRemovingRestoresTheSource()
    {
        Translator translator;
        QVERIFY(!translator.install(QStringLiteral("klingon")));
        {
            Translator german;
            QVERIFY(german.install(QStringLiteral("de")));
            QVERIFY(!german.loadedCatalogue().isEmpty());
        }
        QCOMPARE(translate("OutageDesk::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslator)
#include "tst_translator.moc"
