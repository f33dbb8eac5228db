// libFuzzer target: the importer's parse step takes whatever bytes a user or a
// script hands it and must refuse bad input with a message, never crash or hang.
// Its JSON reader (simdjson) must never take a file Qt's parser refuses.
#include "exchange/IncidentImporter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace OutageDesk;
    static const QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    ImportBatch batch;
    ImportError error;
    const bool ok = IncidentImporter::parse(bytes, now, &batch, &error);
    // A refusal always says why; an acceptance always says nothing.
    if (ok == error.isError())
        __builtin_trap();
    // Malformed JSON is refused as such, whatever else is wrong with the file.
    QJsonParseError qtError;
    QJsonDocument::fromJson(bytes, &qtError);
    if (qtError.error != QJsonParseError::NoError && !error.message.startsWith(QLatin1String("malformed JSON")))
        __builtin_trap();
    return 0;
}
