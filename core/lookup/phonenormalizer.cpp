#include "phonenormalizer.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

constexpr int MaximumDigits = 17; // the longest national number ITU-T E.164 allows

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'/' || c == u'.' || c == u'(' || c == u')' || c == QChar(0xA0);
}

} // namespace

PhoneNormalizer::PhoneNormalizer()
    : m_util(*PhoneNumberUtil::GetInstance())
{
    std::set<int> codes;
    m_util.GetSupportedCallingCodes(&codes);
    for (const int code : codes) {
        if (code <= 0 || code >= 1000)
            continue;
        m_callingCodes.set(size_t(code));
        std::string mainRegion, prefix;
        m_util.GetRegionCodeForCountryCode(code, &mainRegion);
        m_util.GetNddPrefixForRegion(mainRegion, true, &prefix);
        m_nationalPrefixByCode.insert(code, QByteArray::fromStdString(prefix));
    }
}

bool PhoneNormalizer::looksLikePhone(QStringView text)
{
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit())
            ++digits;
        else if (!(isSeparator(c) || (c == u'+' && digits == 0)))
            return false;
    }
    return digits >= MinimumDigits;
}

const PhoneNormalizer::Region &PhoneNormalizer::region(QStringView code) const
{
    const QString key = code.toString().toUpper();
    auto it = m_regions.constFind(key);
    if (it == m_regions.cend()) {
        Region region;
        const std::string regionCode = key.toStdString();
        region.countryCode = m_util.GetCountryCodeForRegion(regionCode); // 0 for unknown regions
        std::string prefix;
        m_util.GetNddPrefixForRegion(regionCode, true, &prefix);
        region.nationalPrefix = QByteArray::fromStdString(prefix);
        it = m_regions.insert(key, region);
    }
    return *it;
}

PhoneNormalizer::Key PhoneNormalizer::normalize(QStringView phone, QStringView regionCode) const
{
    if (!looksLikePhone(phone))
        return parseFully(phone, regionCode); // letters, extensions, odd marks: libphonenumber decides
    QByteArray digits;
    digits.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += char(u'0' + c.digitValue());
    }
    const bool plus = phone.trimmed().startsWith(u'+');
    if (!plus && digits.startsWith("00"))
        return fromDigits(digits.mid(2), true, region(regionCode));
    return fromDigits(digits, plus, region(regionCode));
}

PhoneNormalizer::Key PhoneNormalizer::fromDigits(const QByteArray &digits, bool international, const Region &home) const
{
    if (international) {
        const int code = leadingCountryCode(digits);
        if (code == 0)
            return {};
        QByteArrayView national = QByteArrayView(digits).sliced(QByteArray::number(code).size());
        // "+49 (0)170 ...": the national prefix written after the country code does not belong there.
        const QByteArray prefix = m_nationalPrefixByCode.value(code);
        if (!prefix.isEmpty() && national.startsWith(prefix))
            national = national.sliced(prefix.size());
        return withNationalNumber(code, national);
    }
    if (home.countryCode == 0)
        return {};
    QByteArrayView national(digits);
    if (!home.nationalPrefix.isEmpty() && national.startsWith(home.nationalPrefix))
        national = national.sliced(home.nationalPrefix.size());
    return withNationalNumber(home.countryCode, national);
}

PhoneNormalizer::Key PhoneNormalizer::withNationalNumber(int countryCode, QByteArrayView nationalNumber) const
{
    if (nationalNumber.size() < MinimumDigits || nationalNumber.size() > MaximumDigits)
        return {};
    quint64 value = 1;
    for (const char digit : nationalNumber)
        value = value * 10 + quint64(digit - '0');
    return {countryCode, value};
}

int PhoneNormalizer::leadingCountryCode(QByteArrayView digits) const
{
    // Calling codes are a prefix code: at most one of the first one, two or three digits is one.
    if (digits.startsWith('0'))
        return 0;
    int code = 0;
    for (qsizetype length = 1; length <= 3 && length < digits.size(); ++length) {
        code = code * 10 + (digits.at(length - 1) - '0');
        if (m_callingCodes.test(size_t(code)))
            return code;
    }
    return 0;
}

PhoneNormalizer::Key PhoneNormalizer::parseFully(QStringView phone, QStringView regionCode) const
{
    PhoneNumber number;
    if (m_util.Parse(phone.toString().toStdString(), regionCode.toString().toUpper().toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string national;
    m_util.GetNationalSignificantNumber(number, &national);
    return withNationalNumber(number.country_code(), QByteArrayView(national.data(), qsizetype(national.size())));
}

QList<PhoneNormalizer::Key> PhoneNormalizer::queryMeanings(QStringView query, QStringView regionCode) const
{
    if (!looksLikePhone(query))
        return {};
    QList<Key> meanings;
    if (const Key local = normalize(query, regionCode); local.isValid())
        meanings.append(local);
    const QStringView trimmed = query.trimmed();
    if (!trimmed.startsWith(u'+') && !trimmed.startsWith(u"00")) {
        if (const Key international = normalize(u'+' + trimmed.toString(), regionCode);
            international.isValid() && !meanings.contains(international))
            meanings.append(international);
    }
    // "0170 1234567" typed for a parcel abroad, or by an agent whose locale says nothing: the
    // trunk prefix most countries write, under any country code.
    if (trimmed.startsWith(u'0') && !trimmed.startsWith(u"00")) {
        QByteArray digits;
        for (const QChar c : trimmed.sliced(1)) {
            if (c.isDigit())
                digits += char(u'0' + c.digitValue());
        }
        if (const Key anywhere = withNationalNumber(AnyCountry, digits); anywhere.nationalNumber != 0)
            meanings.append(anywhere);
    }
    return meanings;
}
