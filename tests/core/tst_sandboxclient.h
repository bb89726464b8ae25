#pragma once

// Shared by the sandbox tests: plain HTTP against a sandbox on the loopback, waited for in a local
// event loop (the in-process server answers from that same loop), and CarrierRequests sent as an
// adapter built them.

#include "carriers/carrierrequest.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMsecs = 0;
};

class SandboxClient
{
public:
    explicit SandboxClient(quint16 port)
        : m_port(port)
    { }

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

    HttpAnswer send(const CarrierRequest &request, int timeoutMsecs = 30000)
    {
        QNetworkRequest networkRequest(request.url);
        for (const auto &[name, value] : request.headers)
            networkRequest.setRawHeader(name, value);
        networkRequest.setTransferTimeout(timeoutMsecs);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer answer;
        answer.elapsedMsecs = clock.elapsed();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

    HttpAnswer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMsecs = 30000)
    {
        CarrierRequest request;
        request.method = method;
        request.url = url(path);
        request.body = body;
        request.headers = headers;
        if (!body.isEmpty() && !hasHeader(headers, "content-type"))
            request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send(request, timeoutMsecs);
    }

private:
    static bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
    {
        for (const auto &header : headers) {
            if (header.first.toLower() == name)
                return true;
        }
        return false;
    }

    quint16 m_port;
    QNetworkAccessManager m_network;
};
