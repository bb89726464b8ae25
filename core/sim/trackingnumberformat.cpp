#include "trackingnumberformat.h"

using namespace Qt::StringLiterals;

namespace {

using Carrier = CarrierVocabulary::Carrier;

quint64 power10(int digits)
{
    quint64 p = 1;
    while (digits-- > 0)
        p *= 10;
    return p;
}

// `digits` decimal digits that look random but are a bijection of the serial (an affine map
// modulo 10^digits with a multiplier coprime to 10), so different serials never collide.
QString scrambled(quint64 serial, int digits, quint64 offset)
{
    const quint64 modulus = power10(digits);
    const quint64 value = ((serial % modulus) * 738263u + offset % modulus) % modulus;
    return u"%1"_s.arg(value, digits, 10, QChar(u'0'));
}

int digitAt(const QString &s, qsizetype i) { return s.at(i).unicode() - u'0'; }

// GS1 (SSCC/EAN) check digit: weights 3 and 1 alternating from the right.
QChar gs1CheckDigit(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += digitAt(digits, digits.size() - 1 - i) * (i % 2 == 0 ? 3 : 1);
    return QChar(u'0' + (10 - sum % 10) % 10);
}

// UPS: letters count as (code - 63) mod 10, odd positions once and even positions twice.
QChar upsCheckDigit(const QString &body)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char16_t c = body.at(i).unicode();
        const int value = (c >= u'0' && c <= u'9') ? c - u'0' : (c - 63) % 10;
        sum += (i % 2 == 1) ? 2 * value : value;
    }
    return QChar(u'0' + (10 - sum % 10) % 10);
}

// FedEx Express 12-digit: weights 1, 3, 7 from the right over the first 11 digits, mod 11.
QChar fedexCheckDigit(const QString &digits)
{
    static constexpr int weights[] = {1, 3, 7};
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += digitAt(digits, digits.size() - 1 - i) * weights[i % 3];
    return QChar(u'0' + (sum % 11) % 10);
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}

} // namespace

QString TrackingNumberFormat::generate(Carrier carrier, Hint hint, quint64 serial, quint64 account)
{
    const quint64 offset = account >> 8;
    switch (carrier) {
    case Carrier::Dhl:
        if (hint == Hint::DhlExpress) {
            const QString body = scrambled(serial, 9, offset);
            return body + QChar(u'0' + int(body.toULongLong() % 7));
        }
        if (hint == Hint::DhlPaketInternational)
            return u"JJD000390"_s + scrambled(serial, 12, offset);
        if (serial % 2 == 0) {
            const QString body = u"340434"_s + scrambled(serial / 2, 11, offset);
            return u"00"_s + body + gs1CheckDigit(body);
        } else {
            const QString body = scrambled(serial / 2, 11, offset + 17);
            return body + gs1CheckDigit(body);
        }
    case Carrier::Ups: {
        // Shipper number: six characters of the shop's UPS account.
        static const QString alphabet = u"0123456789ABCDEFGHJKLMNPRSTUVWXYZ"_s;
        QString body;
        quint64 a = account;
        for (int i = 0; i < 6; ++i, a /= quint64(alphabet.size()))
            body += alphabet.at(qsizetype(a % quint64(alphabet.size())));
        body += hint == Hint::UpsExpress ? u"66"_s : hint == Hint::UpsExpressSaver ? u"65"_s : u"11"_s;
        body += scrambled(serial, 7, offset);
        return u"1Z"_s + body + upsCheckDigit(body);
    }
    case Carrier::Fedex: {
        const QString body = scrambled(serial, 11, offset);
        return body + fedexCheckDigit(body);
    }
    case Carrier::Gls:
        return u"%1"_s.arg(20 + account % 79, 2, 10, QChar(u'0')) + scrambled(serial, 9, offset);
    case Carrier::Dpd:
        return u"%1"_s.arg(100 + account % 200, 4, 10, QChar(u'0')) + scrambled(serial, 10, offset);
    }
    return {};
}

TrackingNumberFormat::Hint TrackingNumberFormat::hintOf(Carrier carrier, QStringView number)
{
    if (carrier == Carrier::Dhl) {
        if (number.startsWith(u"JJD"))
            return Hint::DhlPaketInternational;
        if (number.size() == 10 && allDigits(number))
            return Hint::DhlExpress;
        if ((number.size() == 12 || number.size() == 20) && allDigits(number))
            return Hint::DhlPaket;
    } else if (carrier == Carrier::Ups && number.size() == 18 && number.startsWith(u"1Z")) {
        const QStringView service = number.mid(8, 2);
        if (service == u"11")
            return Hint::UpsStandard;
        if (service == u"65")
            return Hint::UpsExpressSaver;
        if (service == u"66")
            return Hint::UpsExpress;
    }
    return Hint::None;
}
