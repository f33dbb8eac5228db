#include "analysis/SpellChecker.h"

#include "outagedesk/config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#if OUTAGEDESK_HAVE_HUNSPELL
#include <hunspell.hxx>
#endif

namespace OutageDesk {
namespace {

QStringList dictionaryFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("OUTAGEDESK_DICTIONARY_PATH");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    folders << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("hunspell"),
                                         QStandardPaths::LocateDirectory);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
            << QStringLiteral("/usr/share/myspell");
    folders.removeDuplicates();
    return folders;
}

QString dictionaryBase(const QString &language)
{
    for (const QString &folder : dictionaryFolders()) {
        const QString base = QDir(folder).filePath(language);
        if (QFileInfo::exists(base + QStringLiteral(".dic")) && QFileInfo::exists(base + QStringLiteral(".aff")))
            return base;
    }
    return {};
}

} // namespace

SpellChecker::SpellChecker(const QString &language)
    : m_language(language)
{
#if OUTAGEDESK_HAVE_HUNSPELL
    const QString base = dictionaryBase(language);
    if (base.isEmpty())
        return;
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(base + QStringLiteral(".aff")).constData(),
                                            QFile::encodeName(base + QStringLiteral(".dic")).constData());
    m_utf8 = QByteArray(m_hunspell->get_dic_encoding()).toUpper() == "UTF-8";
    QFile personal(personalDictionaryPath());
    if (personal.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QStringList words = QString::fromUtf8(personal.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            m_personal << word.trimmed();
            m_hunspell->add(encode(word.trimmed()));
        }
    }
#endif
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isValid() const
{
    return m_hunspell != nullptr;
}

std::string SpellChecker::encode(const QString &word) const
{
    // Dictionaries are UTF-8 or a legacy 8-bit set; Latin-1 covers the Western ones.
    return m_utf8 ? word.toStdString() : std::string(word.toLatin1().constData());
}

QString SpellChecker::decode(const std::string &word) const
{
    return m_utf8 ? QString::fromStdString(word) : QString::fromLatin1(word.data(), qsizetype(word.size()));
}

bool SpellChecker::isCorrect(const QString &word) const
{
#if OUTAGEDESK_HAVE_HUNSPELL
    if (!m_hunspell || !isCheckable(word))
        return true;
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.cend())
        return cached.value();
    // Typographic apostrophes are common in pasted text; dictionaries use ASCII.
    QString normalized = word;
    normalized.replace(QChar(0x2019), QLatin1Char('\''));
    const bool correct = m_hunspell->spell(encode(normalized));
    m_cache.insert(word, correct);
    return correct;
#else
    Q_UNUSED(word)
    return true;
#endif
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList result;
#if OUTAGEDESK_HAVE_HUNSPELL
    if (!m_hunspell)
        return result;
    const std::vector<std::string> suggested = m_hunspell->suggest(encode(word));
    for (const std::string &s : suggested) {
        if (result.size() >= max)
            break;
        result << decode(s);
    }
#else
    Q_UNUSED(word)
    Q_UNUSED(max)
#endif
    return result;
}

void SpellChecker::addToPersonalDictionary(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || m_personal.contains(trimmed))
        return;
    m_personal << trimmed;
    m_cache.insert(trimmed, true);
#if OUTAGEDESK_HAVE_HUNSPELL
    if (m_hunspell)
        m_hunspell->add(encode(trimmed));
#endif
    const QString path = personalDictionaryPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Re-read before writing: another editor window may have added words meanwhile.
    QStringList words;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly | QIODevice::Text))
        words = QString::fromUtf8(existing.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    existing.close();
    if (!words.contains(trimmed))
        words << trimmed;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
        file.commit();
    }
}

QStringList SpellChecker::availableLanguages()
{
    QStringList languages;
#if OUTAGEDESK_HAVE_HUNSPELL
    for (const QString &folder : dictionaryFolders()) {
        const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.dic")}, QDir::Files);
        for (const QFileInfo &info : files) {
            if (QFileInfo::exists(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".aff"))
                && !info.completeBaseName().startsWith(QLatin1String("hyph")))
                languages << info.completeBaseName();
        }
    }
    languages.removeDuplicates();
    languages.sort();
#endif
    return languages;
}

QString SpellChecker::personalDictionaryPath()
{
    // A team can share one word list (and tests keep theirs in a temporary folder).
    const QString shared = qEnvironmentVariable("OUTAGEDESK_PERSONAL_DICTIONARY");
    if (!shared.isEmpty())
        return shared;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/personal-dictionary.txt");
}

namespace {
QString languageKey(const QUuid &incident)
{
    return QStringLiteral("rca/spellingLanguage/") + incident.toString(QUuid::WithoutBraces);
}
} // namespace

QString SpellChecker::languageFor(const QUuid &incident)
{
    if (!incident.isNull()) {
        const QString stored = QSettings().value(languageKey(incident)).toString();
        if (stored == QLatin1String("none"))
            return {};
        if (!stored.isEmpty())
            return stored;
    }
    const QStringList available = availableLanguages();
    const QString system = QLocale::system().name();
    if (available.contains(system))
        return system;
    if (available.contains(QStringLiteral("en_US")))
        return QStringLiteral("en_US");
    return available.value(0);
}

void SpellChecker::setLanguageFor(const QUuid &incident, const QString &language)
{
    if (!incident.isNull())
        QSettings().setValue(languageKey(incident), language.isEmpty() ? QStringLiteral("none") : language);
}

bool SpellChecker::isCheckable(QStringView word)
{
    if (word.size() < 2)
        return false;
    // Acronyms ("DNS", "EU") are all capitals; scripts without case (Hebrew,
    // Arabic, CJK) have neither, and are checked like any other word.
    bool anyUpper = false;
    bool anyLower = false;
    for (const QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('_'))
            return false;
        anyUpper = anyUpper || c.isUpper();
        anyLower = anyLower || c.isLower();
    }
    return !(anyUpper && !anyLower);
}

} // namespace OutageDesk
