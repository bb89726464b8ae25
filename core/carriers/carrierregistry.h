#pragma once

#include "carrieradapter.h"

#include <QStringList>

#include <memory>
#include <vector>

// The carrier adapters this build knows, by key. Created once by each executable and passed to
// whoever needs adapters; adapters are stateless, so one registry serves every thread.
class CarrierRegistry
{
public:
    CarrierRegistry();

    const CarrierAdapter *adapter(const QString &key) const; // nullptr if unknown
    QStringList keys() const;

private:
    std::vector<std::unique_ptr<CarrierAdapter>> m_adapters;
};
