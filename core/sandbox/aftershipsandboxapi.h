#pragma once

#include "sandboxcarrierapi.h"

class AfterShipAccount;

// AfterShip Tracking API v4, key in the aftership-api-key header (any key is taken). AfterShip
// answers only for trackings created in the account: POST /v4/trackings creates one (the courier
// slug, if given, picks the carrier whose journey it follows: "dhl", "dhl-germany", "ups", ...),
// GET /v4/trackings/{slug}/{number} reads one, GET /v4/trackings lists them, filtered by
// tracking_numbers=a,b and updated_at_min=ISO, paged by page and limit (at most 200).
class AfterShipSandboxApi final : public SandboxCarrierApi
{
public:
    explicit AfterShipSandboxApi(AfterShipAccount &account)
        : m_account(account)
    { }

    static QString carrierOfSlug(const QString &slug); // "dhl-germany" -> "dhl"; empty if none

    QString key() const override;
    SandboxReply answer(const SandboxRequest &request, SandboxContext &context) override;
    SandboxReply failure(int httpStatus, const QString &reason) const override;

private:
    SandboxReply create(const SandboxRequest &request, SandboxContext &context);
    SandboxReply single(const QString &slug, const QString &number, SandboxContext &context);
    SandboxReply list(const SandboxRequest &request, SandboxContext &context);

    AfterShipAccount &m_account;
};
