// libFuzzer target: the importer's parse step takes whatever bytes a user or a
// script hands it and must refuse bad input with a message, never crash or hang.
// FastJsonReader, the importer's own reader for everyday files, must build exactly
// the document Qt's parser builds whenever it accepts a file at all.
#include "exchange/FastJsonReader.h"
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

    if (const auto fast = FastJsonReader::read(bytes)) {
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(bytes, &qtError);
        if (qtError.error != QJsonParseError::NoError || qt != *fast)
            __builtin_trap();
    }

    ImportBatch batch;
    ImportError error;
    const bool ok = IncidentImporter::parse(bytes, now, &batch, &error);
    // A refusal always says why; an acceptance always says nothing.
    if (ok == error.isError())
        __builtin_trap();
    return 0;
}
