#pragma once

#include <QString>

// Something a carrier answered that is not a tracking result, in words for support staff.
struct CarrierError {
    enum class Kind {
        NotFound,      // the carrier does not know the tracking number (yet)
        Unauthorized,  // key, secret or token refused
        RateLimited,   // too many requests; retryAfterSecs says when to come back, if the carrier said
        Temporary,     // the carrier failed (5xx, "retry later"): try again later
        Malformed,     // the payload could not be read; message names the field or position
        Rejected,      // the carrier refused the request itself (invalid number format, ...)
    };

    Kind kind = Kind::Malformed;
    QString carrier;        // adapter key, e.g. "ups"
    QString trackingNumber; // empty when the error concerns the whole response
    QString message;        // plain language: what was wrong, and where
    int retryAfterSecs = -1;

    static QString kindKey(Kind kind); // "not_found", "unauthorized", ...
    // The plain-language start of a message of this kind: "UPS does not know tracking number 1Z…".
    static QString summary(Kind kind, const QString &carrierName, const QString &trackingNumber);
    bool isRetryable() const { return kind == Kind::RateLimited || kind == Kind::Temporary; }
};
