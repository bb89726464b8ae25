#pragma once

#include <QString>

#include <array>

// The shop-export columns an import reads, one per Shipment field it fills.
enum class ImportField {
    OrderNumber,
    TrackingNumber,
    Carrier,
    RecipientFirstName, // when the shop splits the name; RecipientName then holds the rest
    RecipientName,
    Email,
    Phone,
    CountryCode,
    PostalCode,
    ShipDate,
    PromisedDate,
};

namespace ImportFields {

constexpr int Count = int(ImportField::PromisedDate) + 1;

constexpr std::array<ImportField, Count> all()
{
    std::array<ImportField, Count> fields{};
    for (int i = 0; i < Count; ++i)
        fields[std::size_t(i)] = ImportField(i);
    return fields;
}

// The field's name for people ("Tracking number"), translated; also used in rejection reports.
QString label(ImportField field);
// Without these a row cannot become a shipment.
bool isRequired(ImportField field);

} // namespace ImportFields
