#pragma once

#include <QByteArray>
#include <QJsonDocument>

#include <optional>

namespace OutageDesk {

// Builds the QJsonDocument that QJsonDocument::fromJson would build, for the files
// an import sees every day: Qt 6.4's parser decodes every string holding an escape
// (every multi-line RCA) one QChar append at a time, which made it three quarters
// of the parsing time of a large import.
//
// It accepts a deliberately narrow subset of JSON and gives up (nullopt) on anything
// else, malformed or merely unusual (duplicate keys, numbers with a fraction or an
// exponent, control characters in strings, very deep nesting). The caller then runs
// Qt's parser, which yields its own document or its precise error message, so what
// a file means and how it is refused does not depend on this reader.
class FastJsonReader
{
public:
    static std::optional<QJsonDocument> read(const QByteArray &json);
};

} // namespace OutageDesk
