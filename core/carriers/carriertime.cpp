#include "carriertime.h"

#include <QCoreApplication>

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The zones worth knowing for alpha-3 codes seen in carrier payloads; alpha-2 goes through QLocale.
QString alpha3ToAlpha2(QStringView code)
{
    static const QHash<QString, QString> map{
        {u"DEU"_s, u"DE"_s}, {u"AUT"_s, u"AT"_s}, {u"CHE"_s, u"CH"_s}, {u"FRA"_s, u"FR"_s}, {u"NLD"_s, u"NL"_s},
        {u"BEL"_s, u"BE"_s}, {u"LUX"_s, u"LU"_s}, {u"ITA"_s, u"IT"_s}, {u"ESP"_s, u"ES"_s}, {u"PRT"_s, u"PT"_s},
        {u"POL"_s, u"PL"_s}, {u"CZE"_s, u"CZ"_s}, {u"DNK"_s, u"DK"_s}, {u"SWE"_s, u"SE"_s}, {u"NOR"_s, u"NO"_s},
        {u"FIN"_s, u"FI"_s}, {u"GBR"_s, u"GB"_s}, {u"IRL"_s, u"IE"_s}, {u"USA"_s, u"US"_s}, {u"CAN"_s, u"CA"_s},
        {u"HUN"_s, u"HU"_s}, {u"GRC"_s, u"GR"_s}, {u"CHN"_s, u"CN"_s}, {u"JPN"_s, u"JP"_s}, {u"AUS"_s, u"AU"_s},
    };
    return map.value(code.toString().toUpper());
}

QTimeZone zoneOf(QStringView countryCode)
{
    const QString alpha2 = countryCode.size() == 3 ? alpha3ToAlpha2(countryCode) : countryCode.toString().toUpper();
    if (alpha2.size() != 2)
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(alpha2);
    if (territory == QLocale::AnyTerritory)
        return {};
    // Countries with several zones: the one most of their people live in, a fair guess when the
    // carrier names no zone (QTimeZone's list is alphabetical: America/Adak for the US).
    static const QHash<QString, QByteArray> mainZones{
        {u"US"_s, "America/New_York"}, {u"CA"_s, "America/Toronto"}, {u"AU"_s, "Australia/Sydney"},
        {u"BR"_s, "America/Sao_Paulo"}, {u"MX"_s, "America/Mexico_City"}, {u"RU"_s, "Europe/Moscow"},
        {u"CN"_s, "Asia/Shanghai"}, {u"ES"_s, "Europe/Madrid"}, {u"PT"_s, "Europe/Lisbon"},
        {u"DE"_s, "Europe/Berlin"}, {u"NZ"_s, "Pacific/Auckland"}, {u"ID"_s, "Asia/Jakarta"},
        {u"KZ"_s, "Asia/Almaty"}, {u"AR"_s, "America/Argentina/Buenos_Aires"}, {u"CL"_s, "America/Santiago"},
    };
    if (const auto it = mainZones.constFind(alpha2); it != mainZones.constEnd())
        return QTimeZone(*it);
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    return ids.isEmpty() ? QTimeZone() : QTimeZone(ids.first());
}

std::optional<int> parseOffset(QStringView text)
{
    static const QRegularExpression pattern(u"^([+-])(\\d{2}):?(\\d{2})$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    // Real zones lie within UTC-12 and UTC+14; "-5500" or "+01:75" is garbage, not an offset.
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int secs = hours * 3600 + minutes * 60;
    return match.captured(1) == u"-"_s ? -secs : secs;
}

QDateTime placeInCountry(const QDate &date, const QTime &time, QStringView countryCode, QString *assumedZone)
{
    const QTimeZone zone = zoneOf(countryCode);
    const QDateTime local(date, time, Qt::UTC);
    const int offset = zone.isValid() ? zone.offsetFromUtc(local.addSecs(-zone.standardTimeOffset(local))) : 0;
    if (assumedZone) {
        *assumedZone = zone.isValid()
            ? QCoreApplication::translate("CarrierTime", "no time zone given; taken as local time in %1 (%2)").arg(countryCode, QString::fromUtf8(zone.id()))
            : QCoreApplication::translate("CarrierTime", "no time zone given and no known country; taken as UTC");
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

} // namespace

namespace CarrierTime {

QDateTime parseIso(QStringView text, QStringView countryCode, QString *assumedZone)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QString timeText = match.captured(2);
    const QTime time = QTime::fromString(timeText, timeText.size() == 5 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = match.captured(4);
    if (zone == u"Z"_s)
        return QDateTime(date, time, Qt::OffsetFromUTC, 0);
    if (const auto offset = parseOffset(zone))
        return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
    if (!zone.isEmpty())
        return {}; // an offset was given but is none: the time cannot be placed
    return placeInCountry(date, time, countryCode, assumedZone);
}

QDateTime parseLocal(const QString &text, const QString &format, QStringView countryCode, QStringView utcOffset,
                     QString *assumedZone)
{
    // Read as UTC wall time: read in the machine's own zone, a time in its daylight-saving gap
    // would come out invalid although it is valid where the scan happened.
    const QDateTime parsed = QDateTime::fromString(text.trimmed() + u" UTC"_s, format + u" t"_s);
    if (!parsed.isValid())
        return {};
    if (const auto offset = parseOffset(utcOffset.trimmed()))
        return QDateTime(parsed.date(), parsed.time(), Qt::OffsetFromUTC, *offset);
    return placeInCountry(parsed.date(), parsed.time(), countryCode, assumedZone);
}

int offsetFor(QStringView countryCode, const QDateTime &localTime)
{
    const QTimeZone zone = zoneOf(countryCode);
    return zone.isValid() ? zone.offsetFromUtc(localTime) : 0;
}

} // namespace CarrierTime
