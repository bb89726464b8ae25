#pragma once

#include <QString>

// Countries by name for people, in the user's language: Qt names territories only in English or
// in their own language ("Germany", "Deutschland"), so the countries shops ship to most carry
// their own translated names ("Country" context); the rest fall back to Qt's English name.
namespace CountryNames {

// "Germany" (English UI), "Deutschland" (German UI) for "DE"; empty for an unknown code.
QString displayName(const QString &alpha2);

} // namespace CountryNames
