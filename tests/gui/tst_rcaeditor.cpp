#include "TestPaths.h"
#include "analysis/SpellChecker.h"
#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"
#include "exchange/IncidentImporter.h"
#include "gui/commands/EditHistory.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/rca/FindReplaceBar.h"
#include "gui/rca/LintFindingsModel.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaOutlineModel.h"
#include "gui/rca/RcaRevisionsModel.h"
#include "gui/rca/RcaTextEdit.h"
#include "storage/IncidentRepository.h"
#include "storage/RcaRevisionRepository.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSplitter>
#include <QTextTable>
#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QProcess>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

using namespace OutageDesk;

namespace {
const QUuid kSample(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));
}

class TestRcaEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void preview_showsGeneratedTimelineInCet();
    void preview_neverRendersRawHtml();
    void models_passTheModelTester();
    void outlineClick_jumpsToHeading();
    void lintClick_jumpsToFinding();
    void findReplace_replacesAll();
    void markdownShortcuts_wrapAndPrefix();
    void highlighter_boldsHeadings();
    void spelling_contextMenuOffersSuggestionsAndAdd();
    void review_submitApproveThenEditReturnsToDraft();
    void history_diffAndUndoableRestore();
    void emptyRca_offersTemplate();
    void export_embedsTheChart();
    void hiddenPreview_isRebuiltWhenShown();
    void previewEdit_updatesInPlaceKeepingScroll();
    void tabKey_data();
    void tabKey();
    void previewTables_neverBreakInsideAWord();
    void reviewSteps_byShortcut();
    void exportAndSpelling_byShortcut();
    void previewBelow_andSplitterSizesRoundTrip();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<IncidentEditor> m_editor;
    RcaEditorWidget *rca() const { return m_editor->rcaEditor(); }
};

void TestRcaEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("OUTAGEDESK_PERSONAL_DICTIONARY", m_home.filePath(QStringLiteral("words.txt")).toUtf8());
    qputenv("OUTAGEDESK_NOW", "2016-11-22T12:00:00Z");
}

void TestRcaEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("w.sqlite"))));
    ImportSummary summary;
    ImportError error;
    QVERIFY(IncidentImporter::importFile(m_workspace.get(), TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")),
                                         QDateTime::currentDateTimeUtc(), &summary, &error));
    m_history = std::make_unique<EditHistory>();
    m_history->setWorkspace(m_workspace.get());
    m_editor = std::make_unique<IncidentEditor>(m_history.get());
    m_editor->setWorkspace(m_workspace.get());
    m_editor->showIncident(kSample);
    m_editor->resize(1400, 900);
    auto *tabs = m_editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(m_editor->rcaPage());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    rca()->refreshNow();
}

void TestRcaEditor::cleanup()
{
    m_editor.reset();
    m_history.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestRcaEditor::preview_showsGeneratedTimelineInCet()
{
    const QString preview = rca()->preview()->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("14:56 CET")), qPrintable(preview));
    QVERIFY(preview.contains(QLatin1String("20:11 CET")));
    QVERIFY(!preview.contains(QLatin1String("outagedesk:timeline")));
    QVERIFY(!preview.contains(QLatin1String("Do not publish")));
    QVERIFY(rca()->wordCount() > 50);
}

void TestRcaEditor::preview_neverRendersRawHtml()
{
    QTextCursor cursor(rca()->textEdit()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\n<img src=x onerror=alert(1)> <b>raw</b>\n"));
    rca()->refreshNow();
    const QString html = rca()->preview()->toHtml();
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(rca()->preview()->toPlainText().contains(QLatin1String("<b>raw</b>")));
}

void TestRcaEditor::models_passTheModelTester()
{
    QAbstractItemModelTester lint(rca()->lintModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester outline(rca()->outlineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester revisions(rca()->revisionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    rca()->textEdit()->setFocus();
    rca()->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClick(rca()->textEdit(), Qt::Key_Return);
    QTest::keyClicks(rca()->textEdit(), QStringLiteral("## New section TODO"));
    QTest::keyClick(rca()->textEdit(), Qt::Key_Return);
    rca()->refreshNow();
    rca()->revisionsModel()->reload();
    QCOMPARE(rca()->outlineModel()->headings().last().title, QStringLiteral("New section TODO"));
}

void TestRcaEditor::outlineClick_jumpsToHeading()
{
    QListView *view = rca()->outlineView();
    const auto headings = rca()->outlineModel()->headings();
    int row = -1;
    for (int i = 0; i < headings.size(); ++i) {
        if (headings.at(i).title == QLatin1String("Customer Communication"))
            row = i;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = rca()->outlineModel()->index(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(rca()->textEdit()->textCursor().blockNumber() + 1, headings.at(row).line);
    QCOMPARE(rca()->textEdit()->textCursor().block().text(), QStringLiteral("## Customer Communication"));
}

void TestRcaEditor::lintClick_jumpsToFinding()
{
    QTextCursor cursor(rca()->textEdit()->document()->findBlockByNumber(2));
    cursor.insertText(QStringLiteral("Still TBD here.\n"));
    rca()->refreshNow();
    const auto findings = rca()->lintModel()->findings();
    int row = -1;
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).code == QLatin1String("rca-placeholder"))
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(findings.at(row).line, 3);
    QListView *view = rca()->lintView();
    view->parentWidget()->parentWidget()->show();
    qobject_cast<QTabWidget *>(rca()->findChild<QTabWidget *>(QStringLiteral("rcaSideTabs")))->setCurrentIndex(1);
    const QModelIndex index = rca()->lintModel()->index(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(rca()->textEdit()->textCursor().blockNumber(), 2);
    QCOMPARE(rca()->textEdit()->textCursor().positionInBlock(), 6); // at "TBD"
}

void TestRcaEditor::findReplace_replacesAll()
{
    FindReplaceBar *bar = rca()->findBar();
    rca()->textEdit()->setFocus();
    QTest::keyClick(rca()->textEdit(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    bar->showReplace();
    bar->findEdit()->setText(QStringLiteral("instance"));
    bar->replaceEdit()->setText(QStringLiteral("tenant"));
    const int before = int(rca()->textEdit()->toPlainText().count(QStringLiteral("instance"), Qt::CaseInsensitive));
    QVERIFY(before > 0);
    QCOMPARE(bar->replaceAll(), before);
    QVERIFY(!rca()->textEdit()->toPlainText().contains(QLatin1String("instance"), Qt::CaseInsensitive));
    QVERIFY(!bar->findNext());
}

void TestRcaEditor::markdownShortcuts_wrapAndPrefix()
{
    RcaTextEdit *edit = rca()->textEdit();
    edit->setPlainText(QStringLiteral("alpha beta\ngamma"));
    QTextCursor cursor(edit->document());
    cursor.movePosition(QTextCursor::NextWord);
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("alpha **beta**\ngamma"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("- alpha **beta**\n- gamma"));
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->document()->lastBlock().text(), QStringLiteral("## - gamma"));
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(edit->toPlainText().endsWith(QLatin1String("gamma__")) || edit->toPlainText().contains(QLatin1String("_gamma_")));
}

void TestRcaEditor::highlighter_boldsHeadings()
{
    const QTextBlock heading = rca()->textEdit()->document()->findBlockByNumber(0);
    QVERIFY(heading.text().startsWith(QLatin1String("# ")));
    const auto formats = heading.layout()->formats();
    QVERIFY(!formats.isEmpty());
    QCOMPARE(formats.first().format.fontWeight(), int(QFont::Bold));
    const QTextBlock plain = rca()->textEdit()->document()->findBlockByNumber(1);
    QVERIFY(plain.layout()->formats().isEmpty());
}

void TestRcaEditor::spelling_contextMenuOffersSuggestionsAndAdd()
{
    rca()->setSpellingLanguage(QStringLiteral("en_US"));
    if (!rca()->spellChecker())
        QSKIP("no en_US Hunspell dictionary installed");
    RcaTextEdit *edit = rca()->textEdit();
    edit->setPlainText(QStringLiteral("The servr failed."));
    const QTextBlock block = edit->document()->firstBlock();
    bool underlined = false;
    for (const auto &range : block.layout()->formats())
        underlined = underlined || (range.start == 4 && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline);
    QVERIFY(underlined);
    QTextCursor at(edit->document());
    at.setPosition(6);
    const QPoint position = edit->cursorRect(at).center();
    std::unique_ptr<QMenu> menu(edit->createContextMenu(position));
    QStringList texts;
    for (QAction *action : menu->actions())
        texts << action->text();
    QVERIFY2(texts.contains(QStringLiteral("server")), qPrintable(texts.join(QLatin1Char('|'))));
    QAction *server = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("server"))
            server = action;
    }
    server->trigger();
    QCOMPARE(edit->toPlainText(), QStringLiteral("The server failed."));

    edit->setPlainText(QStringLiteral("Blorptastic failed."));
    at = QTextCursor(edit->document());
    at.setPosition(3);
    std::unique_ptr<QMenu> second(edit->createContextMenu(edit->cursorRect(at).center()));
    QAction *add = second->findChild<QAction *>(QStringLiteral("addToDictionary"));
    QVERIFY(add);
    add->trigger();
    QVERIFY(rca()->spellChecker()->isCorrect(QStringLiteral("Blorptastic")));
}

void TestRcaEditor::review_submitApproveThenEditReturnsToDraft()
{
    IncidentRepository repository(m_workspace.get());
    RcaRevisionRepository revisions(m_workspace.get());
    auto stored = [&] { return repository.load(kSample)->rca.value(); };
    // The sample comes approved: send it back first.
    QTest::mouseClick(rca()->findChild<QPushButton *>(QStringLiteral("backToDraft")), Qt::LeftButton);
    QCOMPARE(stored().state, RcaState::Draft);
    QTest::mouseClick(rca()->findChild<QPushButton *>(QStringLiteral("submitForReview")), Qt::LeftButton);
    QCOMPARE(stored().state, RcaState::InReview);
    rca()->approveAs(QStringLiteral("Dana Reviewer"));
    QCOMPARE(stored().state, RcaState::Approved);
    QCOMPARE(stored().approvedBy, QStringLiteral("Dana Reviewer"));
    QCOMPARE(stored().approvedAt, QDateTime(QDate(2016, 11, 22), QTime(12, 0), Qt::UTC));
    QVERIFY(rca()->findChild<QLabel *>(QStringLiteral("rcaStateLabel"))->text().contains(QLatin1String("Dana Reviewer")));

    // Undo takes the approval back, as any edit.
    m_history->undoStack()->undo();
    QCOMPARE(stored().state, RcaState::InReview);
    m_history->undoStack()->redo();
    QCOMPARE(stored().state, RcaState::Approved);

    rca()->textEdit()->setFocus();
    rca()->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(rca()->textEdit(), QStringLiteral("More."));
    QTRY_COMPARE_WITH_TIMEOUT(stored().state, RcaState::Draft, 2000);
    QVERIFY(stored().text.endsWith(QLatin1String("More.")));
    QVERIFY(stored().approvedBy.isEmpty());

    QStringList states;
    for (const auto &r : revisions.list(repository.idOf(kSample)))
        states.prepend(toWireName(r.state));
    // The imported, approved text comes first, as the baseline of the history.
    QCOMPARE(states, (QStringList{QStringLiteral("approved"), QStringLiteral("draft"), QStringLiteral("in-review"), QStringLiteral("approved"),
                                  QStringLiteral("in-review"), QStringLiteral("approved"), QStringLiteral("draft")}));
}

void TestRcaEditor::history_diffAndUndoableRestore()
{
    IncidentRepository repository(m_workspace.get());
    const QString original = repository.load(kSample)->rca->text;
    RcaTextEdit *edit = rca()->textEdit();
    edit->setFocus();
    QTextCursor cursor(edit->document()->findBlockByNumber(8));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, QStringLiteral(" Extra words."));
    m_editor->flushPendingEdits();
    QVERIFY(repository.load(kSample)->rca->text.contains(QLatin1String("Extra words.")));

    auto *tabs = rca()->findChild<QTabWidget *>(QStringLiteral("rcaSideTabs"));
    tabs->setCurrentIndex(2);
    RcaRevisionsModel *model = rca()->revisionsModel();
    QVERIFY(model->rowCount() >= 1);
    // The oldest revision against the current text.
    QTableView *view = rca()->historyView();
    view->selectRow(model->rowCount() - 1);
    QVERIFY2(rca()->diffView()->toPlainText().contains(QLatin1String("Extra")), qPrintable(rca()->diffView()->toPlainText().left(300)));

    // Find the revision holding the original text (the first edit's revision
    // holds the edited text, so record the original explicitly if needed).
    qint64 originalId = 0;
    RcaRevisionRepository revisions(m_workspace.get());
    for (const auto &r : revisions.list(repository.idOf(kSample))) {
        if (revisions.revision(r.id)->text == original)
            originalId = r.id;
    }
    if (originalId == 0) {
        RcaDocument document = *repository.load(kSample)->rca;
        document.text = original;
        QString error;
        QVERIFY(revisions.record(repository.idOf(kSample), document, RcaRevision::Reason::Publication,
                                 QDateTime::currentDateTimeUtc(), &error));
        originalId = revisions.latest(repository.idOf(kSample))->id;
    }
    rca()->restoreRevision(originalId);
    QCOMPARE(repository.load(kSample)->rca->text, original);
    QCOMPARE(edit->toPlainText(), original);
    QCOMPARE(revisions.latest(repository.idOf(kSample))->reason, RcaRevision::Reason::Restore);
    m_history->undoStack()->undo();
    QVERIFY(repository.load(kSample)->rca->text.contains(QLatin1String("Extra words.")));
    QVERIFY(edit->toPlainText().contains(QLatin1String("Extra words.")));
}

void TestRcaEditor::emptyRca_offersTemplate()
{
    Incident incident;
    incident.title = QStringLiteral("Fresh");
    QString error;
    QVERIFY(IncidentRepository(m_workspace.get()).save(incident, &error));
    m_editor->showIncident(incident.uuid);
    auto *use = rca()->findChild<QPushButton *>(QStringLiteral("useTemplate"));
    QVERIFY(use->isVisible());
    QTest::mouseClick(use, Qt::LeftButton);
    m_editor->flushPendingEdits();
    const QString text = IncidentRepository(m_workspace.get()).load(incident.uuid)->rca->text;
    for (const char *section : {"## Event Timeline", "## Root Cause Analysis", "## Technical Action Items and Preventive Measures",
                                "## Customer Communication", "## Publication History", "<!-- outagedesk:timeline -->",
                                "<!-- outagedesk:action-items -->", "<!-- outagedesk:publications -->"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
    QVERIFY(!use->isVisible());
}

void TestRcaEditor::export_embedsTheChart()
{
    const QString html = m_dir->filePath(QStringLiteral("rca.html"));
    QString error;
    QVERIFY2(rca()->exportTo(html, RcaEditorWidget::ExportFormat::Html, QPageSize::A4, &error), qPrintable(error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype svg = text.indexOf(QLatin1String("<svg"));
    QVERIFY2(svg > text.indexOf(QLatin1String("</h1>")), "the chart goes under the title");
    QVERIFY(text.indexOf(QLatin1String("<h2>Event Timeline")) > svg);
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("<?xml")));

    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdfimages (poppler-utils) is not installed");
    const QString pdf = m_dir->filePath(QStringLiteral("rca.pdf"));
    QVERIFY2(rca()->exportTo(pdf, RcaEditorWidget::ExportFormat::Pdf, QPageSize::Letter, &error), qPrintable(error));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QVERIFY(images.waitForFinished(30000));
    const QList<QByteArray> lines = images.readAllStandardOutput().trimmed().split('\n');
    QVERIFY2(lines.size() >= 3, "one image (the chart) in the PDF"); // two header lines, then the images
}

void TestRcaEditor::hiddenPreview_isRebuiltWhenShown()
{
    auto *side = rca()->findChild<QTabWidget *>(QStringLiteral("rcaSideTabs"));
    side->setCurrentIndex(1); // checks
    QTextCursor cursor(rca()->textEdit()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\nA brand new closing line.\n"));
    rca()->refreshNow();
    QVERIFY(!rca()->preview()->toPlainText().contains(QLatin1String("brand new closing")));
    side->setCurrentIndex(0);
    QVERIFY(rca()->preview()->toPlainText().contains(QLatin1String("brand new closing")));
}

// A keystroke re-imports the edited paragraph only: same document, same scroll
// position, and the same content as a preview built anew.
void TestRcaEditor::previewEdit_updatesInPlaceKeepingScroll()
{
    QStringList paragraphs;
    for (int i = 0; i < 300; ++i)
        paragraphs << QStringLiteral("Paragraph %1 of the analysis, long enough to wrap in the preview pane.").arg(i);
    QTextCursor cursor(rca()->textEdit()->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("\n\n") + paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
    rca()->refreshNow();
    QTextBrowser *preview = rca()->preview();
    preview->document()->documentLayout()->documentSize(); // the layout finished in the background
    QScrollBar *bar = preview->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int scroll = bar->value();
    QVERIFY(scroll > 0);
    const QTextDocument *document = preview->document();

    const QTextBlock edited = rca()->textEdit()->document()->find(QStringLiteral("Paragraph 150 ")).block();
    QTextCursor(edited).insertText(QStringLiteral("Edited: "));
    rca()->refreshNow();
    QCOMPARE(preview->document(), document);
    QCOMPARE(bar->value(), scroll);
    QVERIFY(preview->toPlainText().contains(QLatin1String("Edited: Paragraph 150 of")));

    const QString updated = preview->toHtml();
    preview->document()->setDefaultStyleSheet(QString()); // forces a rebuild
    rca()->refreshPreview();
    QVERIFY(preview->document() != document);
    QCOMPARE(preview->toHtml(), updated);
}




void TestRcaEditor::tabKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");   // 0-based line of the cursor
    QTest::addColumn<int>("column"); // cursor column in it
    QTest::addColumn<bool>("shift");
    QTest::addColumn<bool>("movesFocus"); // the user's choice for Tab outside list items
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("focusLeft");

    const QString heading = QStringLiteral("## Root cause\n\nThe array failed.");
    QTest::newRow("heading stays a heading") << heading << 0 << 0 << false << false << heading << false;
    QTest::newRow("paragraph start stays a paragraph") << heading << 2 << 0 << false << false << heading << false;
    QTest::newRow("spaces to the next stop") << QStringLiteral("The array") << 0 << 3 << false << false
                                             << QStringLiteral("The  array") << false;
    QTest::newRow("bullet nests under the one above") << QStringLiteral("- disk\n- controller") << 1 << 4 << false << false
                                                      << QStringLiteral("- disk\n  - controller") << false;
    QTest::newRow("numbered nests under the one above") << QStringLiteral("1. disk\n2. controller") << 1 << 0 << false << false
                                                        << QStringLiteral("1. disk\n   2. controller") << false;
    QTest::newRow("first item has nothing to nest under") << QStringLiteral("- disk") << 0 << 2 << false << false
                                                          << QStringLiteral("- disk") << false;
    QTest::newRow("shift+tab takes an item back out") << QStringLiteral("- disk\n  - controller") << 1 << 5 << true << false
                                                      << QStringLiteral("- disk\n- controller") << false;
    QTest::newRow("list item indents also when tab moves focus") << QStringLiteral("- disk\n- controller") << 1 << 4 << false
                                                                 << true << QStringLiteral("- disk\n  - controller") << false;
    QTest::newRow("tab moves focus when chosen") << QStringLiteral("The array") << 0 << 3 << false << true
                                                 << QStringLiteral("The array") << true;
    QTest::newRow("shift+tab outside a list leaves the text") << QStringLiteral("The array") << 0 << 3 << true << false
                                                              << QStringLiteral("The array") << true;
    QTest::newRow("fenced code indents") << QStringLiteral("```\nrestart\n```") << 1 << 0 << false << false
                                         << QStringLiteral("```\n    restart\n```") << false;
}

// Tab does what Markdown editors do; it never turns a heading into a code block.
void TestRcaEditor::tabKey()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, shift);
    QFETCH(bool, movesFocus);
    QFETCH(QString, expected);
    QFETCH(bool, focusLeft);
    RcaTextEdit *edit = rca()->textEdit();
    edit->setTabMovesFocus(movesFocus);
    edit->setPlainText(text);
    QTextCursor cursor(edit->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    edit->setTextCursor(cursor);
    m_editor->activateWindow();
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, shift ? Qt::Key_Backtab : Qt::Key_Tab, shift ? Qt::ShiftModifier : Qt::NoModifier);
    QCOMPARE(edit->toPlainText(), expected);
    QCOMPARE(!edit->hasFocus(), focusLeft);
    // The preview agrees: a heading is still a heading.
    if (expected == text && text.startsWith(QLatin1String("##"))) {
        rca()->refreshNow();
        QVERIFY(rca()->preview()->toHtml().contains(QLatin1String("<h2")));
    }
}

// "Instanc e", "Durati on": a narrow preview breaks lines between words only; the
// table grows wider than the pane instead.
void TestRcaEditor::previewTables_neverBreakInsideAWord()
{
    RcaTextEdit *edit = rca()->textEdit();
    edit->moveCursor(QTextCursor::End);
    edit->insertPlainText(QStringLiteral("\n\n| Instance | Duration | Impact |\n|---|---|---|\n"
                                         "| Primo MT EU01 | 40 minutes | Outage |\n"));
    rca()->refreshNow();
    rca()->refreshPreview();
    QTextDocument *document = rca()->preview()->document();
    document->setTextWidth(120);
    document->size(); // lays it out
    int cells = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!QTextCursor(block).currentTable())
            continue;
        ++cells;
        const QString text = block.text();
        QTextLayout *layout = block.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int start = layout->lineAt(i).textStart();
            QVERIFY2(!(text.at(start - 1).isLetter() && text.at(start).isLetter()),
                     qPrintable(QStringLiteral("\"%1\" broken at %2").arg(text).arg(start)));
        }
    }
    QVERIFY(cells >= 6);
}

// Keyboard only: the review steps have shortcuts, and the buttons run the same actions.
void TestRcaEditor::reviewSteps_byShortcut()
{
    IncidentRepository repository(m_workspace.get());
    auto stored = [&] { return repository.load(kSample)->rca.value(); };
    m_editor->activateWindow();
    rca()->textEdit()->setFocus();
    QTRY_VERIFY(rca()->textEdit()->hasFocus());
    QCOMPARE(stored().state, RcaState::Approved);
    QVERIFY(!rca()->submitAction()->isEnabled());
    QTest::keySequence(rca()->textEdit(), rca()->draftAction()->shortcut());
    QCOMPARE(stored().state, RcaState::Draft);
    QTest::keySequence(rca()->textEdit(), rca()->submitAction()->shortcut());
    QCOMPARE(stored().state, RcaState::InReview);
    QCOMPARE(rca()->submitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QCOMPARE(rca()->approveAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QVERIFY(rca()->approveAction()->isEnabled());
    QVERIFY(!rca()->submitAction()->isEnabled());
    QVERIFY(!rca()->findChild<QPushButton *>(QStringLiteral("submitForReview"))->isEnabled());
}

void TestRcaEditor::exportAndSpelling_byShortcut()
{
    m_editor->activateWindow();
    rca()->textEdit()->setFocus();
    QTRY_VERIFY(rca()->textEdit()->hasFocus());
    // Ctrl+Shift+E opens the formats, the first one active for the arrow keys.
    QTest::keySequence(rca()->textEdit(), rca()->exportAction()->shortcut());
    QTRY_VERIFY(rca()->exportMenu()->isVisible());
    QCOMPARE(rca()->exportMenu()->activeAction(), rca()->exportMenu()->actions().first());
    rca()->exportMenu()->hide();
    // F7 opens the spelling languages; the menu holds the same choices, the one in use checked.
    QCOMPARE(rca()->spellingAction()->shortcut(), QKeySequence(Qt::Key_F7));
    auto *combo = rca()->findChild<QComboBox *>(QStringLiteral("spellingLanguage"));
    QTest::keyClick(rca()->textEdit(), Qt::Key_F7);
    QTRY_VERIFY(combo->view()->isVisible());
    combo->hidePopup();
    const QList<QAction *> choices = rca()->spellingMenu()->actions();
    QCOMPARE(choices.size(), combo->count());
    int checked = 0;
    for (QAction *choice : choices)
        checked += choice->isChecked();
    QCOMPARE(checked, 1);
    QCOMPARE(choices.first()->isChecked(), rca()->spellingLanguage().isEmpty());
}

void TestRcaEditor::previewBelow_andSplitterSizesRoundTrip()
{
    auto *inner = rca()->findChild<QSplitter *>(QStringLiteral("rcaPreviewSplitter"));
    auto *outer = rca()->findChild<QSplitter *>(QStringLiteral("rcaSplitter"));
    QVERIFY(inner && outer);
    QCOMPARE(inner->orientation(), Qt::Horizontal);
    QVERIFY(!rca()->previewBelow());
    outer->setSizes({300, 1100});
    inner->setSizes({700, 400});
    const QList<int> outerSizes = outer->sizes();
    const QList<int> innerSizes = inner->sizes();
    const QByteArray state = rca()->saveSplitterState();
    rca()->setPreviewBelow(true);
    QCOMPARE(inner->orientation(), Qt::Vertical);
    rca()->setPreviewBelow(false);
    outer->setSizes({100, 1300});
    inner->setSizes({300, 800});
    rca()->restoreSplitterState(state);
    QCOMPARE(outer->sizes(), outerSizes);
    QCOMPARE(inner->sizes(), innerSizes);
    // The preview's position is its own setting: restoring sizes leaves it.
    rca()->setPreviewBelow(true);
    rca()->restoreSplitterState(state);
    QVERIFY(rca()->previewBelow());
    // Below means below: the preview starts under the text.
    QTRY_VERIFY(rca()->findChild<QTabWidget *>(QStringLiteral("rcaSideTabs"))->mapTo(rca(), QPoint()).y()
                > rca()->textEdit()->mapTo(rca(), QPoint()).y());
}

QTEST_MAIN(TestRcaEditor)
#include "tst_rcaeditor.moc"
