#include "faultkind.h"

using namespace Qt::StringLiterals;

namespace {

struct Row {
    FaultKind kind;
    const char16_t *key;
};
constexpr Row rows[] = {
    { FaultKind::TooManyRequests, u"429" },
    { FaultKind::ServerError, u"500" },
    { FaultKind::BadGateway, u"502" },
    { FaultKind::Unavailable, u"503" },
    { FaultKind::Slow, u"slow" },
    { FaultKind::Timeout, u"timeout" },
    { FaultKind::Truncated, u"truncated" },
    { FaultKind::Malformed, u"malformed" },
    { FaultKind::ExpiredToken, u"expired-token" },
    { FaultKind::UnknownNumber, u"unknown-number" },
    { FaultKind::ChangedEvent, u"changed-event" },
};

} // namespace

namespace FaultKinds {

QString key(FaultKind kind)
{
    for (const Row &row : rows) {
        if (row.kind == kind)
            return QString::fromUtf16(row.key);
    }
    return {};
}

std::optional<FaultKind> fromKey(QStringView key)
{
    for (const Row &row : rows) {
        if (key.compare(QStringView(row.key), Qt::CaseInsensitive) == 0)
            return row.kind;
    }
    return std::nullopt;
}

QStringList keys()
{
    QStringList list;
    for (const Row &row : rows)
        list.append(QString::fromUtf16(row.key));
    return list;
}

std::optional<Fault> parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(u':');
    const auto kind = fromKey(colon < 0 ? trimmed : trimmed.left(colon));
    if (!kind)
        return std::nullopt;
    Fault fault { *kind, -1 };
    if (colon >= 0) {
        bool ok = false;
        fault.param = trimmed.mid(colon + 1).toInt(&ok);
        if (!ok || fault.param < 0)
            return std::nullopt;
    }
    return fault;
}

} // namespace FaultKinds
