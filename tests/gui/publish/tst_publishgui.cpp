#include "TestPaths.h"
#include "exchange/IncidentImporter.h"
#include "gui/publish/BuildPortalDialog.h"
#include "gui/publish/OutboxDialog.h"
#include "gui/publish/OutboxTableModel.h"
#include "gui/publish/PortalListModel.h"
#include "gui/publish/PortalsDialog.h"
#include "gui/publish/PublishDialog.h"
#include "gui/publish/PublishingActions.h"
#include "render/RcaRenderer.h"
#include "storage/IncidentRepository.h"
#include "MemoryCredentialStore.h"
#include "NginxFixture.h"
#include "ScriptedHttpServer.h"
#include "gui/commands/EditHistory.h"
#include "gui/editor/IncidentEditor.h"
#include "i18n/Translator.h"
#include "publish/ConnectionCheck.h"
#include "publish/KeychainCredentialStore.h"
#include "publish/CredentialStore.h"
#include "publish/OutboxRepository.h"
#include "publish/OutboxWorker.h"
#include "publish/PortalRepository.h"
#include "publish/Publisher.h"
#include "storage/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QSignalSpy>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QToolButton>
#include <QUndoStack>
#include <functional>
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
#include <QTableView>
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

// Answers modal dialogs as they open while something runs: each handler takes the
// first modal widget it recognises (returns true), once, in any order.
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(QList<std::function<bool(QWidget *)>> handlers)
        : m_handlers(std::move(handlers))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last)
                return;
            for (int i = 0; i < m_handlers.size(); ++i) {
                if (m_handlers.at(i)(modal)) {
                    m_last = modal;
                    m_handlers.removeAt(i);
                    ++answered;
                    return;
                }
            }
        });
        m_timer.start();
    }
    int answered = 0;

private:
    QList<std::function<bool(QWidget *)>> m_handlers;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

// Fills the Portals dialog's form for a WebDAV portal.
void fillWebDav(QWidget *dialog, const QString &name, const QString &url, const QString &user, const QString &secret)
{
    for (const auto &[field, text] : {std::pair{"nameEdit", name}, std::pair{"urlEdit", url}, std::pair{"userEdit", user},
                                      std::pair{"secretEdit", secret}}) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
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
        QFile f(TestPaths::fixture(QStringLiteral("primo-eu01-2016-11.json")));
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
        // No Secret Service for this process: the real keychain is tried only where a
        // test means "no keychain", and never touches the user's own.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/outagedesk-test-bus");
        // OUTAGEDESK_SCREENSHOT_LANG=he: the dialogs in a language of the catalogue, for a look.
        if (const QString language = qEnvironmentVariable("OUTAGEDESK_SCREENSHOT_LANG"); !language.isEmpty()) {
            static Translator translator;
            translator.install(language);
        }
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

    void publishDialog_noPortal_addPortalFromThere()
    {
        QVERIFY(openWorkspace());
        PublishDialog dialog(m_workspace.get(), kIncident, nullptr, &m_credentials);
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addPortalButton"));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("portalCombo"));
        QVERIFY(buttons && add && combo);
        QPushButton *publish = nullptr;
        for (QAbstractButton *b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                publish = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(publish);
        dialog.show();
        QVERIFY(add->isVisible());
        QVERIFY(!publish->isEnabled());
        QVERIFY(add->isDefault());
        QVERIFY(dialog.summary().contains(QLatin1String("Add Portal")));
        screenshot(&dialog, QStringLiteral("publish-noportal"));

        // The Portals dialog opens over it; a portal saved there is chosen on return.
        bool filled = false;
        QTimer::singleShot(0, [&] {
            auto *portals = qobject_cast<PortalsDialog *>(QApplication::activeModalWidget());
            QVERIFY(portals);
            QTest::keyClicks(portals->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("status"));
            QTest::keyClicks(portals->findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("https://status.example.com/dav/"));
            QTest::keyClicks(portals->findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("publisher"));
            QTest::keyClicks(portals->findChild<QLineEdit *>(QStringLiteral("secretEdit")), QStringLiteral("hunter2"));
            auto *portalButtons = portals->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            QTest::mouseClick(portalButtons->button(QDialogButtonBox::Save), Qt::LeftButton);
            filled = portals->message().contains(QLatin1String("saved"));
            portals->reject();
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(filled);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(dialog.portalName(), QStringLiteral("status"));
        QVERIFY(publish->isEnabled());
        QVERIFY(publish->isDefault());
        QVERIFY(dialog.previewHtml().contains(QLatin1String("We are watching the load closely.")));
        QCOMPARE(m_credentials.secrets.value(QStringLiteral("status")), QStringLiteral("hunter2"));

        // Without a credential store (nowhere to put a secret) there is no button.
        PublishDialog bare(m_workspace.get(), kIncident);
        bare.show();
        QVERIFY(!bare.findChild<QPushButton *>(QStringLiteral("addPortalButton"))->isVisible());
    }

    void outboxDialog_cancelsWaitingButNotSending()
    {
        QVERIFY(openWorkspace());
        addPortal(QStringLiteral("status"), PortalKind::Webhook, QStringLiteral("http://127.0.0.1:9/hook"));
        addPortal(QStringLiteral("other"), PortalKind::Webhook, QStringLiteral("http://127.0.0.1:9/hook"));
        Publisher publisher(m_workspace.get(), &m_credentials);
        QString error;
        const auto waiting = publisher.enqueue({kIncident, QStringLiteral("status"), QStringLiteral("n"), false}, &error);
        auto sending = publisher.enqueue({kIncident, QStringLiteral("other"), QStringLiteral("n"), false}, &error);
        QVERIFY(waiting && sending);
        sending->state = OutboxState::Sending;
        QVERIFY(OutboxRepository(m_workspace.get()).update(*sending, &error));

        OutboxDialog dialog(m_workspace.get(), nullptr);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("outboxView"));
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(view && cancel && message);
        QVERIFY(!cancel->isEnabled()); // nothing chosen yet
        QCOMPARE(dialog.model()->rowCount(), 2);
        const int sendingRow = dialog.model()->job(0).id == sending->id ? 0 : 1;
        auto clickRow = [&](int row) {
            const QRect cell = view->visualRect(dialog.model()->index(row, OutboxTableModel::PortalColumn));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        };
        clickRow(sendingRow);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!dialog.cancelSelected()); // core refuses it as well
        QVERIFY2(message->text().contains(QLatin1String("being sent")), qPrintable(message->text()));
        QCOMPARE(dialog.model()->rowCount(), 2);

        clickRow(1 - sendingRow);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(message->text().contains(QLatin1String("cancelled")), qPrintable(message->text()));
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.model()->job(0).id, sending->id);
        QVERIFY(!OutboxRepository(m_workspace.get()).job(waiting->id));
        QVERIFY(!cancel->isEnabled());
        screenshot(&dialog, QStringLiteral("outbox-cancelled"));
    }

    void buildPortal_fromTheMenu_writesTheSiteIntoTheFolder()
    {
        QVERIFY(openWorkspace());
        Portal portal;
        portal.name = QStringLiteral("status");
        portal.url = QStringLiteral("https://status.example.com/dav/");
        portal.language = QStringLiteral("de");
        portal.title = QStringLiteral("Primo Status");
        QString error;
        QVERIFY(PortalRepository(m_workspace.get()).save(portal, &error));
        QMainWindow window;
        Workspace *workspace = m_workspace.get();
        PublishingActions actions([workspace] { return workspace; }, [] { return kIncident; }, &window);
        actions.setCredentialStore(&m_credentials);
        actions.updateActions();
        QVERIFY(actions.buildPortalAction()->isEnabled());
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString folder = out.filePath(QStringLiteral("site"));
        QString result;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<BuildPortalDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *build = dialog->findChild<QPushButton *>(QStringLiteral("buildButton"));
            QVERIFY(!build->isEnabled()); // no folder yet
            // Prefilled from the static portal: its language and title, not the window's.
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(), QStringLiteral("de"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("folderEdit")), folder);
            QVERIFY(build->isEnabled());
            QTest::mouseClick(build, Qt::LeftButton);
            result = dialog->result();
            screenshot(dialog, QStringLiteral("build-portal"));
            dialog->reject();
        });
        actions.buildPortalAction()->trigger();
        QFile manifest(folder + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject files = QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("files")).toObject();
        // The dialog counts what it wrote: every file the manifest lists, and the manifest.
        QVERIFY2(result.contains(QStringLiteral("%1 file").arg(files.size() + 1)), qPrintable(result));
        QVERIFY(files.size() >= 5);
        QVERIFY(files.contains(QStringLiteral("index.html")));
        QVERIFY(files.contains(QStringLiteral("incidents/") + kIncident.toString(QUuid::WithoutBraces) + QStringLiteral(".html")));
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            QFile f(folder + QLatin1Char('/') + it.key());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(it.key()));
            const QByteArray body = f.readAll();
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()), it.value().toString());
            QVERIFY(!body.contains("Do not publish")); // the internal note
        }
        QFile index(folder + QStringLiteral("/index.html"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray page = index.readAll();
        QVERIFY(page.contains("lang=\"de\""));
        QVERIFY(page.contains("Primo Status"));
    }

    void buildPortal_unwritableFolder_saysWhereAndWritesNothing()
    {
        QVERIFY(openWorkspace());
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        BuildPortalDialog dialog(m_workspace.get());
        dialog.setFolder(out.filePath(QStringLiteral("file/site"))); // below a plain file
        QVERIFY(!dialog.build());
        QVERIFY2(dialog.result().contains(QLatin1String("file/site")), qPrintable(dialog.result()));
    }

    void copyRca_asMarkdownAndHtml_onTheClipboard()
    {
        QVERIFY(openWorkspace(QStringLiteral("draft")));
        QMainWindow window;
        Workspace *workspace = m_workspace.get();
        QUuid current;
        PublishingActions actions([workspace] { return workspace; }, [&current] { return current; }, &window);
        actions.setCredentialStore(&m_credentials);
        actions.updateActions();
        QSignalSpy messages(&actions, &PublishingActions::message);
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("before"));

        actions.copyRcaMarkdownAction()->trigger(); // no incident chosen
        QCOMPARE(clipboard->text(), QStringLiteral("before"));
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("Select")));

        current = kIncident;
        const RcaRenderer renderer(RenderContext::forWorkspace(workspace));
        const Incident incident = *IncidentRepository(workspace).load(kIncident);
        actions.copyRcaMarkdownAction()->trigger();
        const QString markdown = renderer.markdown(incident);
        QVERIFY(markdown.contains(QLatin1String("denial-of-service attempts")));
        QCOMPARE(clipboard->text(), markdown);
        QCOMPARE(QString::fromUtf8(clipboard->mimeData()->data(QStringLiteral("text/markdown"))), markdown);
        QVERIFY(!clipboard->mimeData()->hasHtml());
        QVERIFY(!clipboard->text().contains(QLatin1String("Do not publish")));

        actions.copyRcaHtmlAction()->trigger();
        const QMimeData *mime = clipboard->mimeData();
        QVERIFY(mime->hasHtml());
        QCOMPARE(mime->html(), renderer.standaloneHtml(incident));
        QVERIFY(mime->html().contains(QLatin1String("denial-of-service attempts")));
        QVERIFY(!mime->html().contains(QLatin1String("Do not publish")));
        QCOMPARE(mime->text(), markdown); // the plain alternative
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("HTML")));
    }

    void portalsDialog_testConnection_webDavAgainstNginx()
    {
        if (const QString missing = NginxFixture::missingReason(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        NginxFixture nginx;
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        QVERIFY(openWorkspace());
        PortalsDialog dialog(m_workspace.get(), &m_credentials);
        dialog.show();
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        QVERIFY(test);
        const auto secretsBefore = m_credentials.secrets;
        fillWebDav(&dialog, QStringLiteral("status"), nginx.httpUrl(), nginx.user(), QStringLiteral("wrong"));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY2(dialog.message().contains(QLatin1String("401")), qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QLatin1String("credentials")), qPrintable(dialog.message()));

        fillWebDav(&dialog, QStringLiteral("status"), nginx.httpUrl(), nginx.user(), nginx.password());
        const ConnectionCheck::Result right = dialog.testConnection();
        // nginx authenticates, then answers PROPFIND with 405 without its dav-ext module.
        QVERIFY2(right.verdict == ConnectionCheck::Verdict::Reached || right.verdict == ConnectionCheck::Verdict::Unverified,
                 qPrintable(right.message));
        QVERIFY2(right.httpStatus == 207 || right.httpStatus == 405, qPrintable(QString::number(right.httpStatus)));
        QCOMPARE(dialog.message(), right.message);
        QCOMPARE(nginx.countRequests("PROPFIND"), 2);
        QCOMPARE(nginx.countRequests("PUT"), 0); // a test changes nothing on the portal
        QCOMPARE(nginx.countRequests("DELETE"), 0);
        QVERIFY(PortalRepository(m_workspace.get()).portals().isEmpty()); // nor in the workspace
        QCOMPARE(m_credentials.secrets, secretsBefore); // nor in the keychain
        screenshot(&dialog, QStringLiteral("portals-test"));

        // Nothing listening there: refused, said as such.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        fillWebDav(&dialog, QStringLiteral("status"), QStringLiteral("http://127.0.0.1:%1/dav/").arg(port), nginx.user(),
                   nginx.password());
        const ConnectionCheck::Result refused = dialog.testConnection();
        QCOMPARE(refused.verdict, ConnectionCheck::Verdict::Failed);
        QVERIFY2(refused.message.contains(QLatin1String("refused")), qPrintable(refused.message));
    }

    void portalsDialog_testConnection_statuspageAndWebhook()
    {
        QVERIFY(openWorkspace());
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ScriptedHttpServer::Request &r) {
            if (r.method == "GET" && r.target == "/v1/pages/page1" && r.headers.value("authorization") == "OAuth key-123")
                return ScriptedHttpServer::json(200, R"({"id":"page1","name":"Primo"})");
            return ScriptedHttpServer::json(401, R"({"error":"Could not authenticate"})");
        });
        PortalsDialog dialog(m_workspace.get(), &m_credentials);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(PortalKind::Statuspage)));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("sp"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), server.baseUrl());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("pageIdEdit")), QStringLiteral("page1"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit")), QStringLiteral("nope"));
        ConnectionCheck::Result result = dialog.testConnection();
        QCOMPARE(result.verdict, ConnectionCheck::Verdict::Failed);
        QVERIFY2(result.message.contains(QLatin1String("Could not authenticate")), qPrintable(result.message));
        dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("key-123"));
        result = dialog.testConnection();
        QVERIFY2(result.verdict == ConnectionCheck::Verdict::Reached, qPrintable(result.message));
        QCOMPARE(server.requests().size(), 2);
        for (const auto &r : server.requests())
            QCOMPARE(r.method, QByteArray("GET")); // never a create

        // A webhook is not probed: every request is an event to its receiver.
        server.clearRequests();
        kind->setCurrentIndex(kind->findData(int(PortalKind::Webhook)));
        dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))->setText(server.baseUrl() + QStringLiteral("/hook"));
        result = dialog.testConnection();
        QCOMPARE(result.verdict, ConnectionCheck::Verdict::NotSent);
        QVERIFY(result.message.contains(server.baseUrl() + QStringLiteral("/hook")));
        QVERIFY(server.requests().isEmpty());
    }

    void portalsDialog_noSecretService_explainsAndOffersAskEachTime()
    {
        if (!KeychainCredentialStore::isCompiledIn())
            QSKIP("built without QtKeychain");
        if (const QString missing = NginxFixture::missingReason(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        NginxFixture nginx;
        QString error;
        QVERIFY2(nginx.start(&error), qPrintable(error));
        QVERIFY(openWorkspace());
        // The real keychain, with no Secret Service to reach (initTestCase pointed the
        // session bus nowhere).
        KeychainCredentialStore keychain;
        {
            PortalsDialog dialog(m_workspace.get(), &keychain);
            dialog.show();
            fillWebDav(&dialog, QStringLiteral("status"), nginx.httpUrl() + QStringLiteral("asked/"), nginx.user(),
                       nginx.password());
            auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            auto *askInstead = dialog.findChild<QPushButton *>(QStringLiteral("askInsteadButton"));
            QVERIFY(!askInstead->isVisible());
            QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
            // What to install, and the way on without it; nothing saved half-way.
            QVERIFY2(dialog.message().contains(QLatin1String("gnome-keyring")), qPrintable(dialog.message()));
            QVERIFY2(dialog.message().contains(QLatin1String("KeePassXC")), qPrintable(dialog.message()));
            QVERIFY2(dialog.message().contains(QLatin1String("D-Bus")), qPrintable(dialog.message()));
            QVERIFY(PortalRepository(m_workspace.get()).portals().isEmpty());
            QVERIFY(askInstead->isVisible());
            screenshot(&dialog, QStringLiteral("portals-no-keychain"));

            QTest::mouseClick(askInstead, Qt::LeftButton);
            const auto saved = PortalRepository(m_workspace.get()).portal(QStringLiteral("status"));
            QVERIFY2(saved, qPrintable(dialog.message()));
            QVERIFY(saved->askSecretEachPublish);
            QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("askSecretCheck"))->isChecked());
            QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isEnabled());
            QVERIFY2(dialog.message().contains(QLatin1String("kept nowhere")), qPrintable(dialog.message()));
        }

        // Publishing asks for the secret, and it goes out with it.
        QMainWindow window;
        Workspace *workspace = m_workspace.get();
        PublishingActions actions([workspace] { return workspace; }, [] { return kIncident; }, &window);
        actions.setCredentialStore(&keychain);
        QSignalSpy messages(&actions, &PublishingActions::message);
        QString asked;
        bool hidden = false;
        ModalAnswers answers({[](QWidget *w) {
                                  auto *publish = qobject_cast<PublishDialog *>(w);
                                  if (publish)
                                      publish->accept();
                                  return publish != nullptr;
                              },
                              [&](QWidget *w) {
                                  auto *question = qobject_cast<QInputDialog *>(w);
                                  if (!question)
                                      return false;
                                  asked = question->labelText();
                                  hidden = question->textEchoMode() == QLineEdit::Password;
                                  question->setTextValue(nginx.password());
                                  question->accept();
                                  return true;
                              }});
        actions.publishCurrent();
        QCOMPARE(answers.answered, 2);
        QVERIFY2(asked.contains(QLatin1String("not stored")), qPrintable(asked));
        QVERIFY(hidden); // typed as a password
        QVERIFY2(!messages.isEmpty() && messages.last().at(0).toString().startsWith(QLatin1String("Published")),
                 qPrintable(messages.isEmpty() ? QString() : messages.last().at(0).toString()));
        QVERIFY(QFileInfo::exists(nginx.documentRoot() + QStringLiteral("/asked/index.html")));
        QVERIFY(OutboxRepository(workspace).jobs().isEmpty());

        // Cancelling the question publishes nothing and queues nothing.
        ModalAnswers cancel({[](QWidget *w) {
                                 auto *publish = qobject_cast<PublishDialog *>(w);
                                 if (publish)
                                     publish->accept();
                                 return publish != nullptr;
                             },
                             [](QWidget *w) {
                                 auto *question = qobject_cast<QInputDialog *>(w);
                                 if (question)
                                     question->reject();
                                 return question != nullptr;
                             }});
        const int puts = nginx.countRequests("PUT");
        actions.publishCurrent();
        QCOMPARE(cancel.answered, 2);
        QVERIFY(messages.last().at(0).toString().contains(QLatin1String("needs its secret")));
        QVERIFY(OutboxRepository(workspace).jobs().isEmpty());
        QCOMPARE(nginx.countRequests("PUT"), puts);
    }

    void statusTemplates_fillTheFactsAsAnUndoableEdit()
    {
        QVERIFY(openWorkspace());
        EditHistory history;
        history.setWorkspace(m_workspace.get());
        IncidentEditor editor(&history);
        editor.setWorkspace(m_workspace.get());
        editor.showIncident(kIncident);
        editor.show();
        const int before = int(editor.incident().updates.size());
        auto *button = editor.findChild<QToolButton *>(QStringLiteral("updateTemplateButton"));
        QVERIFY(button && button->menu());
        auto *german = button->menu()->findChild<QAction *>(QStringLiteral("statusTemplate_de_resolved"));
        auto *english = button->menu()->findChild<QAction *>(QStringLiteral("statusTemplate_en_investigating"));
        QVERIFY(german && english);
        english->trigger();
        QCOMPARE(int(editor.incident().updates.size()), before + 1);
        const StatusUpdate investigating = editor.incident().updates.last();
        QCOMPARE(investigating.status, IncidentStatus::Investigating);
        // The facts: the instance, its data center, the first start in that zone with the zone.
        QVERIFY2(investigating.message.contains(QLatin1String("Primo MT EU01")), qPrintable(investigating.message));
        QVERIFY2(investigating.message.contains(QLatin1String("2016-11-14 14:56 CET")), qPrintable(investigating.message));
        QVERIFY2(!investigating.message.contains(QLatin1Char('{')), qPrintable(investigating.message));
        QCOMPARE(IncidentRepository(m_workspace.get()).load(kIncident)->updates.size(), before + 1);

        // German for German customers, whatever the window speaks; the duration in German too.
        german->trigger();
        const StatusUpdate resolved = editor.incident().updates.last();
        QCOMPARE(resolved.status, IncidentStatus::Resolved);
        QVERIFY2(resolved.message.startsWith(QStringLiteral("Diese Störung ist behoben.")), qPrintable(resolved.message));
        QVERIFY2(resolved.message.contains(QStringLiteral("insgesamt 1 Std. 40 Min. unterbrochen")), qPrintable(resolved.message));

        // An ordinary edit: one undo step each.
        history.undoStack()->undo();
        QCOMPARE(IncidentRepository(m_workspace.get()).load(kIncident)->updates.size(), before + 1);
        history.undoStack()->undo();
        QCOMPARE(IncidentRepository(m_workspace.get()).load(kIncident)->updates.size(), before);
        editor.resize(1000, 600);
        history.undoStack()->redo();
        screenshot(&editor, QStringLiteral("status-template"));
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
