#pragma once

#include "sandboxcarrierapi.h"

// DPD Web Services (SOAP 1.1), answered by operation whatever the path below /dpd:
// LoginService 2.0 getAuth (delisId and password; any pair is taken) hands out an authToken, and
// ParcelLifeCycleService 2.0 getTrackingData takes one parcelLabelNumber with the authentication
// header. A token the sandbox did not issue counts as one issued beforehand and is taken as long
// as it is not empty; the sandbox's own tokens expire.
class DpdSandboxApi final : public SandboxCarrierApi
{
public:
    QString key() const override;
    bool isTokenRequest(const SandboxRequest &request) const override;
    SandboxReply answer(const SandboxRequest &request, SandboxContext &context) override;
    SandboxReply failure(int httpStatus, const QString &reason) const override;
};
