#pragma once

#include "sandboxcarrierapi.h"

// DHL Shipment Tracking - Unified API: GET /track/shipments?trackingNumber=, key in the
// DHL-API-Key header (any key is taken), English descriptions unless language=de or an
// Accept-Language starting with "de" asks for German.
class DhlSandboxApi final : public SandboxCarrierApi
{
public:
    QString key() const override;
    SandboxReply answer(const SandboxRequest &request, SandboxContext &context) override;
    SandboxReply failure(int httpStatus, const QString &reason) const override;
};
