#include "exchange/JsonValue.h"

#include <QHash>

#include <cstring>

namespace OutageDesk {
namespace {

QJsonValue::Type typeOf(simdjson::dom::element element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::ARRAY:
        return QJsonValue::Array;
    case simdjson::dom::element_type::OBJECT:
        return QJsonValue::Object;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QJsonValue::Double;
    case simdjson::dom::element_type::STRING:
        return QJsonValue::String;
    case simdjson::dom::element_type::BOOL:
        return QJsonValue::Bool;
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue::Null;
    }
    return QJsonValue::Undefined;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

JsonValue::JsonValue(simdjson::dom::element element)
    : m_element(element)
    , m_type(typeOf(element))
{
}

QString JsonValue::toString() const
{
    std::string_view text;
    return m_type == QJsonValue::String && !m_element.get_string().get(text) ? fromUtf8(text) : QString();
}

bool JsonValue::toBool() const
{
    bool value = false;
    return m_type == QJsonValue::Bool && !m_element.get_bool().get(value) && value;
}

double JsonValue::toDouble() const
{
    if (m_type != QJsonValue::Double)
        return 0;
    // As Qt, integers beyond double's precision are rounded to the nearest double.
    switch (m_element.type()) {
    case simdjson::dom::element_type::INT64:
        return double(int64_t(m_element));
    case simdjson::dom::element_type::UINT64:
        return double(uint64_t(m_element));
    default:
        return double(m_element);
    }
}

JsonValue JsonValue::member(QLatin1String key) const
{
    simdjson::dom::object object;
    if (m_type != QJsonValue::Object || m_element.get_object().get(object))
        return {};
    // Every member is compared rather than the first match taken: Qt keeps the last
    // of a key given twice. Objects in the exchange format have a dozen members at most.
    JsonValue found;
    const size_t size = size_t(key.size());
    for (const simdjson::dom::key_value_pair field : object) {
        if (field.key.size() == size && std::memcmp(field.key.data(), key.data(), size) == 0)
            found = JsonValue(field.value);
    }
    return found;
}

std::vector<std::pair<QString, JsonValue>> JsonValue::members() const
{
    std::vector<std::pair<QString, JsonValue>> result;
    simdjson::dom::object object;
    if (m_type != QJsonValue::Object || m_element.get_object().get(object))
        return result;
    QHash<QString, size_t> position;
    for (const simdjson::dom::key_value_pair field : object) {
        const QString key = fromUtf8(field.key);
        const auto known = position.constFind(key);
        if (known != position.cend()) {
            result[*known].second = JsonValue(field.value);
        } else {
            position.insert(key, result.size());
            result.emplace_back(key, JsonValue(field.value));
        }
    }
    return result;
}

std::vector<JsonValue> JsonValue::elements() const
{
    std::vector<JsonValue> result;
    simdjson::dom::array array;
    if (m_type != QJsonValue::Array || m_element.get_array().get(array))
        return result;
    result.reserve(array.size());
    for (const simdjson::dom::element element : array)
        result.emplace_back(element);
    return result;
}

} // namespace OutageDesk
