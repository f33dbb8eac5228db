#include "gui/Settings.h"

#include <QFileInfo>

namespace OutageDesk {
namespace {
namespace Key {
const QString lastWorkspace = QStringLiteral("workspace/last");
const QString recentWorkspaces = QStringLiteral("workspace/recent");
const QString lastIncident = QStringLiteral("workspace/lastIncident");
const QString geometry = QStringLiteral("mainWindow/geometry");
const QString state = QStringLiteral("mainWindow/state");
const QString splitter = QStringLiteral("mainWindow/splitter");
const QString listHeader = QStringLiteral("mainWindow/incidentListHeader");
const QString userName = QStringLiteral("user/name");
const QString hourCycle = QStringLiteral("display/hourCycle");
const QString focusMode = QStringLiteral("mainWindow/focusMode");
const QString rcaPreviewBelow = QStringLiteral("rcaEditor/previewBelow");
const QString rcaSplitter = QStringLiteral("rcaEditor/splitters");
const QString theme = QStringLiteral("preferences/theme");
const QString rcaTabKey = QStringLiteral("preferences/rcaTabKey");
} // namespace Key
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::lastWorkspace() const
{
    return m_settings->value(Key::lastWorkspace, QString()).toString();
}

void Settings::setLastWorkspace(const QString &path)
{
    m_settings->setValue(Key::lastWorkspace, path);
}

QStringList Settings::recentWorkspaces() const
{
    return m_settings->value(Key::recentWorkspaces, QStringList()).toStringList();
}

void Settings::addRecentWorkspace(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentWorkspaces)
        recent.removeLast();
    m_settings->setValue(Key::recentWorkspaces, recent);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    m_settings->setValue(Key::recentWorkspaces, recent);
}

QString Settings::lastIncident() const
{
    return m_settings->value(Key::lastIncident, QString()).toString();
}

void Settings::setLastIncident(const QString &uuid)
{
    m_settings->setValue(Key::lastIncident, uuid);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(Key::geometry, QByteArray()).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::geometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(Key::state, QByteArray()).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::state, state);
}

QByteArray Settings::mainSplitterState() const
{
    return m_settings->value(Key::splitter, QByteArray()).toByteArray();
}

void Settings::setMainSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::splitter, state);
}

QByteArray Settings::incidentListHeaderState() const
{
    return m_settings->value(Key::listHeader, QByteArray()).toByteArray();
}

void Settings::setIncidentListHeaderState(const QByteArray &state)
{
    m_settings->setValue(Key::listHeader, state);
}

QString Settings::userName() const
{
    return m_settings->value(Key::userName, QString()).toString().trimmed();
}

void Settings::setUserName(const QString &name)
{
    m_settings->setValue(Key::userName, name.trimmed());
}

HourCycle Settings::hourCycle() const
{
    // Stored by name so a hand-edited file reads plainly; anything else is the default.
    return m_settings->value(Key::hourCycle).toString() == QLatin1String("12") ? HourCycle::Twelve
                                                                                 : HourCycle::TwentyFour;
}

void Settings::setHourCycle(HourCycle cycle)
{
    m_settings->setValue(Key::hourCycle, cycle == HourCycle::Twelve ? QStringLiteral("12") : QStringLiteral("24"));
}

Settings::Theme Settings::theme() const
{
    const QString value = m_settings->value(Key::theme, QString()).toString();
    if (value == QLatin1String("light"))
        return Theme::Light;
    if (value == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    static const char *const names[] = {"system", "light", "dark"};
    m_settings->setValue(Key::theme, QLatin1String(names[int(theme)]));
}

Settings::RcaTabKey Settings::rcaTabKey() const
{
    return m_settings->value(Key::rcaTabKey, QString()).toString() == QLatin1String("focus") ? RcaTabKey::MoveFocus
                                                                                              : RcaTabKey::InsertSpaces;
}

void Settings::setRcaTabKey(RcaTabKey key)
{
    m_settings->setValue(Key::rcaTabKey, key == RcaTabKey::MoveFocus ? QStringLiteral("focus") : QStringLiteral("spaces"));
}

bool Settings::focusMode() const
{
    return m_settings->value(Key::focusMode, false).toBool();
}

void Settings::setFocusMode(bool on)
{
    m_settings->setValue(Key::focusMode, on);
}

bool Settings::rcaPreviewBelow() const
{
    return m_settings->value(Key::rcaPreviewBelow, false).toBool();
}

void Settings::setRcaPreviewBelow(bool below)
{
    m_settings->setValue(Key::rcaPreviewBelow, below);
}

QByteArray Settings::rcaSplitterState() const
{
    return m_settings->value(Key::rcaSplitter, QByteArray()).toByteArray();
}

void Settings::setRcaSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::rcaSplitter, state);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace OutageDesk
