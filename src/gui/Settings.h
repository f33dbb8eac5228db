#pragma once

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

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace OutageDesk
