#pragma once

#include "sandboxcarrierapi.h"

// UPS: POST /security/v1/oauth/token with HTTP Basic client id and secret (any pair is taken),
// then GET /api/track/v1/details/{inquiryNumber} with the Bearer token until it expires.
class UpsSandboxApi final : public SandboxCarrierApi
{
public:
    QString key() const override;
    bool isTokenRequest(const SandboxRequest &request) const override;
    SandboxReply answer(const SandboxRequest &request, SandboxContext &context) override;
    SandboxReply failure(int httpStatus, const QString &reason) const override;

private:
    SandboxReply token(const SandboxRequest &request, SandboxContext &context) const;
    SandboxReply details(const QString &inquiryNumber, const SandboxRequest &request, SandboxContext &context) const;
};
