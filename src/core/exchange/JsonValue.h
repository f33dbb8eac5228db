#pragma once

#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <simdjson.h>

#include <utility>
#include <vector>

namespace OutageDesk {

// A value of a document read by JsonInput, answering the questions the importer asks
// as a QJsonValue of Qt's document for the same text would: numbers are one type,
// and of a key given twice in an object the last counts.
// Valid only while the JsonInput that read it keeps its document; several threads
// may read one document at once.
class JsonValue
{
public:
    JsonValue() = default; // undefined: what a member that is not there reads as
    explicit JsonValue(simdjson::dom::element element);

    QJsonValue::Type type() const { return m_type; }
    bool isUndefined() const { return m_type == QJsonValue::Undefined; }
    bool isNull() const { return m_type == QJsonValue::Null; }
    bool isBool() const { return m_type == QJsonValue::Bool; }
    bool isString() const { return m_type == QJsonValue::String; }
    bool isArray() const { return m_type == QJsonValue::Array; }
    bool isObject() const { return m_type == QJsonValue::Object; }

    // Each is empty, false or 0 for a value of another type.
    QString toString() const;
    bool toBool() const;
    double toDouble() const;

    // A member of an object; undefined when the object has none or this is no object.
    JsonValue member(QLatin1String key) const;
    // An object's members in file order; a key given twice is there once, with its last value.
    std::vector<std::pair<QString, JsonValue>> members() const;
    // An array's elements (none for another type).
    std::vector<JsonValue> elements() const;

private:
    simdjson::dom::element m_element;
    QJsonValue::Type m_type = QJsonValue::Undefined;
};

} // namespace OutageDesk
