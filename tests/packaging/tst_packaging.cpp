#include "TestPaths.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Builds the .deb as a release would (cpack -G DEB), unpacks it into a temporary
// root with dpkg-deb and checks what a user would get: the files, the declared
// dependencies, the desktop integration, and a binary that runs from there.
class TestPackaging : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

    Result run(const QString &program, const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        env.insert(QStringLiteral("OUTAGEDESK_NOW"), QStringLiteral("2026-11-23T12:00:00Z"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static QString tool(const char *name, const char *package)
    {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (path.isEmpty())
            qWarning("%s is missing: install the Debian package %s", name, package);
        return path;
    }

    QString installed(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }

    QString binary() const { return installed(QStringLiteral("usr/bin/outagedesk")); }

    QByteArray controlField(const char *field)
    {
        return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QString::fromLatin1(field)}).out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const Result cpack = run(QStringLiteral(OUTAGEDESK_CPACK_COMMAND),
                                 {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                  QStringLiteral(OUTAGEDESK_CPACK_CONFIG), QStringLiteral("-B"), out},
                                 300000);
        QVERIFY2(cpack.exitCode == 0, (cpack.out + cpack.err).constData());
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(out).filePath(debs.first());
        QVERIFY2(QRegularExpression(QStringLiteral("^outagedesk_" OUTAGEDESK_VERSION "_[a-z0-9]+\\.deb$"))
                     .match(debs.first()).hasMatch(),
                 qPrintable(debs.first()));

        m_root = m_dir.filePath(QStringLiteral("root"));
        const Result extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
    }

    void installs_data()
    {
        QTest::addColumn<QString>("path");
        const QString id = QStringLiteral(OUTAGEDESK_APP_ID);
        QTest::newRow("binary") << QStringLiteral("usr/bin/outagedesk");
        QTest::newRow("desktop file") << QStringLiteral("usr/share/applications/%1.desktop").arg(id);
        QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id);
        QTest::newRow("scalable icon") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id);
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 px icon").arg(size)))
                << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
        }
    }

    void installs()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo(installed(path)).size() > 0, qPrintable(path));
    }

    void pngIcons_haveTheirDirectorySize()
    {
        for (int size : {16, 48, 256}) {
            QFile png(installed(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/" OUTAGEDESK_APP_ID ".png").arg(size)));
            QVERIFY(png.open(QIODevice::ReadOnly));
            const QByteArray header = png.read(24);
            QVERIFY(header.startsWith("\x89PNG"));
            // IHDR width and height, big-endian, at bytes 16..23.
            const auto be32 = [&](int at) {
                return (quint8(header[at]) << 24) | (quint8(header[at + 1]) << 16) | (quint8(header[at + 2]) << 8)
                    | quint8(header[at + 3]);
            };
            QCOMPARE(int(be32(16)), size);
            QCOMPARE(int(be32(20)), size);
        }
    }

    void control_declaresLibraryAndPluginDependencies()
    {
        QCOMPARE(controlField("Package"), QByteArray("outagedesk"));
        QCOMPARE(controlField("Version"), QByteArray(OUTAGEDESK_VERSION));
        const QByteArray depends = controlField("Depends");
        // From dpkg-shlibdeps: only there when CPACK_DEBIAN_PACKAGE_SHLIBDEPS worked.
        for (const char *package : {"libqt6core6", "libqt6widgets6", "libqt6sql6", "libc6"})
            QVERIFY2(depends.contains(package), depends.constData());
        // A plugin, invisible to shlibdeps.
        QVERIFY2(depends.contains("libqt6sql6-sqlite"), depends.constData());
        QVERIFY(controlField("Recommends").contains("qt6-translations-l10n"));
        QVERIFY(!controlField("Maintainer").isEmpty());
        QVERIFY(!controlField("Description").isEmpty());
    }

    void installedBinary_printsVersion()
    {
        const Result r = run(binary(), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("outagedesk " OUTAGEDESK_VERSION));
    }

    void installedBinary_importsAndLists()
    {
        const QString db = m_dir.filePath(QStringLiteral("ws.sqlite"));
        const Result import = run(binary(), {QStringLiteral("--db"), db, QStringLiteral("import"),
                                             TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json"))});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        const Result list = run(binary(), {QStringLiteral("--db"), db, QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(list.out.startsWith("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101\t"), list.out.constData());
        QVERIFY(list.out.contains("Primo MT EU01 service interruptions"));
    }

    // The catalogues are embedded in the binary: nothing else has to be installed.
    void installedBinary_speaksEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("usage");
        QTest::newRow("en") << "en" << QByteArray("Usage: outagedesk");
        QTest::newRow("de") << "de" << QByteArray("Aufruf: outagedesk");
        QTest::newRow("fr") << "fr" << QByteArray("Usage\u00a0: outagedesk");
        QTest::newRow("he") << "he" << QByteArray("שימוש: outagedesk");
    }

    void installedBinary_speaksEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, usage);
        const Result r = run(binary(), {QStringLiteral("--lang"), language, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(usage), r.out.left(200).constData());
    }

    void desktopFile_validates()
    {
        const QString validator = tool("desktop-file-validate", "desktop-file-utils");
        QVERIFY(!validator.isEmpty());
        const Result r = run(validator, {installed(QStringLiteral("usr/share/applications/" OUTAGEDESK_APP_ID ".desktop"))});
        QCOMPARE(r.exitCode, 0);
        // Hints and warnings count too: the file must be clean.
        QCOMPARE(r.out + r.err, QByteArray());
    }

    void metainfo_validates()
    {
        const QString appstream = tool("appstreamcli", "appstream");
        QVERIFY(!appstream.isEmpty());
        const QString metainfo = installed(QStringLiteral("usr/share/metainfo/" OUTAGEDESK_APP_ID ".metainfo.xml"));
        const Result r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY(xml.contains("<release version=\"" OUTAGEDESK_VERSION "\""));
        QVERIFY(xml.contains("<launchable type=\"desktop-id\">" OUTAGEDESK_APP_ID ".desktop</launchable>"));
        QVERIFY(xml.contains("<content_rating type=\"oars-1.1\""));
        QVERIFY(xml.contains("<screenshot type=\"default\">"));
    }

    void desktopFile_namesInstalledIconAndBinary()
    {
        QFile file(installed(QStringLiteral("usr/share/applications/" OUTAGEDESK_APP_ID ".desktop")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray desktop = file.readAll();
        QVERIFY(desktop.contains("\nIcon=" OUTAGEDESK_APP_ID "\n"));
        QVERIFY(desktop.contains("\nExec=outagedesk"));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
