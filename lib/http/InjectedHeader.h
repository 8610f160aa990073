#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace airlock {

// A header a route adds to every request it forwards (credentials, tokens). Lives in http/ so HeaderPolicy
// needs nothing from config/ (config/ uses http/, not the other way round).
struct InjectedHeader
{
    InjectedHeader() = default;
    InjectedHeader(QByteArray name, QByteArray value, bool secret = false, QString rawValue = QString())
        : name(std::move(name))
        , value(std::move(value))
        , secret(secret)
        , rawValue(std::move(rawValue))
    {}

    QByteArray name;
    QByteArray value;
    bool secret = false; // value came from the environment: always redacted
    // The value as written, ${env:NAME} unexpanded: what ConfigWriter saves; null when value was set directly.
    QString rawValue;

    bool operator==(const InjectedHeader&) const = default;
};

} // namespace airlock
