#include "requestlog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void RequestLog::received(const QString &carrier, qint64 wallMs, int openNow)
{
    Counters &c = m_carriers[carrier];
    ++c.requests;
    c.maxConcurrency = std::max(c.maxConcurrency, openNow);
    c.receivedAtMs.push_back(wallMs);
    while (qsizetype(c.receivedAtMs.size()) > m_history)
        c.receivedAtMs.pop_front();
}

QJsonObject RequestLog::toJson() const
{
    QJsonObject carriers;
    for (auto it = m_carriers.cbegin(); it != m_carriers.cend(); ++it) {
        const Counters &c = it.value();
        QJsonObject injected;
        for (auto f = c.injected.cbegin(); f != c.injected.cend(); ++f)
            injected.insert(f.key(), f.value());
        QJsonArray times;
        for (const qint64 ms : c.receivedAtMs)
            times.append(ms);
        carriers.insert(it.key(),
            QJsonObject { { u"requests"_s, c.requests }, { u"limitRejections"_s, c.limitRejections },
                { u"injectedFaults"_s, injected }, { u"maxConcurrency"_s, c.maxConcurrency },
                { u"receivedAtMs"_s, times } });
    }
    return { { u"carriers"_s, carriers } };
}
