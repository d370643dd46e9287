// SPDX-License-Identifier: GPL-3.0-or-later
// toJsonText(): plain Qt values to JSON text through nlohmann_json.
#include "nwk/core/jsonoutput.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <cmath>

namespace nwk {

namespace {

nlohmann::json toJson(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (value.typeId()) {
    case QMetaType::QVariantMap: {
        nlohmann::json object = nlohmann::json::object();
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object[it.key().toStdString()] = toJson(it.value());
        return object;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        nlohmann::json array = nlohmann::json::array();
        for (const QVariant &item : value.toList())
            array.push_back(toJson(item));
        return array;
    }
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return value.toLongLong();
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return nullptr;
        return d;
    }
    default:
        return value.toString().toStdString();
    }
}

} // namespace

QByteArray toJsonText(const QVariant &value)
{
    // Invalid UTF-8 cannot come from a QString; "replace" keeps dump() from throwing anyway.
    const std::string text =
        toJson(value).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace nwk
