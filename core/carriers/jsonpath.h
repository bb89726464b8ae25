#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

// Reading nested carrier JSON without a chain of checks per level: a missing step anywhere gives
// an undefined value, never a crash, and the dotted path doubles as the field name in errors.
namespace JsonPath {

// "status.location.address.countryCode"; array steps are numbers: "package.0.activity".
QJsonValue at(const QJsonValue &root, QStringView dottedPath);
// The value as text: strings as they are, numbers without a trailing ".0", anything else empty.
QString text(const QJsonValue &root, QStringView dottedPath);

} // namespace JsonPath
