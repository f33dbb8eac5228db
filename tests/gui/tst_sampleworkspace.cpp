#include "GuiTestSupport.h"

#include "gui/GuiLauncher.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// The first-start sample: built from the resource through the importer, so that a
// new user sees a populated desk.
class TestSampleWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createSampleWorkspace_importsTheSample()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
        QString error;
        QCOMPARE(createSampleWorkspace(path, &error), path);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::Mode::ReadOnly));
        const CatalogRepository catalog(&workspace);
        QVERIFY(catalog.dataCenters().size() >= 3);
        const auto eu = catalog.dataCenter(QStringLiteral("EU"));
        QVERIFY(eu);
        QCOMPARE(eu->timeZone, QStringLiteral("Europe/Amsterdam"));
        QVERIFY(catalog.instance(QStringLiteral("Primo MT EU01")));

        // The facts of the November 2016 example: five windows on Primo MT EU01.
        const IncidentRepository incidents(&workspace);
        const auto windows = incidents.windowsBetween(TestSupport::utc("2016-11-14T00:00:00Z"),
                                                      TestSupport::utc("2016-11-17T00:00:00Z"));
        int onPrimo = 0;
        for (const WindowRecord &w : windows)
            onPrimo += w.instance == QLatin1String("Primo MT EU01") ? 1 : 0;
        QCOMPARE(onPrimo, 5);
        QVERIFY(windows.first().startMs == TestSupport::utc("2016-11-14T13:56:00Z").toMSecsSinceEpoch());

        // Something ongoing and something planned, so the desk does not look finished.
        bool ongoing = false;
        bool maintenance = false;
        for (const WindowRecord &w : incidents.windowsBetween(QDateTime(), QDateTime())) {
            ongoing |= w.isOngoing();
            maintenance |= w.impact == Impact::Maintenance;
        }
        QVERIFY(ongoing);
        QVERIFY(maintenance);
        QVERIFY(incidents.count(IncidentQuery()) >= 4);
    }

    void createSampleWorkspace_leavesAnExistingFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
        QString error;
        QCOMPARE(createSampleWorkspace(path, &error), path);
        int before = 0;
        {
            Workspace workspace;
            QVERIFY(workspace.open(path));
            before = IncidentRepository(&workspace).count(IncidentQuery());
            const auto all = IncidentRepository(&workspace).list(IncidentQuery(), 0, 100);
            QVERIFY(IncidentRepository(&workspace).remove(QUuid::fromString(all.first().uuid), nullptr));
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        QCOMPARE(createSampleWorkspace(path, &error), path);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        Workspace workspace;
        QVERIFY(workspace.open(path, Workspace::Mode::ReadOnly));
        // Opened as it was left, not rebuilt over the user's edits.
        QCOMPARE(IncidentRepository(&workspace).count(IncidentQuery()), before - 1);
    }
};

QTEST_MAIN(TestSampleWorkspace)
#include "tst_sampleworkspace.moc"
