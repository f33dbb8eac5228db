#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <memory>

class Hunspell;

namespace OutageDesk {

// Spelling through Hunspell when the build found it and a dictionary is installed
// (Debian's hunspell-* packages); otherwise isValid() is false and callers carry
// on without spelling checks. Words the user adds go to a personal word list in
// the application data folder, shared by every language.
class SpellChecker
{
public:
    explicit SpellChecker(const QString &language = QStringLiteral("en_US"));
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    bool isValid() const;
    QString language() const { return m_language; }

    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 8) const;
    // Accepts the word from now on, here and in every later session.
    void addToPersonalDictionary(const QString &word);

    // Language codes ("en_US", "de_DE") with a dictionary installed.
    static QStringList availableLanguages();
    // OUTAGEDESK_PERSONAL_DICTIONARY, else personal-dictionary.txt in AppDataLocation.
    static QString personalDictionaryPath();
    // The spelling language chosen for an incident's RCA (RCAs are written in the
    // customers' language): empty = no spelling check. Kept in the user's settings,
    // so the editor and `outagedesk lint` agree. Default: the system language when a
    // dictionary exists, else en_US, else none.
    static QString languageFor(const QUuid &incident);
    static void setLanguageFor(const QUuid &incident, const QString &language);

    // Words not worth checking: with digits, all capitals (acronyms), one letter.
    static bool isCheckable(QStringView word);

private:
    std::string encode(const QString &word) const;
    QString decode(const std::string &word) const;

    QString m_language;
    std::unique_ptr<Hunspell> m_hunspell;
    bool m_utf8 = true;
    QStringList m_personal;
    mutable QHash<QString, bool> m_cache; // documents repeat words; Hunspell is not free
};

} // namespace OutageDesk
