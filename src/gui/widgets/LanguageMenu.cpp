#include "gui/widgets/LanguageMenu.h"

#include "i18n/Translator.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

namespace OutageDesk {
namespace {

// Each language in its own name, so that someone who cannot read the current
// language still finds theirs.
QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                          : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = locale.toUpper(name.left(1)).at(0);
    return name;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString preference = Translator::languagePreference();

    QAction *system = addAction(tr("&System Default"));
    system->setData(QString());
    system->setCheckable(true);
    system->setChecked(preference.isEmpty());
    m_group->addAction(system);
    addSeparator();

    const QStringList languages = Translator::availableLanguages();
    for (const QString &code : languages) {
        QAction *action = addAction(nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == preference);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->data().toString()); });
}

QString LanguageMenu::checkedLanguage() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &language)
{
    if (language == Translator::languagePreference())
        return;
    Translator::setLanguagePreference(language);
    Q_EMIT languageChosen(language);
    // open(), not exec(): the note must not block whoever triggered the action.
    auto *note = new QMessageBox(QMessageBox::Information, tr("Language"),
                                 tr("Outage Desk will use the new language the next time it starts."),
                                 QMessageBox::Ok, parentWidget());
    note->setObjectName(QStringLiteral("languageRestartNote"));
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->open();
}

} // namespace OutageDesk
