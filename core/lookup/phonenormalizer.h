#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <bitset>

namespace i18n::phonenumbers {
class PhoneNumberUtil;
}

// A phone number reduced to what identifies it, whatever way it was written: "+49 170 1234567",
// "0170/1234567" (in Germany) and "+49 (0)170 1234567" all give country code 49 and national
// number 1701234567. Uses libphonenumber's metadata (calling codes, national prefixes); numbers
// written in anything but digits and the usual separators go through its full parser.
class PhoneNormalizer
{
public:
    struct Key {
        int countryCode = 0; // 0: not a phone number (AnyCountry in queryMeanings())
        // The national significant number as an integer behind a leading 1, so that leading
        // zeros (Italian landlines) count: "0612345" -> 10612345.
        quint64 nationalNumber = 0;

        bool isValid() const { return countryCode != 0; }
        friend bool operator==(const Key &, const Key &) = default;
    };
    static constexpr int MinimumDigits = 6; // fewer is no number anyone can be found by
    static constexpr int AnyCountry = 0;

    PhoneNormalizer();

    // `region` (ISO 3166-1 alpha-2, e.g. the shipment's destination) says what a number without
    // country code belongs to.
    Key normalize(QStringView phone, QStringView region) const;
    // What a number an agent typed can mean: written the way `region` writes numbers, and, when
    // it has no '+' or international prefix, a full international number without its '+'
    // ("491701234567"), and, when it starts with a single 0, a national number of any country
    // (countryCode AnyCountry). Each distinct meaning once; none when the text is not a phone number.
    QList<Key> queryMeanings(QStringView query, QStringView region) const;
    // Only digits and the separators people write numbers with ("+", spaces, "-", "/", ".", "()").
    static bool looksLikePhone(QStringView text);

private:
    struct Region {
        int countryCode = 0;
        QByteArray nationalPrefix; // "0" in most of Europe, "1" in North America, empty in Italy
    };
    const Region &region(QStringView code) const;
    Key fromDigits(const QByteArray &digits, bool international, const Region &home) const;
    Key withNationalNumber(int countryCode, QByteArrayView nationalNumber) const;
    Key parseFully(QStringView phone, QStringView region) const;
    int leadingCountryCode(QByteArrayView digits) const;

    const i18n::phonenumbers::PhoneNumberUtil &m_util;
    std::bitset<1000> m_callingCodes; // every country calling code libphonenumber knows
    QHash<int, QByteArray> m_nationalPrefixByCode; // of each calling code's main region
    mutable QHash<QString, Region> m_regions;
};
