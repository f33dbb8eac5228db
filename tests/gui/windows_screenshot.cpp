// Visual check of the windows table (not a test): the reference incident with its
// fifth window typed as the RCA writes it ("7:56 PM until 8:11 AM"), the slip marked
// on its row with its fix, grabbed to a PNG; or the approve dialog listing it.
//   windows_screenshot OUT.png [dark] [he] [12h] [stored] [approve]
#include "TestPaths.h"
#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"
#include "exchange/IncidentImporter.h"
#include "gui/MainWindow.h"
#include "gui/Settings.h"
#include "gui/dialogs/ApproveDialog.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/models/WindowsTableModel.h"
#include "gui/rca/RcaEditorWidget.h"
#include "i18n/Translator.h"
#include "storage/IncidentRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTemporaryDir>
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
    Translator translator;
    translator.install(args.contains(QStringLiteral("he")) ? QStringLiteral("he") : QStringLiteral("en"));
    if (args.contains(QStringLiteral("dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        dark.setColor(QPalette::Window, window);
        dark.setColor(QPalette::WindowText, text);
        dark.setColor(QPalette::Base, base);
        dark.setColor(QPalette::AlternateBase, window);
        dark.setColor(QPalette::Text, text);
        dark.setColor(QPalette::Button, window);
        dark.setColor(QPalette::ButtonText, text);
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        app.setPalette(dark);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.sqlite"));
    const QUuid sample(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));
    const bool stored = args.contains(QStringLiteral("stored"));
    {
        Workspace workspace;
        workspace.open(path);
        ImportSummary summary;
        ImportError error;
        IncidentImporter::importFile(&workspace, TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")),
                                     QDateTime::currentDateTimeUtc(), &summary, &error);
        // The fifth window as typed from the RCA: open, or stored as the next morning.
        Incident incident = IncidentRepository(&workspace).load(sample).value_or(Incident());
        for (OutageWindow &w : incident.windows) {
            if (w.end == QDateTime::fromString(QStringLiteral("2016-11-16T19:11:00Z"), Qt::ISODate))
                w.end = stored ? QDateTime::fromString(QStringLiteral("2016-11-17T07:11:00Z"), Qt::ISODate) : QDateTime();
        }
        if (incident.rca) {
            incident.rca->state = RcaState::Draft;
            incident.rca->approvedBy.clear();
            incident.rca->approvedAt = QDateTime();
        }
        QString saveError;
        IncidentRepository(&workspace).save(incident, &saveError);
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setUserName(QStringLiteral("Dana Reviewer"));
    settings.setHourCycle(args.contains(QStringLiteral("12h")) ? HourCycle::Twelve : HourCycle::TwentyFour);
    MainWindow window(settings);
    window.openWorkspace(path);
    window.resize(1600, 1000);
    window.show();
    window.selectIncident(sample);
    IncidentEditor *editor = window.editor();
    if (auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs")))
        tabs->setCurrentWidget(editor->windowsView()->parentWidget());
    WindowsTableModel *model = editor->windowsModel();
    int slipRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->incident().windows.at(row).start == QDateTime::fromString(QStringLiteral("2016-11-16T18:56:00Z"), Qt::ISODate))
            slipRow = row;
    }
    if (!stored && slipRow >= 0)
        model->setData(model->index(slipRow, WindowsTableModel::EndColumn), QStringLiteral("8:11 AM"));
    if (slipRow >= 0)
        editor->windowsView()->setCurrentIndex(model->index(slipRow, WindowsTableModel::EndColumn));
    QTimer::singleShot(1200, &window, [&] {
        if (args.contains(QStringLiteral("approve"))) {
            auto *dialog = new ApproveDialog(settings.userName(), editor->rcaEditor()->openErrors(), &window);
            dialog->resize(700, 300);
            dialog->show();
            QTimer::singleShot(600, dialog, [&, dialog] {
                dialog->grab().save(args.at(1));
                QCoreApplication::quit();
            });
            return;
        }
        window.grab().save(args.at(1));
        QCoreApplication::quit();
    });
    return app.exec();
}
