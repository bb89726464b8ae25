#include "carriererror.h"

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
