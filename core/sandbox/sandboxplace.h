#pragma once

#include <QString>

// A place as the simulator names it ("City, CC") and as carriers spell it: the city, ISO 3166
// alpha-2 and alpha-3 codes, the country's English name and, in the US, the state (UPS and FedEx
// always give one there).
class SandboxPlace
{
public:
    explicit SandboxPlace(const QString &location);

    const QString &city() const { return m_city; }
    const QString &countryCode() const { return m_countryCode; } // alpha-2; empty if none
    QString countryIso3() const; // "DEU"; empty if unknown
    QString countryName() const; // "Germany"; empty if unknown
    QString usState() const; // "NY"; empty outside the US
    bool isEmpty() const { return m_city.isEmpty() && m_countryCode.isEmpty(); }

private:
    QString m_city;
    QString m_countryCode;
};
