#pragma once

#include "csvtable.h"
#include "importfield.h"

#include <QStringList>

#include <array>

// Which CSV column feeds which shipment field. detect() reads the header names (English and
// German, in the spellings shop systems use) and, for fields still unmapped, the values
// themselves (e-mail addresses, dates, carrier names, countries).
class ColumnMapping
{
public:
    ColumnMapping() { m_columns.fill(-1); }

    static ColumnMapping detect(const CsvTable &table, const QStringList &carrierKeys);

    int column(ImportField field) const { return m_columns[std::size_t(field)]; }
    // -1 leaves the field unmapped. A column feeds one field at most: mapping it here unmaps it
    // from any other field.
    void setColumn(ImportField field, int column);
    // The field's value in `row`, trimmed and without a formula guard's apostrophe ("'=x" is "=x");
    // empty when unmapped or the row is short.
    QString value(ImportField field, const QStringList &row) const;

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    void detectFromHeader(const QStringList &header);
    void detectFromValues(const CsvTable &table, const QStringList &carrierKeys);

    std::array<int, ImportFields::Count> m_columns;
};
