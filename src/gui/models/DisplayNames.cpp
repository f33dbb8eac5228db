#include "gui/models/DisplayNames.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace OutageDesk {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayNames", text);
}
} // namespace

QString DisplayNames::severity(Severity value)
{
    switch (value) {
    case Severity::None:
        return tr("None");
    case Severity::Minor:
        return tr("Minor");
    case Severity::Major:
        return tr("Major");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString DisplayNames::status(IncidentStatus value)
{
    switch (value) {
    case IncidentStatus::Investigating:
        return tr("Investigating");
    case IncidentStatus::Identified:
        return tr("Identified");
    case IncidentStatus::Monitoring:
        return tr("Monitoring");
    case IncidentStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString DisplayNames::impact(Impact value)
{
    switch (value) {
    case Impact::Outage:
        return tr("Outage");
    case Impact::Degraded:
        return tr("Degraded");
    case Impact::Maintenance:
        return tr("Maintenance");
    }
    return {};
}

QString DisplayNames::triState(const std::optional<bool> &value)
{
    if (!value)
        return tr("Unknown");
    return *value ? tr("Yes") : tr("No");
}

QString DisplayNames::leftToRight(const QString &text)
{
    if (text.isEmpty() || QGuiApplication::layoutDirection() != Qt::RightToLeft)
        return text;
    // LEFT-TO-RIGHT EMBEDDING ... POP DIRECTIONAL FORMATTING.
    return QChar(0x202A) + text + QChar(0x202C);
}

QColor DisplayNames::severityColor(Severity value)
{
    switch (value) {
    case Severity::None:
        return QColor(0x8a, 0x8f, 0x98);
    case Severity::Minor:
        return QColor(0xe0, 0xb0, 0x20);
    case Severity::Major:
        return QColor(0xe0, 0x70, 0x20);
    case Severity::Critical:
        return QColor(0xd0, 0x30, 0x30);
    }
    return {};
}

} // namespace OutageDesk
