#pragma once

#include "carriers/carrierrequest.h"

#include <QByteArray>
#include <QString>

// What the carrier adapter tests share: saved answers and a look at the requests they build.
namespace CarrierFixtures {

// A saved answer of `carrier` under tests/data/carriers/<carrier>/; a missing one stops the run,
// since every test after it would fail for the wrong reason.
QByteArray read(const QString &carrier, const QString &name);
// The value of the request's header `name`, or "<missing>".
QString header(const CarrierRequest &request, const QByteArray &name);

} // namespace CarrierFixtures
