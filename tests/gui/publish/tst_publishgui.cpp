#include "exchange/IncidentImporter.h"
#include "gui/publish/OutboxDialog.h"
#include "gui/publish/OutboxTableModel.h"
#include "gui/publish/PortalListModel.h"
#include "gui/publish/PortalsDialog.h"
#include "gui/publish/PublishDialog.h"
#include "gui/publish/PublishingActions.h"
#include "MemoryCredentialStore.h"
#include "publish/CredentialStore.h"
#include "publish/OutboxRepository.h"
#include "publish/OutboxWorker.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QTimer>
#include <QMainWindow>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace OutageDesk;

namespace {

const QUuid kIncident = QUuid::fromString(QStringLiteral("6f1c2a4e-0b7d-4c55-9a3e-2e51c0d7b101"));

// With OUTAGEDESK_SCREENSHOT_DIR set, widgets are saved there for a look.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTAGEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->show();
    QTest::qWait(50);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

// The publishing dialogs and the status bar indicator, offscreen.
class TestPublishGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_workspace;
    MemoryCredentialStore m_credentials;

    bool openWorkspace(const QString &rcaState = QStringLiteral("approved"))
    {
        QFile f(QStringLiteral(OUTAGEDESK_TEST_FIXTURES "/primo-eu01-2016-11.json"));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject incident = incidents.at(0).toObject();
        QJsonObject rca = incident.value(QStringLiteral("rca")).toObject();
        rca.insert(QStringLiteral("state"), rcaState);
        if (rcaState != QLatin1String("approved")) {
            rca.remove(QStringLiteral("approvedBy"));
            rca.remove(QStringLiteral("approvedAt"));
        }
        incident.insert(QStringLiteral("rca"), rca);
        incidents.replace(0, incident);
        doc.insert(QStringLiteral("incidents"), incidents);
        m_workspace = std::make_unique<Workspace>();
        if (!m_workspace->open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_counter))))
            return false;
        ImportBatch batch;
        ImportError error;
        ImportSummary summary;
        return IncidentImporter::parse(QJsonDocument(doc).toJson(), QDateTime::currentDateTimeUtc(), &batch, &error)
            && IncidentImporter::apply(m_workspace.get(), batch, &summary, &error);
    }

    void addPortal(const QString &name, PortalKind kind, const QString &url)
    {
        Portal p;
        p.name = name;
        p.kind = kind;
        p.url = url;
        p.pageId = QStringLiteral("page1");
        QString error;
        QVERIFY2(PortalRepository(m_workspace.get()).save(p, &error), qPrintable(error));
        m_credentials.secrets.insert(name, QStringLiteral("s3cret"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("OUTAGEDESK_SCREENSHOT_RTL"))
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        if (qEnvironmentVariableIsSet("OUTAGEDESK_SCREENSHOT_DARK")) {
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, Qt::white);
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::Text, Qt::white);
            dark.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
            dark.setColor(QPalette::ButtonText, Qt::white);
            QApplication::setPalette(dark);
        }
    }

    void cleanup()
    {
        m_workspace.reset();
    }

    void portalsDialog_savesPortalAndSecretApart()
    {
        QVERIFY(openWorkspace());
        PortalsDialog dialog(m_workspace.get(), &m_credentials);
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(name && url && user && secret && buttons);
        QTest::keyClicks(name, QStringLiteral("status"));
        QTest::keyClicks(url, QStringLiteral("ftp://nope"));
        QTest::keyClicks(user, QStringLiteral("publisher"));
        QTest::keyClicks(secret, QStringLiteral("hunter2"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(dialog.message().contains(QLatin1String("https://")), qPrintable(dialog.message()));
        QVERIFY(PortalRepository(m_workspace.get()).portals().isEmpty());

        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://status.example.com/dav/"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        const auto saved = PortalRepository(m_workspace.get()).portal(QStringLiteral("status"));
        QVERIFY2(saved, qPrintable(dialog.message()));
        QCOMPARE(saved->user, QStringLiteral("publisher"));
        QCOMPARE(m_credentials.secrets.value(QStringLiteral("status")), QStringLiteral("hunter2"));
        QVERIFY(dialog.findChild<QListView *>(QStringLiteral("portalList"))->model()->rowCount() == 1);
        screenshot(&dialog, QStringLiteral("portals"));
    }

    void portalListModel_passesTester()
    {
        QVERIFY(openWorkspace());
        PortalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        QCOMPARE(model.rowCount(), 0);
        addPortal(QStringLiteral("b"), PortalKind::WebDav, QStringLiteral("https://b.example/"));
        addPortal(QStringLiteral("a"), PortalKind::Webhook, QStringLiteral("https://a.example/"));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("a"));
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    }

    void publishDialog_previewShowsWhatGoesOut_data()
    {
        QTest::addColumn<QString>("rcaState");
        QTest::addColumn<bool>("rcaShown");
        QTest::newRow("approved") << QStringLiteral("approved") << true;
        QTest::newRow("draft") << QStringLiteral("draft") << false;
    }

    void publishDialog_previewShowsWhatGoesOut()
    {
        QFETCH(QString, rcaState);
        QFETCH(bool, rcaShown);
        QVERIFY(openWorkspace(rcaState));
        addPortal(QStringLiteral("status"), PortalKind::WebDav, QStringLiteral("https://status.example.com/dav/"));
        PublishDialog dialog(m_workspace.get(), kIncident);
        QVERIFY(dialog.previewHtml().contains(QLatin1String("We are watching the load closely.")));
        QVERIFY(!dialog.previewHtml().contains(QLatin1String("Do not publish"))); // the internal note
        QCOMPARE(dialog.previewHtml().contains(QLatin1String("denial-of-service attempts")), rcaShown);
        QCOMPARE(dialog.rcaLeftOut(), !rcaShown);
        // The pending publication is in the RCA's generated history, so only with the RCA.
        QCOMPARE(dialog.previewHtml().contains(QLatin1String("<td>Published</td>")), rcaShown);
        // The page carries the Gantt as inline SVG, which QTextBrowser cannot show: the
        // preview shows it as a picture rather than as its text run together.
        QVERIFY(dialog.previewHtml().contains(QLatin1String("<svg")));
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("preview"));
        QVERIFY(preview);
        QVERIFY(!preview->toPlainText().contains(QLatin1String("Outage windows of")));
        QVERIFY(preview->toHtml().contains(QLatin1String("outagedesk-preview:gantt.png")));
        QVERIFY(!preview->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("outagedesk-preview:gantt.png")))
                     .value<QImage>()
                     .isNull());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("notifyCheck"))->isEnabled());
        QVERIFY(dialog.summary().contains(QLatin1String("not notified")));
        screenshot(&dialog, QStringLiteral("publish-") + rcaState);
    }

    void publishDialog_statuspage_offersNotification()
    {
        QVERIFY(openWorkspace());
        addPortal(QStringLiteral("sp"), PortalKind::Statuspage, QStringLiteral("https://api.statuspage.io"));
        PublishDialog dialog(m_workspace.get(), kIncident);
        auto *notify = dialog.findChild<QCheckBox *>(QStringLiteral("notifyCheck"));
        QVERIFY(notify->isEnabled());
        QVERIFY(!dialog.notifySubscribers()); // never by default
        QTest::mouseClick(notify, Qt::LeftButton);
        QVERIFY(dialog.notifySubscribers());
        QVERIFY(dialog.summary().contains(QLatin1String("ARE notified")));

        // Publishing with notification asks once more; "No" keeps the dialog open.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QLatin1String("sp")));
                box->button(button)->click();
            });
        };
        dialog.show();
        answer(QMessageBox::No);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        answer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void statusBar_offlineWithWaitingCount()
    {
        QVERIFY(openWorkspace());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there any more: connection refused
        addPortal(QStringLiteral("status"), PortalKind::Webhook, QStringLiteral("http://127.0.0.1:%1/hook").arg(port));

        QMainWindow window;
        Workspace *workspace = m_workspace.get();
        PublishingActions actions([workspace] { return workspace; }, [] { return kIncident; }, &window);
        actions.setCredentialStore(&m_credentials);
        window.statusBar()->addPermanentWidget(actions.statusWidget());
        QVERIFY(actions.publisher());
        QString error;
        const auto job = actions.publisher()->enqueue({kIncident, QStringLiteral("status"), QStringLiteral("n"), false}, &error);
        QVERIFY(job);
        actions.worker()->runNow();
        QTRY_VERIFY(actions.statusWidget()->isVisibleTo(&window));
        QCOMPARE(actions.statusWidget()->text(), QStringLiteral("offline — 1 waiting"));

        OutboxDialog dialog(workspace, actions.worker());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(dialog.model()->index(0, OutboxTableModel::ReasonColumn).data().toString().contains(QLatin1String("refused")));
        screenshot(&dialog, QStringLiteral("outbox"));
        window.resize(700, 120);
        screenshot(&window, QStringLiteral("statusbar"));
    }
};

QTEST_MAIN(TestPublishGui)
#include "tst_publishgui.moc"
