#include "carriererror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString CarrierError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::NotFound: return u"not_found"_s;
    case Kind::Unauthorized: return u"unauthorized"_s;
    case Kind::RateLimited: return u"rate_limited"_s;
    case Kind::Temporary: return u"temporary"_s;
    case Kind::Malformed: return u"malformed"_s;
    case Kind::Rejected: return u"rejected"_s;
    }
    return u"malformed"_s;
}

QString CarrierError::summary(Kind kind, const QString &carrierName, const QString &trackingNumber)
{
    switch (kind) {
    case Kind::Unauthorized: return QCoreApplication::translate("CarrierError", "%1 refused the credentials").arg(carrierName);
    case Kind::NotFound:
        return trackingNumber.isEmpty()
            ? QCoreApplication::translate("CarrierError", "%1 does not know the tracking number").arg(carrierName)
            : QCoreApplication::translate("CarrierError", "%1 does not know tracking number %2").arg(carrierName, trackingNumber);
    case Kind::RateLimited: return QCoreApplication::translate("CarrierError", "%1 says too many requests").arg(carrierName);
    case Kind::Temporary: return QCoreApplication::translate("CarrierError", "%1 failed on its side; will retry").arg(carrierName);
    case Kind::Rejected: return QCoreApplication::translate("CarrierError", "%1 rejected the request").arg(carrierName);
    case Kind::Malformed: return QCoreApplication::translate("CarrierError", "%1 answered something unreadable").arg(carrierName);
    }
    return QCoreApplication::translate("CarrierError", "%1 answered an error").arg(carrierName);
}
