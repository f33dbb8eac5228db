#include "i18n/Translator.h"

#include "i18n/CatalogueTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QSettings>
#include <QTranslator>

namespace OutageDesk {
namespace {

const QString kCataloguePath = QStringLiteral(":/i18n");
const QString kPreferenceKey = QStringLiteral("ui/language");

// Not used at run time: it puts the entry QGuiApplication asks for into our .ts
// files (lupdate cannot see Qt's own sources), so each catalogue states its
// direction even where qtbase_<lang>.qm is not installed.
//: Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in
//: right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.
[[maybe_unused]] const char *const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// What QCoreApplication::translate does to a found message, for translateIn.
QString replacePercentN(QString text, int n, const QLocale &locale)
{
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

} // namespace

Translator::Translator() = default;

Translator::~Translator()
{
    remove();
}

void Translator::remove()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_loadedCatalogue.clear();
}

bool Translator::install(const QString &language)
{
    remove();
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        // QLocale falls back to "C" for anything it does not know.
        if (locale.language() == QLocale::C && language != QLatin1String("C"))
            return false;
    }
    m_locale = locale;
    QLocale::setDefault(locale);

    auto app = std::make_unique<CatalogueTranslator>();
    // Tries outagedesk_de_CH, outagedesk_de, … for each of the locale's UI languages.
    // A language without a catalogue (and the C locale) gets the English one: the
    // source text is English, but its plurals ("%n incident(s)") live there.
    if (app->load(locale, QStringLiteral("outagedesk"), QStringLiteral("_"), kCataloguePath)
        || app->load(QStringLiteral("outagedesk_en"), kCataloguePath)) {
        m_loadedCatalogue = app->filePath();
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }

    auto qt = std::make_unique<QTranslator>();
    // Deployed builds (windeployqt, macdeployqt) point this at the bundle through qt.conf.
    // qt_<lang>.qm first: windeployqt merges the modules' catalogues into it, and on
    // Linux it is a small file that pulls in qtbase_<lang>.qm and the others.
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtTranslations)
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations)) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    return true;
}

bool Translator::hasQtTranslations() const
{
    return m_qtTranslator != nullptr;
}

QStringList Translator::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(kCataloguePath).entryList({QStringLiteral("outagedesk_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(11, file.size() - 11 - 3); // "outagedesk_" … ".qm"
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

QString Translator::translateIn(const QString &language, std::initializer_list<const char *> contexts,
                               const char *sourceText, const char *disambiguation, int n)
{
    const QString source = QString::fromUtf8(sourceText);
    if (language.isEmpty()) {
        const QString plain = replacePercentN(source, n, QLocale());
        for (const char *context : contexts) {
            const QString translated = QCoreApplication::translate(context, sourceText, disambiguation, n);
            if (translated != plain)
                return translated;
        }
        return plain;
    }
    // One catalogue per language, loaded once and kept for the life of the process.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<CatalogueTranslator>> catalogues;
    const QLocale locale(language);
    std::shared_ptr<CatalogueTranslator> catalogue;
    {
        QMutexLocker lock(&mutex);
        auto it = catalogues.find(language);
        if (it == catalogues.end()) {
            auto loaded = std::make_shared<CatalogueTranslator>();
            if (!loaded->load(locale, QStringLiteral("outagedesk"), QStringLiteral("_"), kCataloguePath))
                loaded.reset();
            it = catalogues.insert(language, loaded);
        }
        catalogue = it.value();
    }
    if (catalogue) {
        for (const char *context : contexts) {
            const QString translated = catalogue->translate(context, sourceText, disambiguation, n);
            if (!translated.isNull())
                return replacePercentN(translated, n, locale);
        }
    }
    return replacePercentN(source, n, locale);
}

QString Translator::languagePreference()
{
    return QSettings().value(kPreferenceKey).toString();
}

void Translator::setLanguagePreference(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kPreferenceKey);
    else
        settings.setValue(kPreferenceKey, language);
}

} // namespace OutageDesk
