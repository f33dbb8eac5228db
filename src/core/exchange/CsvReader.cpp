#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// The line of the first byte that is not UTF-8, or 0 when all of it is.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        // Decoding happens when the result becomes a QString.
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(text)
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

} // namespace

bool CsvReader::read(const QByteArray &input, QList<Record> *records, int *errorLine, QString *error)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *errorLine = firstInvalidUtf8Line(bytes);
        *error = tr("not UTF-8 text");
        return false;
    }

    QList<Record> result;
    Record record;
    QString field;
    int line = 1;
    bool quoted = false;       // inside a quoted field
    bool afterQuote = false;   // a quoted field has closed: only a separator may follow
    bool fieldStarted = false; // the current record has content (for blank-line skipping)
    int quoteLine = 0;
    record.line = 1;

    auto endRecord = [&] {
        if (fieldStarted || !record.fields.isEmpty()) {
            record.fields << field;
            result << record;
        }
        record = Record();
        field.clear();
        fieldStarted = false;
        afterQuote = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.fields << field;
            field.clear();
            fieldStarted = true;
            afterQuote = false;
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the CR of a CRLF
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else if (afterQuote) {
            *errorLine = line;
            *error = tr("text after the closing quote of a field (a quote inside a quoted field is written \"\")");
            return false;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty()) {
                *errorLine = line;
                *error = tr("a quote inside an unquoted field (quote the whole field and write the quote as \"\")");
                return false;
            }
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == QLatin1Char('\r')) {
            *errorLine = line;
            *error = tr("a carriage return outside quotes that does not end a line");
            return false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *errorLine = quoteLine;
        *error = tr("a quoted field is not closed before the end of the file");
        return false;
    }
    endRecord();
    *records = std::move(result);
    return true;
}

} // namespace OutageDesk
