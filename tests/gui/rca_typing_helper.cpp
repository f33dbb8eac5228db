// Test helper for tst_rcarecovery: opens a workspace in the real incident editor
// and types into the RCA through the text cursor (as a keyboard would), one
// character every few milliseconds, reporting "<epoch ms> <characters typed>" on
// stdout after each one. The test kills it with SIGKILL mid-typing.
#include "gui/commands/EditHistory.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaTextEdit.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QTextCursor>
#include <QTimer>
#include <cstdio>

using namespace OutageDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: rca_typing_helper WORKSPACE INCIDENT_UUID TEXT INTERVAL_MS\n");
        return 2;
    }
    Workspace workspace;
    if (!workspace.open(args.at(1))) {
        std::fprintf(stderr, "cannot open workspace: %s\n", qPrintable(workspace.errorString()));
        return 4;
    }
    EditHistory history;
    history.setWorkspace(&workspace);
    IncidentEditor editor(&history);
    editor.setWorkspace(&workspace);
    editor.showIncident(QUuid::fromString(args.at(2)));
    editor.resize(1200, 800);
    editor.show();
    RcaTextEdit *edit = editor.rcaEditor()->textEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);

    const QString text = args.at(3);
    int typed = 0;
    QTimer typing;
    typing.setInterval(args.at(4).toInt());
    QObject::connect(&typing, &QTimer::timeout, [&] {
        if (typed >= text.size()) {
            typing.stop();
            std::printf("done\n");
            std::fflush(stdout);
            return;
        }
        QTextCursor cursor = edit->textCursor();
        cursor.insertText(text.at(typed));
        edit->setTextCursor(cursor);
        ++typed;
        std::printf("%lld %d\n", QDateTime::currentMSecsSinceEpoch(), typed);
        std::fflush(stdout);
    });
    typing.start();
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
