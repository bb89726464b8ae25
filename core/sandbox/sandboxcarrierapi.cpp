#include "sandboxcarrierapi.h"

#include "journeybook.h"

bool SandboxCarrierApi::isTokenRequest(const SandboxRequest &) const
{
    return false;
}

std::optional<ScanView> SandboxCarrierApi::lookUp(
    SandboxContext &context, const QString &carrier, const QString &number)
{
    if (context.hasFault(FaultKind::UnknownNumber) || number.trimmed().isEmpty())
        return std::nullopt;
    const auto origin = context.journeys.originOf(carrier, number);
    if (!origin)
        return std::nullopt;
    ScanView view(context.journeys.journey(*origin, number), context.simulatedNow);
    if (view.isEmpty())
        return std::nullopt;
    if (context.hasFault(FaultKind::ChangedEvent))
        view.changeOneEvent(context.salt);
    return view;
}

int SandboxCarrierApi::ttlSecs(const SandboxContext &context, int carrierDefaultSecs)
{
    return context.tokenTtlSecs > 0 ? context.tokenTtlSecs : carrierDefaultSecs;
}
