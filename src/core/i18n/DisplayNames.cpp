#include "i18n/DisplayNames.h"

#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace OutageDesk {
namespace {
QString tr(const char *text, const QString &language)
{
    if (language.isEmpty())
        return QCoreApplication::translate("DisplayNames", text);
    return Translator::translateIn(language, {"DisplayNames", "OutageDesk::DisplayNames"}, text);
}
} // namespace

QString DisplayNames::severity(Severity value, const QString &language)
{
    switch (value) {
    case Severity::None:
        return tr("None", language);
    case Severity::Minor:
        return tr("Minor", language);
    case Severity::Major:
        return tr("Major", language);
    case Severity::Critical:
        return tr("Critical", language);
    }
    return {};
}

QString DisplayNames::status(IncidentStatus value, const QString &language)
{
    switch (value) {
    case IncidentStatus::Investigating:
        return tr("Investigating", language);
    case IncidentStatus::Identified:
        return tr("Identified", language);
    case IncidentStatus::Monitoring:
        return tr("Monitoring", language);
    case IncidentStatus::Resolved:
        return tr("Resolved", language);
    }
    return {};
}

QString DisplayNames::impact(Impact value, const QString &language)
{
    switch (value) {
    case Impact::Outage:
        return tr("Outage", language);
    case Impact::Degraded:
        return tr("Degraded", language);
    case Impact::Maintenance:
        return tr("Maintenance", language);
    }
    return {};
}

QString DisplayNames::triState(const std::optional<bool> &value, const QString &language)
{
    if (!value)
        return tr("Unknown", language);
    return *value ? tr("Yes", language) : tr("No", language);
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
