#include "gui/widgets/ZonePicker.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>
#include <algorithm>

namespace OutageDesk {

ZonePicker::ZonePicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    QStringList ids;
    const auto available = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : available)
        ids << QString::fromUtf8(id);
    std::sort(ids.begin(), ids.end());
    addItems(ids);
    auto *completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Type to search, e.g. Amsterdam"));
    setCurrentIndex(-1);
}

QString ZonePicker::zoneId() const
{
    return currentText().trimmed();
}

void ZonePicker::setZoneId(const QString &id)
{
    const int row = findText(id);
    setCurrentIndex(row);
    if (row < 0)
        setEditText(id);
}

bool ZonePicker::hasKnownZone() const
{
    const QString id = zoneId();
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

} // namespace OutageDesk
