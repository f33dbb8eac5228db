#include "gui/editor/MessageBoxWallTimeQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace OutageDesk {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MessageBoxWallTimeQuestion", text);
}
} // namespace

MessageBoxWallTimeQuestion::MessageBoxWallTimeQuestion(QWidget *parent)
    : m_parent(parent)
{
}

bool MessageBoxWallTimeQuestion::acceptSuggestion(const QString &question)
{
    return QMessageBox::question(m_parent, tr("Time does not exist"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

WallTimeQuestion::Occurrence MessageBoxWallTimeQuestion::chooseOccurrence(const QString &question,
                                                                         const QString &firstLabel,
                                                                         const QString &secondLabel)
{
    QMessageBox box(QMessageBox::Question, tr("Time happened twice"), question, QMessageBox::Cancel, m_parent);
    QPushButton *first = box.addButton(firstLabel, QMessageBox::AcceptRole);
    QPushButton *second = box.addButton(secondLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(first);
    box.exec();
    if (box.clickedButton() == first)
        return Occurrence::First;
    if (box.clickedButton() == second)
        return Occurrence::Second;
    return Occurrence::Cancel;
}

void MessageBoxWallTimeQuestion::refuse(const QString &message)
{
    QMessageBox::warning(m_parent, tr("Time not accepted"), message);
}

} // namespace OutageDesk
