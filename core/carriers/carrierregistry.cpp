#include "carrierregistry.h"

#include "aftershipadapter.h"
#include "dhladapter.h"
#include "dpdadapter.h"
#include "fedexadapter.h"
#include "glsadapter.h"
#include "upsadapter.h"

CarrierRegistry::CarrierRegistry()
{
    m_adapters.push_back(std::make_unique<DhlAdapter>());
    m_adapters.push_back(std::make_unique<UpsAdapter>());
    m_adapters.push_back(std::make_unique<FedexAdapter>());
    m_adapters.push_back(std::make_unique<AfterShipAdapter>());
    m_adapters.push_back(std::make_unique<GlsAdapter>());
    m_adapters.push_back(std::make_unique<DpdAdapter>());
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
