// Visual check of the RCA tab (not a test): the sample incident open in the main
// window, its RCA tab with the preview, grabbed to a PNG.
//   rca_screenshot OUT.png [dark] [rtl] [checks|history] [export]
#include "TestPaths.h"
#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"
#include "exchange/IncidentImporter.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaRevisionsModel.h"
#include "gui/rca/RcaTextEdit.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTimer>

using namespace OutageDesk;

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OutageDeskScreenshots"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    if (args.contains(QStringLiteral("dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        dark.setColor(QPalette::Window, window);
        dark.setColor(QPalette::WindowText, text);
        dark.setColor(QPalette::Base, base);
        dark.setColor(QPalette::AlternateBase, window);
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
        dark.setColor(QPalette::Text, text);
        dark.setColor(QPalette::Button, window);
        dark.setColor(QPalette::ButtonText, text);
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
        app.setPalette(dark);
    }
    if (args.contains(QStringLiteral("rtl")))
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    {
        Workspace workspace;
        workspace.open(path);
        ImportSummary summary;
        ImportError error;
        IncidentImporter::importFile(&workspace, TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")),
                                     QDateTime::currentDateTimeUtc(), &summary, &error);
    }
    Settings settings;
    MainWindow window(settings);
    window.openWorkspace(path);
    window.resize(1600, 1000);
    window.show();
    window.selectIncident(QUuid(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101")));
    IncidentEditor *editor = window.editor();
    if (auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs")))
        tabs->setCurrentWidget(editor->rcaPage());
    RcaEditorWidget *rca = editor->rcaEditor();
    rca->setSpellingLanguage(QStringLiteral("en_US"));
    // Something for the checks and the spelling underline to find, as while writing.
    QTextCursor cursor(rca->textEdit()->document()->findBlockByNumber(10));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" The atack traffic is still TBD."));
    if (args.contains(QStringLiteral("rtl"))) {
        // A paragraph in Hebrew, as an RCA for Israeli customers would have.
        cursor.insertText(QStringLiteral("\n\n") + QString::fromUtf8("השירות לא היה זמין בין 14:56 ל-15:36 CET; לא נפגעו נתוני לקוחות."));
    }
    rca->textEdit()->setTextCursor(cursor);
    if (auto *side = rca->findChild<QTabWidget *>(QStringLiteral("rcaSideTabs"))) {
        if (args.contains(QStringLiteral("checks")))
            side->setCurrentIndex(1);
        if (args.contains(QStringLiteral("history"))) {
            // Save the typing first, so there is something to compare with.
            editor->flushPendingEdits();
            side->setCurrentIndex(2);
            rca->historyView()->selectRow(rca->revisionsModel()->rowCount() - 1);
        }
    }
    rca->refreshNow();
    if (args.contains(QStringLiteral("export"))) {
        QString error;
        rca->exportTo(args.at(1) + QStringLiteral(".pdf"), RcaEditorWidget::ExportFormat::Pdf, QPageSize::A4, &error);
        rca->exportTo(args.at(1) + QStringLiteral(".html"), RcaEditorWidget::ExportFormat::Html, QPageSize::A4, &error);
    }
    QTimer::singleShot(1500, &window, [&] {
        window.grab().save(args.at(1));
        QCoreApplication::quit();
    });
    return app.exec();
}
