// libFuzzer target: the importer's parse step takes whatever bytes a user or a
// script hands it and must refuse bad input with a message, never crash or hang.
#include "exchange/IncidentImporter.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace OutageDesk;
    static const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    ImportBatch batch;
    ImportError error;
    const bool ok = IncidentImporter::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), now, &batch, &error);
    // A refusal always says why; an acceptance always says nothing.
    if (ok == error.isError())
        __builtin_trap();
    return 0;
}
