#include "publish/PortalSite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace OutageDesk {

QMap<QString, QString> PortalSite::hashes() const
{
    QMap<QString, QString> result;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        result.insert(it.key(), QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()));
    return result;
}

QByteArray PortalSite::manifestJson() const
{
    QJsonObject fileHashes;
    const auto h = hashes();
    for (auto it = h.constBegin(); it != h.constEnd(); ++it)
        fileHashes.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("outagedesk.portal-manifest"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("algorithm"), QStringLiteral("sha256"));
    root.insert(QStringLiteral("files"), fileHashes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QMap<QString, QString> PortalSite::hashesFromManifest(const QByteArray &json, bool *ok)
{
    QMap<QString, QString> result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError && doc.isObject()
        && doc.object().value(QStringLiteral("format")).toString() == QLatin1String("outagedesk.portal-manifest");
    if (ok)
        *ok = valid;
    if (!valid)
        return result;
    const QJsonObject fileHashes = doc.object().value(QStringLiteral("files")).toObject();
    for (auto it = fileHashes.constBegin(); it != fileHashes.constEnd(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

bool PortalSite::writeTo(const QString &dir, QString *error) const
{
    const QDir root(dir);
    auto writeOne = [&](const QString &path, const QByteArray &content) {
        const QString target = root.filePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            *error = QCoreApplication::translate("PortalSite", "Cannot create the folder for %1.").arg(target);
            return false;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
            *error = QCoreApplication::translate("PortalSite", "Cannot write %1: %2").arg(target, file.errorString());
            return false;
        }
        return true;
    };
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!writeOne(it.key(), it.value()))
            return false;
    }
    // Last, so that a reader of the manifest finds every file it lists.
    return writeOne(QString::fromLatin1(kManifestPath), manifestJson());
}

} // namespace OutageDesk
