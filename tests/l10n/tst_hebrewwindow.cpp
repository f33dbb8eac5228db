#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/gantt/GanttChartView.h"
#include "i18n/Translator.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// The main window as `outagedesk --lang he` opens it: right to left with Hebrew
// menus, tabs and labels, while the Gantt chart keeps time running left to right.
class TestHebrewWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void hebrew_isRightToLeft_andTheTimeAxisIsNot()
    {
        Translator translator;
        QVERIFY(translator.install(QStringLiteral("he")));
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("ws.sqlite"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QVERIFY(window.isRightToLeft());

        QStringList menus;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            menus << action->text();
        QCOMPARE(menus.first(), QStringLiteral("&קובץ"));
        QVERIFY2(menus.contains(QStringLiteral("&העדפות")), qPrintable(menus.join(QLatin1Char('|'))));
        QVERIFY2(menus.contains(QStringLiteral("&עזרה")), qPrintable(menus.join(QLatin1Char('|'))));

        const QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>();
        QStringList tabTexts;
        for (const QTabWidget *tab : tabs) {
            for (int i = 0; i < tab->count(); ++i)
                tabTexts << tab->tabText(i);
        }
        QVERIFY2(tabTexts.contains(QStringLiteral("תקרית")), qPrintable(tabTexts.join(QLatin1Char('|'))));
        QVERIFY2(tabTexts.contains(QStringLiteral("גאנט השבתות")), qPrintable(tabTexts.join(QLatin1Char('|'))));

        const QList<GanttChartView *> charts = window.findChildren<GanttChartView *>();
        QVERIFY(!charts.isEmpty());
        for (const GanttChartView *chart : charts)
            QCOMPARE(chart->layoutDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestHebrewWindow)
#include "tst_hebrewwindow.moc"
