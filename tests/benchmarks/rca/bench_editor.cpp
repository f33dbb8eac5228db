// bench_editor: the RCA editor on a 5,000-line document (issue 3 targets:
// keystroke to highlighted ≤ 2 ms median, preview refresh after a keystroke ≤ 30 ms, lint ≤ 50 ms,
// HTML export ≤ 50 ms, PDF export ≤ 500 ms). Figures are printed, never asserted.
#include "analysis/Linter.h"
#include "analysis/RcaTextLinter.h"
#include "analysis/SpellChecker.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaHighlighter.h"
#include "gui/rca/RcaTextEdit.h"
#include "model/Incident.h"
#include "render/RcaRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace OutageDesk;

namespace {

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2016, 11, day), QTime(hour, minute), Qt::UTC);
}

// A long RCA in the shape real ones take: the five sections, prose paragraphs,
// bullet lists, a table, code, links and the generated-section markers.
QString longRca(int lines)
{
    QStringList out;
    out << QStringLiteral("# Primo MT EU01 service interruptions") << QString();
    const QStringList sections{QStringLiteral("Event Timeline"), QStringLiteral("Root Cause Analysis"),
                               QStringLiteral("Technical Action Items and Preventive Measures"),
                               QStringLiteral("Customer Communication"), QStringLiteral("Publication History")};
    const QStringList markers{QStringLiteral("<!-- outagedesk:timeline -->"), QString(),
                              QStringLiteral("<!-- outagedesk:action-items -->"), QString(),
                              QStringLiteral("<!-- outagedesk:publications -->")};
    const int perSection = lines / int(sections.size());
    for (int s = 0; s < sections.size(); ++s) {
        out << QStringLiteral("## ") + sections.at(s) << QString();
        if (!markers.at(s).isEmpty())
            out << markers.at(s) << QString();
        if (s == 1)
            out << QStringLiteral("No customer data was affected and no security breach was found.") << QString();
        int i = 0;
        while (i < perSection) {
            switch (i % 40) {
            case 0:
                out << QStringLiteral("### Detail %1").arg(i);
                break;
            case 10:
                out << QStringLiteral("- The **load balancer** shed traffic from _proxy sources_ at step %1.").arg(i);
                break;
            case 11:
                out << QStringLiteral("- See [the runbook](https://ops.example.com/runbook/%1) and `iptables -L`.").arg(i);
                break;
            case 20:
                out << QStringLiteral("| Step | Owner | Result |") << QStringLiteral("|---|---|---|");
                ++i;
                break;
            case 21:
                out << QStringLiteral("| %1 | Operations | Traffic filtered upstream |").arg(i);
                break;
            case 30:
                out << QStringLiteral("```");
                break;
            case 31:
                out << QStringLiteral("tcpdump -ni eth0 port 443 and host 203.0.113.%1").arg(i % 250);
                break;
            case 32:
                out << QStringLiteral("```");
                break;
            default:
                if (i % 3 == 2)
                    out << QString();
                else
                    out << QStringLiteral("During the event the application servers answered slowly while requests queued behind "
                                          "the saturated connection pool; monitoring raised the alarm within a minute.");
            }
            ++i;
        }
        out << QString();
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class BenchEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keystrokeToHighlighted();
    void previewRefresh();
    void previewFirstRefresh();
    void previewRebuild();
    void previewRenderOnly();
    void lint();
    void htmlExport();
    void pdfExport();

private:
    // The 5,000-line RCA open in a shown editor, as a user has it.
    bool showWithTheRca(RcaEditorWidget &editor) const;

    Incident m_incident;
    RenderContext m_context;
    std::unique_ptr<SpellChecker> m_spelling;
};

bool BenchEditor::showWithTheRca(RcaEditorWidget &editor) const
{
    editor.resize(1400, 800);
    editor.setIncident(m_incident);
    editor.textEdit()->setPlainText(m_incident.rca->text);
    editor.show();
    return QTest::qWaitForWindowExposed(&editor);
}

void BenchEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_incident.title = QStringLiteral("Primo MT EU01 service interruptions");
    for (int d = 0; d < 30; ++d)
        m_incident.windows << OutageWindow{QStringLiteral("Primo MT EU01"), utc(1 + d % 28, 9 + d % 8, 5),
                                           utc(1 + d % 28, 10 + d % 8, 20), Impact::Outage};
    m_incident.actionItems << ActionItem{QStringLiteral("Review protection"), QStringLiteral("Security"), QDate(2016, 12, 15), false};
    m_incident.publications << Publication{utc(21, 9, 0), QStringLiteral("Initial publication"), QStringLiteral("status")};
    m_incident.rca = RcaDocument{longRca(5000), RcaState::Draft, {}, {}, {}, {}};
    m_context.dataCenterOfInstance.insert(QStringLiteral("Primo MT EU01"),
                                          DataCenter{1, QStringLiteral("EU"), QStringLiteral("Europe"),
                                                     QStringLiteral("Europe/Amsterdam")});
    m_context.now = utc(22, 12, 0);
    m_spelling = std::make_unique<SpellChecker>(QStringLiteral("en_US"));
    if (!m_spelling->isValid())
        m_spelling.reset();
    qInfo("RCA: %lld lines, %lld characters; highlighting: %s; spelling: %s",
          qlonglong(m_incident.rca->text.count(QLatin1Char('\n')) + 1), qlonglong(m_incident.rca->text.size()),
          qPrintable(RcaHighlighter::backendName()), m_spelling ? "en_US" : "none");
}

void BenchEditor::keystrokeToHighlighted()
{
    RcaTextEdit edit;
    edit.resize(900, 700);
    edit.setSpellChecker(m_spelling.get());
    edit.setPlainText(m_incident.rca->text);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTextCursor cursor(edit.document()->findBlockByNumber(2500));
    cursor.movePosition(QTextCursor::EndOfBlock);
    edit.setTextCursor(cursor);
    edit.centerCursor();
    QCoreApplication::processEvents();
    // One typed character: the document change, its block re-highlighted (QSyntaxHighlighter
    // runs synchronously on contentsChange) and the layout of that block.
    QBENCHMARK {
        edit.textCursor().insertText(QStringLiteral("x"));
    }
    QVERIFY(edit.document()->findBlockByNumber(2500).text().endsWith(QLatin1Char('x')));
}

void BenchEditor::previewRefresh()
{
    // From a keystroke in the middle of the RCA to the preview showing it: the editor's
    // own preview path (Markdown → safe HTML → the QTextBrowser's document updated and
    // laid out), then the preview painted with the edited paragraph in view.
    RcaEditorWidget editor;
    QVERIFY(showWithTheRca(editor));
    QTextCursor cursor(editor.textEdit()->document()->findBlockByNumber(2500));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" Edited"));
    editor.refreshPreview();
    // The layout the preview finishes in the background once the RCA is open.
    editor.preview()->document()->documentLayout()->documentSize();
    QVERIFY(editor.preview()->find(QStringLiteral("Edited")));
    QCoreApplication::processEvents();
    QBENCHMARK {
        cursor.insertText(QStringLiteral("x"));
        editor.refreshPreview();
        editor.preview()->viewport()->repaint();
    }
    const QString edited = editor.textEdit()->document()->findBlockByNumber(2500).text();
    QVERIFY(editor.preview()->toPlainText().contains(edited.mid(edited.indexOf(QLatin1String("Edited")))));
    QVERIFY(editor.preview()->toPlainText().contains(QLatin1String("Technical Action Items")));
}

void BenchEditor::previewFirstRefresh()
{
    // The first keystroke after the RCA is opened: the preview, built in pieces of 32
    // blocks, imports the edited piece again block by block (later keystrokes there
    // import one block: previewRefresh).
    RcaEditorWidget editor;
    QVERIFY(showWithTheRca(editor));
    editor.refreshPreview();
    editor.preview()->document()->documentLayout()->documentSize();
    QTextCursor cursor(editor.textEdit()->document()->findBlockByNumber(2500));
    cursor.movePosition(QTextCursor::EndOfBlock);
    QBENCHMARK_ONCE {
        cursor.insertText(QStringLiteral(" Edited"));
        editor.refreshPreview();
        editor.preview()->viewport()->repaint();
    }
    QVERIFY(editor.preview()->toPlainText().contains(editor.textEdit()->document()->findBlockByNumber(2500).text()));
}

void BenchEditor::previewRebuild()
{
    // The whole preview built anew, as when an incident is opened or the palette changes.
    RcaEditorWidget editor;
    QVERIFY(showWithTheRca(editor));
    QBENCHMARK {
        editor.preview()->document()->setDefaultStyleSheet(QString());
        editor.refreshPreview();
        editor.preview()->viewport()->repaint();
    }
    QVERIFY(editor.preview()->toPlainText().contains(QLatin1String("Technical Action Items")));
}

void BenchEditor::previewRenderOnly()
{
    // The Markdown → safe HTML part of the preview, without QTextBrowser's layout.
    const RcaRenderer renderer(m_context);
    QString html;
    QBENCHMARK {
        html = renderer.htmlFragment(m_incident);
    }
    QVERIFY(html.contains(QLatin1String("CET")));
}

void BenchEditor::lint()
{
    QList<LintFinding> findings;
    QBENCHMARK {
        findings = RcaTextLinter::check(m_incident, m_spelling.get());
        findings += Linter::checkIncident(m_incident, {}, {}, m_context.now);
    }
    for (const LintFinding &f : std::as_const(findings))
        QVERIFY2(!f.code.startsWith(QLatin1String("rca-section")), qPrintable(f.toLine()));
}

void BenchEditor::htmlExport()
{
    const RcaRenderer renderer(m_context);
    QString html;
    QBENCHMARK {
        html = renderer.standaloneHtml(m_incident);
    }
    QVERIFY(html.size() > 100000);
}

void BenchEditor::pdfExport()
{
    const RcaRenderer renderer(m_context);
    QByteArray pdf;
    QString error;
    QBENCHMARK {
        pdf = renderer.pdf(m_incident, QPageSize::A4, &error);
    }
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
}

QTEST_MAIN(BenchEditor)
#include "bench_editor.moc"
