#pragma once

#include "gui/editor/WallTimeQuestion.h"

#include <QPointer>
#include <QWidget>

namespace OutageDesk {

// The interactive answer to WallTimeQuestion: message boxes over `parent`.
class MessageBoxWallTimeQuestion : public WallTimeQuestion
{
public:
    explicit MessageBoxWallTimeQuestion(QWidget *parent);

    bool acceptSuggestion(const QString &question) override;
    Occurrence chooseOccurrence(const QString &question, const QString &firstLabel, const QString &secondLabel) override;
    void refuse(const QString &message) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace OutageDesk
