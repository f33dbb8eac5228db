#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace OutageDesk {

// The files of a generated status portal, by relative path ("index.html",
// "incidents/<uuid>.html", …), and their manifest of content hashes.
struct PortalSite
{
    static constexpr auto kManifestPath = "manifest.json";

    QMap<QString, QByteArray> files; // without manifest.json

    // path → lowercase hex SHA-256 of the content.
    QMap<QString, QString> hashes() const;
    QByteArray manifestJson() const;
    static QMap<QString, QString> hashesFromManifest(const QByteArray &json, bool *ok = nullptr);
    // Writes every file and the manifest below `dir`, creating folders.
    bool writeTo(const QString &dir, QString *error) const;
};

} // namespace OutageDesk
