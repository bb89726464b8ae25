#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

// How hard one carrier lets itself be used, as the sandbox enforces it: answering 429 beyond it
// is how the tests prove that a client keeps to the limits. Defaults are the carriers' documented
// figures; where a carrier publishes none, a stand-in says so in `source`.
struct SandboxLimit {
    int maxRequests = 0; // per window; 0: no rate limit
    int windowMs = 1000;
    bool fixedWindow = false; // windows aligned to the clock (FedEx, AfterShip) rather than sliding
    int maxConcurrent = 0; // requests open at once; 0: no limit
    qint64 dailyQuota = 0; // requests per UTC day; 0: none
    QString source;

    static SandboxLimit documented(const QString &carrier);
    static SandboxLimit lifted();
    // "dhl:5/1000[:concurrent[:daily]]" (a sliding window); nullopt and `error` set when unreadable.
    static std::optional<std::pair<QString, SandboxLimit>> parse(QStringView spec, QString *error);
    // {"requests", "windowMs", "fixedWindow", "concurrent", "daily"}; missing fields keep `base`'s.
    static SandboxLimit fromJson(const QJsonObject &json, const SandboxLimit &base);
    QJsonObject toJson() const;
};
