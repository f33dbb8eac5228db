#include "gui/publish/SecretQuestion.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace OutageDesk {

std::optional<QString> SecretQuestion::ask(QWidget *parent, const Portal &portal, Purpose purpose)
{
    const QString label = purpose == Purpose::Publish
        ? QCoreApplication::translate("SecretQuestion",
                                      "Secret (password or API key) of portal %1, for this publication only; "
                                      "it is not stored:").arg(portal.name)
        : QCoreApplication::translate("SecretQuestion",
                                      "Secret (password or API key) of portal %1, for this test only; "
                                      "it is not stored:").arg(portal.name);
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("secretQuestion"));
    dialog.setWindowTitle(QCoreApplication::translate("SecretQuestion", "Portal Secret"));
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().isEmpty())
        return std::nullopt;
    return dialog.textValue();
}

} // namespace OutageDesk
