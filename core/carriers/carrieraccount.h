#pragma once

#include <QString>
#include <QUrl>

// Where a carrier's API is and how to sign in. Secrets come from the keyring at run time and are
// never written to settings, files, logs or the database.
struct CarrierAccount {
    QUrl baseUrl;        // e.g. https://api-eu.dhl.com, or the sandbox's http://127.0.0.1:PORT/dhl
    QString apiKey;      // API-key carriers (DHL, AfterShip); a pre-issued token for GLS; DPD's authToken
    QString clientId;    // OAuth 2 client credentials (UPS, FedEx, GLS); DPD's delisId
    QString clientSecret; // OAuth 2 client secret; DPD's password when it has no authToken
};
