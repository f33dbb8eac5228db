#include "exchange/EmailAddress.h"

#include <QTest>

using namespace OutageDesk;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValid_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "it-desk@library.example" << true;
        QTest::newRow("plus and dots") << "first.last+status@uni.example" << true;
        QTest::newRow("atext specials") << "a!#$%&'*+/=?^_`{|}~-@x.example" << true;
        QTest::newRow("quoted local part") << "\"john doe\"@x.example" << true;
        QTest::newRow("quoted with escaped quote") << "\"a\\\"b\"@x.example" << true;
        QTest::newRow("quoted holding @") << "\"a@b\"@x.example" << true;
        QTest::newRow("domain literal") << "ops@[192.0.2.1]" << true;
        QTest::newRow("single label domain") << "root@localhost" << true;
        QTest::newRow("display name") << "Central IT <it@x.example>" << false;
        QTest::newRow("angle brackets") << "<it@x.example>" << false;
        QTest::newRow("comment") << "it(desk)@x.example" << false;
        QTest::newRow("trailing comment") << "it@x.example (IT)" << false;
        QTest::newRow("space") << "it desk@x.example" << false;
        QTest::newRow("no at") << "it-desk.x.example" << false;
        QTest::newRow("empty local") << "@x.example" << false;
        QTest::newRow("empty domain") << "it@" << false;
        QTest::newRow("two ats") << "a@b@x.example" << false;
        QTest::newRow("leading dot") << ".a@x.example" << false;
        QTest::newRow("double dot") << "a..b@x.example" << false;
        QTest::newRow("trailing dot domain") << "a@x.example." << false;
        QTest::newRow("CRLF injection") << "a@x.example\r\nBcc: all@y.example" << false;
        QTest::newRow("LF in quoted") << "\"a\nb\"@x.example" << false;
        QTest::newRow("comma list") << "a@x.example,b@x.example" << false;
        QTest::newRow("non-ASCII") << QString::fromUtf8("jürgen@x.example") << false;
        QTest::newRow("local part 65") << QString(65, QLatin1Char('a')) + "@x.example" << false;
        QTest::newRow("local part 64") << QString(64, QLatin1Char('a')) + "@x.example" << true;
        QTest::newRow("address 255") << "a@" + QString(253, QLatin1Char('b')) << false;
    }

    void isValid()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(EmailAddress::isValid(address), valid);
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
