#include "TestPaths.h"

namespace TestPaths {

QString fixturesDir()
{
    return QStringLiteral(OUTAGEDESK_TEST_FIXTURES);
}

QString fixture(const QString &name)
{
    return fixturesDir() + QLatin1Char('/') + name;
}

QString binary()
{
    return QStringLiteral(OUTAGEDESK_BINARY);
}

} // namespace TestPaths
