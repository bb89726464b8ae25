#include "sandboxrequest.h"

QString SandboxRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    if (!value.toLower().startsWith("bearer "))
        return {};
    return QString::fromUtf8(value.mid(7).trimmed());
}

QString SandboxRequest::basicCredentials() const
{
    const QByteArray value = header("authorization").trimmed();
    if (!value.toLower().startsWith("basic "))
        return {};
    return QString::fromUtf8(QByteArray::fromBase64(value.mid(6).trimmed()));
}
