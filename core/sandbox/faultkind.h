#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// What can go wrong in a carrier's answer on purpose. The first group is transport-level and the
// same for every carrier; the last three are carrier-shaped and rendered by the carrier's API.
enum class FaultKind : quint8 {
    TooManyRequests, // 429 with Retry-After (param: seconds, default 2)
    ServerError, // 500 in the carrier's error shape
    BadGateway, // 502 from the gateway in front of the carrier (HTML)
    Unavailable, // 503 in the carrier's error shape
    Slow, // the right answer, late (param: milliseconds, default 3000)
    Timeout, // the right answer, later than a client waits (param: milliseconds, default 60000)
    Truncated, // the right answer cut in half, with a Content-Length that matches the cut
    Malformed, // the right answer with one structural character removed
    ExpiredToken, // 401 as the carrier answers an expired or refused token or key
    UnknownNumber, // the carrier's "not found" for every number asked about
    ChangedEvent, // an event already shown comes back re-timed or re-worded
};

// One fault to apply, with its parameter where the kind takes one (-1: the kind's default).
struct Fault {
    FaultKind kind = FaultKind::ServerError;
    int param = -1;

    int paramOr(int fallback) const { return param >= 0 ? param : fallback; }
    friend bool operator==(const Fault &, const Fault &) = default;
};

namespace FaultKinds {

QString key(FaultKind kind); // "429", "500", "slow", "expired-token", ...
std::optional<FaultKind> fromKey(QStringView key);
QStringList keys();
// "kind" or "kind:param", as the X-Sandbox-Fault header and the option spell it.
std::optional<Fault> parse(QStringView text);

} // namespace FaultKinds
