#pragma once

#include "sandboxcarrierapi.h"

// GLS: POST /oauth2/v2/token with HTTP Basic client id and secret (any pair is taken), then
// GET /tracking/simple/trackids/{id,id,...} (at most 10 ids) with the Bearer token. A token the
// sandbox did not issue counts as one issued beforehand and is taken as long as it is not empty;
// the sandbox's own tokens expire.
class GlsSandboxApi final : public SandboxCarrierApi
{
public:
    static constexpr int MaxIdsPerRequest = 10;

    QString key() const override;
    bool isTokenRequest(const SandboxRequest &request) const override;
    SandboxReply answer(const SandboxRequest &request, SandboxContext &context) override;
    SandboxReply failure(int httpStatus, const QString &reason) const override;

private:
    SandboxReply token(const SandboxRequest &request, SandboxContext &context) const;
    SandboxReply track(const QString &ids, const SandboxRequest &request, SandboxContext &context) const;
};
