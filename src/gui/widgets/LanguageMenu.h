#pragma once

#include <QMenu>

class QActionGroup;

namespace OutageDesk {

// Preferences > Language: "System default" or one of the languages the application
// has a catalogue for, each named in its own language. The choice is stored for the
// next start (Translator::setLanguagePreference): switching a running window would
// mean retranslating every widget, and a restart is what users expect of this menu.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The code of the checked entry (empty: the system's language).
    QString checkedLanguage() const;

Q_SIGNALS:
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);

    QActionGroup *m_group = nullptr;
};

} // namespace OutageDesk
