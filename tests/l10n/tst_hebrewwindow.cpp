#include "TestPaths.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "exchange/ImportError.h"
#include "exchange/IncidentImporter.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/gantt/GanttChartView.h"
#include "gui/gantt/GanttView.h"
#include "gui/models/IncidentListModel.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/widgets/TextDirectionDelegate.h"
#include "i18n/Translator.h"
#include "storage/Workspace.h"
#include "time/Clock.h"

#include <QApplication>
#include <QTextDocument>
#include <QDateEdit>
#include <QHeaderView>
#include <QListView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QRegularExpression>
#include <QTableView>
#include <QTextDocument> // for render/IncrementalHtmlDocument.h, which needs it
#include <QTreeView>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

namespace {
// Asks the delegate how it lays out an item, as a view does before painting.
struct DelegateProbe : TextDirectionDelegate
{
    using TextDirectionDelegate::TextDirectionDelegate;
    Qt::LayoutDirection directionOf(QWidget *view, const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        initStyleOption(&option, index);
        return option.direction;
    }
};
} // namespace

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

    void hebrew_englishTextAndDatesKeepTheirDirection();

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

// English titles and headings in a Hebrew window keep their direction (start on
// the left, cut off at their end); ISO dates in the Gantt's fields read 2027-06-07.
void TestHebrewWindow::hebrew_englishTextAndDatesKeepTheirDirection()
{
    Translator translator;
    QVERIFY(translator.install(QStringLiteral("he")));
    const QString path = m_dir.filePath(QStringLiteral("primo.sqlite"));
    {
        Workspace workspace;
        QVERIFY(workspace.open(path));
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::importFile(&workspace, TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")),
                                             Clock::now(), &summary, &error));
    }
    Settings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
    MainWindow window(settings);
    QVERIFY(window.openWorkspace(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

    const QList<QDateEdit *> dates = window.ganttView()->findChildren<QDateEdit *>();
    QVERIFY(dates.size() >= 2);
    for (QDateEdit *date : dates) {
        QCOMPARE(date->layoutDirection(), Qt::LeftToRight);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$")).match(date->text()).hasMatch(), qPrintable(date->text()));
    }

    QListView *outline = window.editor()->rcaEditor()->outlineView();
    QVERIFY(outline->isRightToLeft());
    QVERIFY(qobject_cast<TextDirectionDelegate *>(outline->itemDelegate()));
    QVERIFY(qobject_cast<TextDirectionDelegate *>(
        window.incidentView()->itemDelegateForColumn(IncidentListModel::TitleColumn)));
    for (QAbstractItemView *view : window.ganttView()->findChildren<QAbstractItemView *>())
        if (!qobject_cast<QHeaderView *>(view))
            QVERIFY2(qobject_cast<TextDirectionDelegate *>(view->itemDelegate()), view->metaObject()->className());

    // What the delegate does with the outline's own English heading, and with Hebrew.
    window.editor()->rcaEditor()->refreshNow();
    const QModelIndex heading = outline->model()->index(1, 0);
    QVERIFY2(heading.data().toString().contains(QLatin1String("Event Timeline")), qPrintable(heading.data().toString()));
    // A long heading is cut off at its end, within the column: the view does not
    // scroll sideways (in right to left it showed the headings' ends only).
    const QModelIndex title = outline->model()->index(0, 0);
    QTRY_VERIFY(outline->visualRect(title).isValid());
    QVERIFY2(outline->visualRect(title).width() <= outline->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(outline->visualRect(title).width()).arg(outline->viewport()->width())));
    QCOMPARE(outline->horizontalScrollBar()->maximum(), 0);
    DelegateProbe probe;
    QCOMPARE(probe.directionOf(outline, heading), Qt::LeftToRight);
    QStandardItemModel hebrew;
    hebrew.appendRow(new QStandardItem(QStringLiteral("  ציר זמן של האירועים")));
    QCOMPARE(probe.directionOf(outline, hebrew.index(0, 0)), Qt::RightToLeft);
}

QTEST_MAIN(TestHebrewWindow)
#include "tst_hebrewwindow.moc"
