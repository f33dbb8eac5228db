#pragma once

#include "exchange/JsonValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace OutageDesk {

// Reads a JSON document with simdjson (Debian's libsimdjson): Qt 6.4's parser took
// three quarters of the parsing time of a large import, building a QJsonDocument only
// to be read once.
//
// What a file means and how it is refused stays Qt's: simdjson refuses a few things Qt
// accepts (a byte order mark, raw tabs in strings, lone surrogate escapes, "1.", integers
// beyond 64 bits), and for anything simdjson refuses Qt's parser decides. A document Qt
// accepts is then read as Qt writes it back; one it refuses gets Qt's message with a
// line and a column. Two exceptions, refused at their line and column though Qt takes
// them: a lone half of a surrogate pair (\udc00), which Qt keeps in its strings, and a
// raw control character (a NUL, a tab) inside a string, which RFC 8259 forbids.
class JsonInput
{
    // Worded as the importer's own refusals, under its context.
    Q_DECLARE_TR_FUNCTIONS(IncidentImporter)

public:
    // Reads the whole file with the room simdjson needs after the text, so that the
    // file's bytes are not copied once more to make it.
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);

    // Lets go of `json` once read. The document lives until the next read or until
    // this object goes.
    bool read(QByteArray &&json, QString *error);
    JsonValue root() const { return m_root; }

private:
    simdjson::error_code parse(QByteArray &json, qsizetype offset);
    static QString refusal(const QByteArray &json, qsizetype offset, const QString &reason);

    simdjson::dom::parser m_parser;
    JsonValue m_root;
};

} // namespace OutageDesk
