#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace OutageDesk {

// RFC 4180 CSV, as spreadsheets and customer-record systems write it: fields
// separated by commas, records by CRLF or LF; a field in double quotes may hold
// commas, line breaks and "" for a quote. UTF-8, with or without a byte order mark.
// Written for the customer import, where a mis-split field would mail the wrong
// people: anything RFC 4180 does not allow is refused with its line, not guessed at.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // the line the record starts on, from 1
        QStringList fields;
    };

    // Reads the whole of `bytes`. Blank lines are skipped. On failure returns false
    // with `errorLine` and `error` (translated) set and `records` left as it was.
    static bool read(const QByteArray &bytes, QList<Record> *records, int *errorLine, QString *error);
};

} // namespace OutageDesk
