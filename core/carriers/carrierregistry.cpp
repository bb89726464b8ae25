#include "carrierregistry.h"

#include "dhladapter.h"

CarrierRegistry::CarrierRegistry()
{
    m_adapters.push_back(std::make_unique<DhlAdapter>());
}

const CarrierAdapter *CarrierRegistry::adapter(const QString &key) const
{
    for (const auto &adapter : m_adapters) {
        if (adapter->key() == key)
            return adapter.get();
    }
    return nullptr;
}

QStringList CarrierRegistry::keys() const
{
    QStringList keys;
    for (const auto &adapter : m_adapters)
        keys.append(adapter->key());
    return keys;
}
