#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <memory>

class QTranslator;

namespace OutageDesk {

// Puts the user interface into one language for the life of the process: the
// application's catalogue (embedded, :/i18n/outagedesk_<lang>.qm), Qt's own
// (qt_<lang>.qm or qtbase_<lang>.qm from QLibraryInfo's translations folder, so
// standard dialogs and buttons follow) and the default QLocale (so dates and
// numbers follow too).
// Right-to-left languages turn the layout around through the catalogue's
// QT_LAYOUT_DIRECTION entry, which QGuiApplication reads when a translator arrives.
// Core only: the command line uses it as well as the window.
class Translator
{
public:
    Translator();
    ~Translator(); // removes what it installed

    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    // `language` is a BCP 47 / ISO 639 code ("de", "fr", "he", "en", "de_CH"); empty
    // means the system's languages. Returns false when the code is not a language
    // Qt knows; a known language without a catalogue runs in English.
    bool install(const QString &language);

    QLocale locale() const { return m_locale; }
    // The catalogue that was loaded (empty: English source strings).
    QString loadedCatalogue() const { return m_loadedCatalogue; }
    // Whether Qt's own translations for the language were found.
    bool hasQtTranslations() const;

    // The languages with a catalogue, English first.
    static QStringList availableLanguages();

    // One message in a given language, whatever the installed one is: for output
    // that has a language of its own, such as a status portal's pages. Tries the
    // contexts in order (each with CatalogueTranslator's fallbacks); the English
    // source when none has it. An empty `language` means the installed translation.
    // Thread-safe: portals are built on a worker thread too.
    static QString translateIn(const QString &language, std::initializer_list<const char *> contexts,
                               const char *sourceText, const char *disambiguation = nullptr, int n = -1);

    // The language chosen in Preferences (empty: the system's), applied at the next start.
    static QString languagePreference();
    static void setLanguagePreference(const QString &language);

private:
    void remove();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QLocale m_locale;
    QString m_loadedCatalogue;
};

} // namespace OutageDesk
