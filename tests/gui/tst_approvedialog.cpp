#include "TestPaths.h"
#include "exchange/ImportBatch.h"
#include "exchange/ImportError.h"
#include "exchange/IncidentImporter.h"
#include "gui/commands/EditHistory.h"
#include "gui/dialogs/ApproveDialog.h"
#include "gui/editor/IncidentEditor.h"
#include "gui/models/WindowsTableModel.h"
#include "gui/rca/RcaEditorWidget.h"
#include "gui/rca/RcaRevisionsModel.h"
#include "model/RcaReview.h"
#include "storage/IncidentRepository.h"
#include "storage/LintAcceptanceRepository.h"
#include "storage/RcaStore.h"
#include "storage/Workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

namespace {
const QUuid kSample(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));
}

// Approval waits for open lint errors: the approve dialog says who approves (the
// user's own name from Preferences) and lists them, each to be fixed or ticked as
// accepted; the acceptance is recorded and shows in the RCA history.
class TestApproveDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<IncidentEditor> m_editor;

    LintFinding slipFinding() const
    {
        LintFinding f;
        f.level = LintFinding::Level::Error;
        f.code = QStringLiteral("window-ampm-slip");
        f.message = QStringLiteral("the window starting 2016-11-16 19:56 CET runs 12 h 15 min");
        return f;
    }

    Incident stored() const { return IncidentRepository(m_workspace.get()).load(kSample).value_or(Incident()); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_dir->filePath(QStringLiteral("w.sqlite"))));
        ImportSummary summary;
        ImportError error;
        QVERIFY(IncidentImporter::importFile(m_workspace.get(), TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")),
                                             QDateTime::currentDateTimeUtc(), &summary, &error));
        // A draft whose last window is the AM/PM slip: 19:56 until 08:11 the next morning.
        Incident incident = stored();
        incident.rca->state = RcaState::Draft;
        incident.rca->approvedBy.clear();
        incident.rca->approvedAt = QDateTime();
        bool slipped = false;
        for (OutageWindow &w : incident.windows) {
            if (w.end == QDateTime::fromString(QStringLiteral("2016-11-16T19:11:00Z"), Qt::ISODate)) {
                w.end = QDateTime::fromString(QStringLiteral("2016-11-17T07:11:00Z"), Qt::ISODate);
                slipped = true;
            }
        }
        QVERIFY(slipped);
        QString saveError;
        QVERIFY2(IncidentRepository(m_workspace.get()).save(incident, &saveError), qPrintable(saveError));

        m_history = std::make_unique<EditHistory>();
        m_history->setWorkspace(m_workspace.get());
        m_editor = std::make_unique<IncidentEditor>(m_history.get());
        m_editor->setWorkspace(m_workspace.get());
        m_editor->showIncident(kSample);
        m_editor->resize(1400, 900);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_history.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void dialog_emptyName_refusedUpFront()
    {
        ApproveDialog dialog(QStringLiteral("  "), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.approveButton()->isEnabled());
        const QString said = dialog.findChild<QLabel *>(QStringLiteral("approverLabel"))->text();
        QVERIFY2(said.contains(QLatin1String("Preferences")), qPrintable(said));
    }

    void dialog_showsWhoAndWaitsForEachErrorToBeTicked()
    {
        ApproveDialog dialog(QStringLiteral("Dana Reviewer"), {slipFinding()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("approverLabel"))->text().contains(QLatin1String("Dana Reviewer")));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("errorsList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("window-ampm-slip: ")));
        QVERIFY(!dialog.approveButton()->isEnabled());
        // Ticked as a user does, with a click on the item's check box area.
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(dialog.approveButton()->isEnabled());
        QCOMPARE(dialog.acceptedFindings().size(), 1);
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editor_slipHoldsUpApprovalUntilAccepted_andTheHistorySaysSo()
    {
        RcaEditorWidget *rca = m_editor->rcaEditor();
        QSignalSpy problems(rca, &RcaEditorWidget::problem);
        const QList<LintFinding> open = rca->openErrors();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().code, QStringLiteral("window-ampm-slip"));
        QVERIFY(!open.first().subject.isEmpty());
        // The row is marked too, from the same rule.
        QVERIFY(m_editor->windowsModel()->isMarked(m_editor->windowsModel()->rowCount() - 1));

        // No name: refused at once, nothing stored.
        m_editor->setUserName(QString());
        rca->approveAs(rca->approverName());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.takeFirst().first().toString().contains(QLatin1String("Preferences")));
        QCOMPARE(stored().rca->state, RcaState::Draft);

        // A name, but the slip not accepted: refused, naming it.
        m_editor->setUserName(QStringLiteral("Dana Reviewer"));
        rca->approveAs(rca->approverName());
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.takeFirst().first().toString().contains(QLatin1String("window-ampm-slip")));
        QCOMPARE(stored().rca->state, RcaState::Draft);

        // Accepted: approved, the acceptance recorded with the approval's revision.
        rca->approveAs(rca->approverName(), open);
        QCOMPARE(problems.count(), 0);
        QCOMPARE(stored().rca->state, RcaState::Approved);
        QCOMPARE(stored().rca->approvedBy, QStringLiteral("Dana Reviewer"));
        const auto acceptances = LintAcceptanceRepository(m_workspace.get()).list(stored().id);
        QCOMPARE(acceptances.size(), 1);
        QCOMPARE(acceptances.first().code, QStringLiteral("window-ampm-slip"));
        QCOMPARE(acceptances.first().acceptedBy, QStringLiteral("Dana Reviewer"));
        QVERIFY(acceptances.first().revisionId != 0);
        QVERIFY(rca->openErrors().isEmpty());

        // The RCA history shows it on the approval.
        RcaRevisionsModel *history = rca->revisionsModel();
        history->reload();
        bool shown = false;
        for (int row = 0; row < history->rowCount(); ++row) {
            const QString what = history->index(row, RcaRevisionsModel::WhatColumn).data().toString();
            if (what.contains(QLatin1String("accepted window-ampm-slip (Dana Reviewer)")))
                shown = true;
        }
        QVERIFY(shown);
        // And the windows table no longer marks the row.
        m_editor->showIncident(QUuid());
        m_editor->showIncident(kSample);
        QVERIFY(!m_editor->windowsModel()->isMarked(m_editor->windowsModel()->rowCount() - 1));
    }

    void store_acceptsAFindingWithoutSubject()
    {
        // A writing check (rca-placeholder, …) is about the text, not a window: no subject.
        LintFinding text;
        text.level = LintFinding::Level::Error;
        text.code = QStringLiteral("rca-placeholder");
        text.message = QStringLiteral("a placeholder is left in the text");
        QVERIFY(text.subject.isNull());
        QString error;
        QVERIFY2(LintAcceptanceRepository(m_workspace.get()).accept(stored().id, text, QStringLiteral("Sam"),
                                                                    QDateTime::currentDateTimeUtc(), 0, &error),
                 qPrintable(error));
        QList<LintFinding> findings{text};
        LintAcceptanceRepository::markAccepted(findings, LintAcceptanceRepository(m_workspace.get()).list(stored().id));
        QCOMPARE(findings.first().acceptedBy, QStringLiteral("Sam"));
    }

    void store_approveRecordsAcceptancesInOneTransaction()
    {
        LintFinding slip = RcaReview::openErrors(m_editor->rcaEditor()->openErrors()).value(0);
        QCOMPARE(slip.code, QStringLiteral("window-ampm-slip"));
        QString error;
        QVERIFY2(RcaStore(m_workspace.get()).approve(kSample, QStringLiteral("Sam"), {slip}, &error), qPrintable(error));
        QCOMPARE(LintAcceptanceRepository(m_workspace.get()).list(stored().id).size(), 1);
        // Approving again fails and records nothing more.
        QVERIFY(!RcaStore(m_workspace.get()).approve(kSample, QStringLiteral("Sam"), {slip}, &error));
        QCOMPARE(LintAcceptanceRepository(m_workspace.get()).list(stored().id).size(), 1);
    }
};

QTEST_MAIN(TestApproveDialog)
#include "tst_approvedialog.moc"
