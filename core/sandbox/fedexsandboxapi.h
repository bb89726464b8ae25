#pragma once

#include "sandboxcarrierapi.h"

// FedEx: POST /oauth/token with a form body (grant_type=client_credentials, client_id,
// client_secret; any pair is taken), then POST /track/v1/trackingnumbers with up to 30 numbers and
// the Bearer token until it expires; more than 30 numbers is a 400 in FedEx's error shape.
class FedexSandboxApi final : public SandboxCarrierApi
{
public:
    static constexpr int MaxNumbersPerRequest = 30;

    QString key() const override;
    bool isTokenRequest(const SandboxRequest &request) const override;
    SandboxReply answer(const SandboxRequest &request, SandboxContext &context) override;
    SandboxReply failure(int httpStatus, const QString &reason) const override;

private:
    SandboxReply token(const SandboxRequest &request, SandboxContext &context) const;
    SandboxReply track(const SandboxRequest &request, SandboxContext &context) const;
};
