#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

// A request as a carrier endpoint sees it, copied out of QHttpServerRequest (which lives only as
// long as the handler call): the path below the carrier's prefix ("/track/shipments" for
// "/dhl/track/shipments"), the query, headers with lower-case names, and the body.
struct SandboxRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The token of an "Authorization: Bearer ..." header; empty when there is none.
    QString bearerToken() const;
    // The "id:secret" of an "Authorization: Basic ..." header; empty when there is none.
    QString basicCredentials() const;
};
