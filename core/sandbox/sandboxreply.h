#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// An answer before it is sent: faults change it (cut the body, hold it back) on the way out.
struct SandboxReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QByteArray &body) { return { status, body, "application/json", {} }; }
};
