#include "GuiTestSupport.h"

#include "gui/dialogs/CustomersDialog.h"
#include "gui/models/CustomersTableModel.h"
#include "storage/CustomerRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace OutageDesk;

// The Customers dialog on a real workspace, used with the mouse as a support manager would.
class TestCustomersDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &content)
    {
        QFile f(m_dir.filePath(QStringLiteral("c%1.csv").arg(++m_files)));
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return f.fileName();
    }

    static QStringList shownEmails(const CustomersTableModel *model)
    {
        QStringList emails;
        for (int r = 0; r < model->rowCount(); ++r)
            emails << model->index(r, 0).data(CustomersTableModel::EmailRole).toString();
        return emails;
    }

private Q_SLOTS:
    void import_filter_unsubscribe_remove()
    {
        Workspace ws;
        QVERIFY(ws.open(m_dir.filePath(QStringLiteral("dialog.sqlite"))));
        QVERIFY(TestSupport::seedCatalog(ws));
        CustomersDialog dialog(&ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("customersView"));
        auto *stateFilter = dialog.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        auto *targetFilter = dialog.findChild<QComboBox *>(QStringLiteral("targetFilter"));
        auto *unsubscribe = dialog.findChild<QPushButton *>(QStringLiteral("unsubscribeButton"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(view && stateFilter && targetFilter && unsubscribe && remove);

        // A refused file: the reason with its line, nothing in the list.
        QVERIFY(!dialog.importFile(write("email,name,language,subscriptions\nok@x.example,A,en,EU\nbad,B,en,EU\n")));
        QVERIFY(dialog.lastActionRefused());
        QVERIFY2(dialog.message().contains(QStringLiteral("line 3")), qPrintable(dialog.message()));
        QCOMPARE(dialog.model()->rowCount(), 0);

        QVERIFY(dialog.importFile(write("email,name,language,subscriptions\n"
                                        "eu@x.example,EU desk,en,EU\n"
                                        "na@x.example,NA desk,fr,Leganto NA01\n"
                                        "all@x.example,Everyone,he,*\n")));
        QVERIFY2(dialog.message().contains(QStringLiteral("3 customers added")), qPrintable(dialog.message()));
        QCOMPARE(shownEmails(dialog.model()), (QStringList{"all@x.example", "eu@x.example", "na@x.example"}));

        targetFilter->setCurrentIndex(targetFilter->findData(QStringLiteral("EU")));
        QCOMPARE(shownEmails(dialog.model()), (QStringList{"all@x.example", "eu@x.example"}));
        targetFilter->setCurrentIndex(targetFilter->findData(QString()));

        // Select the NA row with the mouse and unsubscribe it.
        const int naRow = int(shownEmails(dialog.model()).indexOf(QStringLiteral("na@x.example")));
        const QRect cell = view->visualRect(dialog.model()->index(naRow, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseClick(unsubscribe, Qt::LeftButton);
        QVERIFY2(!dialog.lastActionRefused(), qPrintable(dialog.message()));
        QVERIFY(CustomerRepository(&ws).customer(QStringLiteral("na@x.example"))->unsubscribed);
        QVERIFY(!CustomerRepository(&ws).customer(QStringLiteral("eu@x.example"))->unsubscribed);

        stateFilter->setCurrentIndex(stateFilter->findData(int(CustomersTableModel::StateFilter::Unsubscribed)));
        QCOMPARE(shownEmails(dialog.model()), QStringList{"na@x.example"});
        stateFilter->setCurrentIndex(stateFilter->findData(int(CustomersTableModel::StateFilter::Subscribed)));
        QCOMPARE(shownEmails(dialog.model()), (QStringList{"all@x.example", "eu@x.example"}));

        // Remove the first shown (all@) with the mouse.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(dialog.model()->index(0, 0)).center());
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!CustomerRepository(&ws).customer(QStringLiteral("all@x.example")));
        QCOMPARE(CustomerRepository(&ws).count(), 2);

        // Nothing selected: a clear refusal, nothing changed.
        view->clearSelection();
        QTest::mouseClick(unsubscribe, Qt::LeftButton);
        QVERIFY(dialog.lastActionRefused());
        QVERIFY(!CustomerRepository(&ws).customer(QStringLiteral("eu@x.example"))->unsubscribed);
    }
};

QTEST_MAIN(TestCustomersDialog)
#include "tst_customersdialog.moc"
