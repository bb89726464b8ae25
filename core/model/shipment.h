#pragma once

#include "status.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// One parcel as the shop sent it and as tracking currently sees it.
struct Shipment {
    qint64 id = 0; // storage id; 0 until stored
    QString orderNumber;
    QString trackingNumber;
    QString carrier; // short key: "dhl", "ups", "fedex", "gls", "dpd", ...
    QString service; // carrier's product, e.g. "Paket", "Standard", "Ground"
    QString recipientName;
    QString email;
    QString phone; // as the shop exported it
    QString language; // BCP 47 language of the recipient, e.g. "de"
    QString countryCode; // ISO 3166-1 alpha-2 destination
    QString postalCode;
    QDate shipDate;
    QDate promisedDate; // what the shop promised the customer
    QDate carrierEstimate; // the carrier's own expected delivery, if it gave one
    SubStatus subStatus = SubStatus::NoInformation;
    QDateTime lastEventAt; // UTC
    QString pollError; // what went wrong the last time Shipdeck asked the carrier; empty when fine

    Status status() const { return Taxonomy::statusOf(subStatus); }
    friend bool operator==(const Shipment &, const Shipment &) = default;
};
