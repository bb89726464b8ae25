#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

// An HTTP request an adapter wants sent; the poller sends it. Keeping adapters free of
// QNetworkAccessManager makes them pure functions, testable and fuzzable without a network.
struct CarrierRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QStringList trackingNumbers; // the numbers this request asks about
};
