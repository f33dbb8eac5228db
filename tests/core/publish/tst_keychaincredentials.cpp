#include "KeychainSession.h"

#include "publish/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace OutageDesk;

// Portal secrets in a real Secret Service (GNOME Keyring in a private D-Bus session).
class TestKeychainCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!KeychainCredentialStore::isCompiledIn())
            QSKIP("built without QtKeychain (Debian: qtkeychain-qt6-dev)");
        const QString reason = KeychainSession::unavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no private Secret Service: ") + reason));
    }

    void writeThenRead_roundTrip_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("password") << QStringLiteral("correct horse battery");
        QTest::newRow("unicode") << QStringLiteral("pässwörd-שלום-🔑");
        QTest::newRow("api key") << QStringLiteral("0123456789abcdef0123456789abcdef");
    }

    void writeThenRead_roundTrip()
    {
        QFETCH(QString, secret);
        KeychainCredentialStore store;
        QString error;
        QVERIFY2(store.write(QStringLiteral("status"), secret, &error), qPrintable(error));
        const auto read = store.read(QStringLiteral("status"), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, secret);
    }

    void portalsAreSeparate()
    {
        KeychainCredentialStore store;
        QString error;
        QVERIFY(store.write(QStringLiteral("a"), QStringLiteral("one"), &error));
        QVERIFY(store.write(QStringLiteral("b"), QStringLiteral("two"), &error));
        QCOMPARE(store.read(QStringLiteral("a"), &error).value_or(QString()), QStringLiteral("one"));
        QCOMPARE(store.read(QStringLiteral("b"), &error).value_or(QString()), QStringLiteral("two"));
    }

    void remove_thenReadSaysWhichPortal()
    {
        KeychainCredentialStore store;
        QString error;
        QVERIFY(store.write(QStringLiteral("gone"), QStringLiteral("x"), &error));
        QVERIFY2(store.remove(QStringLiteral("gone"), &error), qPrintable(error));
        QVERIFY(!store.read(QStringLiteral("gone"), &error));
        QVERIFY2(error.contains(QLatin1String("gone")), qPrintable(error));
    }

    void noSecretService_clearMessage()
    {
        // A child without any session bus: the message must say the keychain is missing.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/outagedesk-bus"));
        env.insert(QStringLiteral("OUTAGEDESK_KEYCHAIN_PROBE"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String("system keychain is not available")), qPrintable(out));
        // What to install on Debian, and that the store knows it is "no keychain at
        // all" (the Portals dialog then offers to ask for the secret at each publish).
        QVERIFY2(out.contains(QLatin1String("gnome-keyring")) && out.contains(QLatin1String("D-Bus")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("unavailable=1")), qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("OUTAGEDESK_KEYCHAIN_PROBE")) {
        // The child of noSecretService_clearMessage: report what a user would see.
        QCoreApplication app(argc, argv);
        QString error;
        KeychainCredentialStore store;
        store.read(QStringLiteral("status"), &error);
        printf("%s\nunavailable=%d\n", error.toUtf8().constData(), int(store.lastFailureWasUnavailable()));
        return 0;
    }
    KeychainSession::enterOrReexec(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainCredentials test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaincredentials.moc"
