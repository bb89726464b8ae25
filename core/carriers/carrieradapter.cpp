#include "carrieradapter.h"

using namespace Qt::StringLiterals;

std::optional<CarrierRequest> CarrierAdapter::tokenRequest(const CarrierAccount &) const
{
    return std::nullopt;
}

std::optional<CarrierAdapter::Token> CarrierAdapter::parseTokenResponse(const QByteArray &, int, CarrierError *error) const
{
    if (error) {
        error->carrier = key();
        error->kind = CarrierError::Kind::Rejected;
        error->message = QStringLiteral("%1 uses API keys, not tokens").arg(displayName());
    }
    return std::nullopt;
}

CarrierError CarrierAdapter::httpError(int httpStatus, const QByteArray &body) const
{
    CarrierError error;
    error.carrier = key();
    const QString name = displayName();
    if (httpStatus == 401 || httpStatus == 403) {
        error.kind = CarrierError::Kind::Unauthorized;
        error.message = QStringLiteral("%1 refused the credentials (HTTP %2)").arg(name).arg(httpStatus);
    } else if (httpStatus == 404) {
        error.kind = CarrierError::Kind::NotFound;
        error.message = QStringLiteral("%1 does not know this tracking number (HTTP 404)").arg(name);
    } else if (httpStatus == 429) {
        error.kind = CarrierError::Kind::RateLimited;
        error.message = QStringLiteral("%1 says too many requests (HTTP 429)").arg(name);
    } else if (httpStatus >= 500) {
        error.kind = CarrierError::Kind::Temporary;
        error.message = QStringLiteral("%1 failed on its side (HTTP %2); will retry").arg(name).arg(httpStatus);
    } else if (httpStatus >= 400) {
        error.kind = CarrierError::Kind::Rejected;
        error.message = QStringLiteral("%1 rejected the request (HTTP %2)").arg(name).arg(httpStatus);
    } else {
        error.kind = CarrierError::Kind::Malformed;
        error.message = QStringLiteral("%1 answered HTTP %2 with a body that could not be read").arg(name).arg(httpStatus);
    }
    // Carriers' error bodies are short and say what was wrong; keep their first words.
    const QString detail = QString::fromUtf8(body.left(200)).simplified();
    if (!detail.isEmpty())
        error.message += u": "_s + detail;
    return error;
}
