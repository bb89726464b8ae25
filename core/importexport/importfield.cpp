#include "importfield.h"

#include <QCoreApplication>

namespace ImportFields {

QString label(ImportField field)
{
    static constexpr const char *labels[Count] = {
        QT_TRANSLATE_NOOP("ImportField", "Order number"),   QT_TRANSLATE_NOOP("ImportField", "Tracking number"),
        QT_TRANSLATE_NOOP("ImportField", "Carrier"),        QT_TRANSLATE_NOOP("ImportField", "First name"),
        QT_TRANSLATE_NOOP("ImportField", "Recipient"),
        QT_TRANSLATE_NOOP("ImportField", "E-mail"),         QT_TRANSLATE_NOOP("ImportField", "Phone"),
        QT_TRANSLATE_NOOP("ImportField", "Country"),        QT_TRANSLATE_NOOP("ImportField", "Postal code"),
        QT_TRANSLATE_NOOP("ImportField", "Ship date"),      QT_TRANSLATE_NOOP("ImportField", "Promised date"),
    };
    return QCoreApplication::translate("ImportField", labels[int(field)]);
}

bool isRequired(ImportField field)
{
    return field == ImportField::TrackingNumber || field == ImportField::Carrier;
}

} // namespace ImportFields
