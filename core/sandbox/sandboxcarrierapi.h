#pragma once

#include "faultkind.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "scanview.h"

#include <QDateTime>
#include <QString>
#include <optional>

class JourneyBook;
class TokenIssuer;

// What a carrier endpoint needs for one answer.
struct SandboxContext {
    JourneyBook &journeys;
    TokenIssuer &tokens;
    QDateTime simulatedNow;
    qint64 wallMs = 0;
    int tokenTtlSecs = 0; // 0: the carrier's own token lifetime
    std::optional<Fault> fault; // a carrier-shaped fault to play: expired-token, unknown-number, changed-event
    quint64 salt = 0; // decides what a changed-event fault changes

    bool hasFault(FaultKind kind) const { return fault && fault->kind == kind; }
};

// One carrier's API in the sandbox: its paths, its sign-in, its answers and its error shapes.
// The server does what is the same for every carrier (limits, transport faults, delays, stats).
class SandboxCarrierApi
{
public:
    virtual ~SandboxCarrierApi() = default;

    virtual QString key() const = 0; // the URL prefix: "dhl" for /dhl/...
    // Token requests are not rate limited: the carriers limit their tracking calls, and a client
    // needs a token before it can make any.
    virtual bool isTokenRequest(const SandboxRequest &request) const;
    virtual SandboxReply answer(const SandboxRequest &request, SandboxContext &context) = 0;
    // The carrier's own shape for 429, 500 and 503; `reason` is "rate", "daily", "concurrency" or
    // "injected". The server adds Retry-After to a 429.
    virtual SandboxReply failure(int httpStatus, const QString &reason) const = 0;

protected:
    // The journey of `number` as `carrier` shows it now, after the context's carrier-shaped fault;
    // nullopt when the carrier has nothing (yet) for it.
    static std::optional<ScanView> lookUp(SandboxContext &context, const QString &carrier, const QString &number);
    // The lifetime of a token issued now.
    static int ttlSecs(const SandboxContext &context, int carrierDefaultSecs);
};
