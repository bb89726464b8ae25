#pragma once

#include <QDate>
#include <QString>

// When a parcel should arrive, with how sure we are and why: the carrier's own estimate or a
// prediction from comparable past deliveries.
struct DeliveryEstimate {
    enum class Source : quint8 { None, Carrier, History };
    // Which past parcels a prediction from history compares with, most specific first: the same
    // carrier, service, country and postal area (DeliveryPredictor::postalPrefix); the country;
    // the service; the carrier.
    enum class Scope : quint8 { None, Lane, Country, Service, Carrier };

    Source source = Source::None;
    QDate date;      // the expected delivery day (destination's calendar); null with Source::None
    QDate earliest;  // the window most comparable parcels arrived in (10th to 90th percentile)
    QDate latest;
    double confidence = 0; // share of comparable past parcels that had arrived by `date`; 0 when unknown
    int samples = 0;       // how many past deliveries the prediction rests on
    Scope scope = Scope::None;
    QString basis;         // in words: where the date comes from

    bool isValid() const { return date.isValid(); }
    static QString sourceKey(Source source);
};
