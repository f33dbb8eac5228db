#pragma once

#include "time/HourCycle.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <memory>

namespace OutageDesk {

// Every preference the GUI keeps, typed, with its default in one place. Secrets
// never go here (the keychain holds them). Tests point it at a file in a
// temporary folder.
class Settings
{
public:
    static constexpr int kMaxRecentWorkspaces = 8;

    enum class Theme { System, Light, Dark };
    // What Tab does in the RCA text outside list items (in a list item it indents).
    enum class RcaTabKey { InsertSpaces, MoveFocus };

    Settings();                              // the platform's settings for this app
    explicit Settings(const QString &iniPath); // a file of its own (tests)
    ~Settings();

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

    QStringList recentWorkspaces() const; // newest first, at most kMaxRecentWorkspaces
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);

    // The incident shown last, reopened with its workspace (ignored if not in it).
    QString lastIncident() const;
    void setLastIncident(const QString &uuid);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray mainSplitterState() const;
    void setMainSplitterState(const QByteArray &state);
    QByteArray incidentListHeaderState() const;
    void setIncidentListHeaderState(const QByteArray &state);

    // Preferences.
    Theme theme() const; // default System: the desktop's style and colours
    void setTheme(Theme theme);
    RcaTabKey rcaTabKey() const; // default InsertSpaces
    void setRcaTabKey(RcaTabKey key);

    // Layout of the window: focus mode, where the RCA preview sits, and the RCA
    // editor's splitters (outline | text and preview; text | preview).
    bool focusMode() const; // default off
    void setFocusMode(bool on);
    bool rcaPreviewBelow() const; // default off: beside the text
    void setRcaPreviewBelow(bool below);
    QByteArray rcaSplitterState() const;
    void setRcaSplitterState(const QByteArray &state);

    // The user's own name, as it goes on an approval (Preferences). Empty until set.
    QString userName() const;
    void setUserName(const QString &name);

    // How the window shows times (windows table, incident list, editor fields);
    // customer-facing output keeps its own language's convention.
    HourCycle hourCycle() const; // default: 24 h
    void setHourCycle(HourCycle cycle);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace OutageDesk
