#pragma once

#include <QString>
#include <QStringList>

// The names shops write for a carrier ("DHL Paket", "Deutsche Post DHL", "United Parcel
// Service", "FedEx Ground") mapped to our carrier keys.
namespace CarrierAliases {

// The key among `knownKeys` that `text` names, or an empty string.
QString keyFor(const QString &text, const QStringList &knownKeys);

} // namespace CarrierAliases
