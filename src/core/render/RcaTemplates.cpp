#include "render/RcaTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace OutageDesk {
namespace {

const QString kBuiltInFolder = QStringLiteral(":/outagedesk/templates");

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString RcaTemplates::defaultName()
{
    return QStringLiteral("standard-rca");
}

QString RcaTemplates::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates");
}

QStringList RcaTemplates::names()
{
    QStringList names;
    for (const QString &folder : {kBuiltInFolder, userFolder()}) {
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files);
        for (const QString &file : files)
            names << file.chopped(3);
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

QString RcaTemplates::text(const QString &name)
{
    const QString user = readFile(userFolder() + QLatin1Char('/') + name + QStringLiteral(".md"));
    if (!user.isEmpty())
        return user;
    return readFile(kBuiltInFolder + QLatin1Char('/') + name + QStringLiteral(".md"));
}

bool RcaTemplates::saveUserTemplate(const QString &name, const QString &text, QString *error)
{
    static const QRegularExpression safeName(QStringLiteral("^[\\w .-]{1,64}$"));
    if (!safeName.match(name).hasMatch() || name.startsWith(QLatin1Char('.'))) {
        if (error)
            *error = QCoreApplication::translate("RcaTemplates", "\"%1\" is not a usable template name").arg(name);
        return false;
    }
    QDir().mkpath(userFolder());
    QSaveFile file(userFolder() + QLatin1Char('/') + name + QStringLiteral(".md"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("RcaTemplates", "cannot save the template: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace OutageDesk
