#include "shipmentrowreader.h"

#include "carrieraliases.h"
#include "carriers/carrierregistry.h"
#include "countrycodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

ShipmentRowReader::ShipmentRowReader(const ColumnMapping &mapping, const QStringList &carrierKeys)
    : m_mapping(mapping), m_carrierKeys(carrierKeys)
{
    const CarrierRegistry registry;
    for (const QString &key : carrierKeys) {
        const CarrierAdapter *adapter = registry.adapter(key);
        m_carrierNames.append(adapter ? adapter->displayName() : key);
    }
}

void ShipmentRowReader::learnDateOrder(const QStringList &row)
{
    m_dateOrder.learn(m_mapping.value(ImportField::ShipDate, row));
    m_dateOrder.learn(m_mapping.value(ImportField::PromisedDate, row));
}

void ShipmentRowReader::learnDateOrders(const CsvTable &table)
{
    for (const QStringList &row : table.rows)
        learnDateOrder(row);
}

QList<FieldProblem> ShipmentRowReader::read(const QStringList &row, Shipment &shipment) const
{
    QList<FieldProblem> problems;
    shipment = {};
    shipment.orderNumber = m_mapping.value(ImportField::OrderNumber, row);
    const QString firstName = m_mapping.value(ImportField::RecipientFirstName, row);
    const QString name = m_mapping.value(ImportField::RecipientName, row);
    shipment.recipientName = firstName.isEmpty() || name.isEmpty() ? firstName + name : firstName + u' ' + name;
    shipment.phone = m_mapping.value(ImportField::Phone, row);
    shipment.postalCode = m_mapping.value(ImportField::PostalCode, row);
    readTrackingNumber(row, shipment, problems);
    readCarrier(row, shipment, problems);
    readEmail(row, shipment, problems);
    readCountry(row, shipment, problems);
    readDates(row, shipment, problems);
    return problems;
}

void ShipmentRowReader::readTrackingNumber(const QStringList &row, Shipment &shipment,
                                           QList<FieldProblem> &problems) const
{
    static const QRegularExpression shape(u"^[A-Z0-9-]{5,40}$"_s);
    const QString value = m_mapping.value(ImportField::TrackingNumber, row);
    // Labels print tracking numbers in groups ("1Z 999 AA1 01"); carriers know them without spaces.
    const QString number = QString(value).remove(u' ').toUpper();
    if (number.isEmpty())
        problems.append({ImportField::TrackingNumber, value, tr("missing; every shipment needs its tracking number")});
    else if (!shape.match(number).hasMatch())
        problems.append({ImportField::TrackingNumber, value,
                         tr("not a tracking number: 5 to 40 letters, digits or hyphens expected")});
    else
        shipment.trackingNumber = number;
}

void ShipmentRowReader::readCarrier(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const
{
    const QString value = m_mapping.value(ImportField::Carrier, row);
    if (value.isEmpty()) {
        problems.append({ImportField::Carrier, value, tr("missing; say which carrier ships the parcel")});
        return;
    }
    shipment.carrier = CarrierAliases::keyFor(value, m_carrierKeys);
    if (shipment.carrier.isEmpty()) {
        problems.append({ImportField::Carrier, value,
                         tr("unknown carrier; Shipdeck tracks %1").arg(m_carrierNames.join(u", "_s))});
    }
}

void ShipmentRowReader::readEmail(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    const QString value = m_mapping.value(ImportField::Email, row);
    if (value.isEmpty() || shape.match(value).hasMatch())
        shipment.email = value;
    else
        problems.append({ImportField::Email, value, tr("not an e-mail address (name@example.com)")});
}

void ShipmentRowReader::readCountry(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const
{
    const QString value = m_mapping.value(ImportField::CountryCode, row);
    if (value.isEmpty())
        return;
    shipment.countryCode = CountryCodes::alpha2(value);
    if (shipment.countryCode.isEmpty()) {
        problems.append({ImportField::CountryCode, value,
                         tr("unknown country; use a code such as DE or a name such as Germany")});
    }
}

void ShipmentRowReader::readDates(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const
{
    QString reason;
    const QString shipped = m_mapping.value(ImportField::ShipDate, row);
    if (!ImportDate::parse(shipped, m_dateOrder.order(), shipment.shipDate, reason))
        problems.append({ImportField::ShipDate, shipped, reason});
    const QString promised = m_mapping.value(ImportField::PromisedDate, row);
    if (!ImportDate::parse(promised, m_dateOrder.order(), shipment.promisedDate, reason)) {
        problems.append({ImportField::PromisedDate, promised, reason});
    } else if (shipment.shipDate.isValid() && shipment.promisedDate.isValid()
               && shipment.promisedDate < shipment.shipDate) {
        const QString tooEarly = tr("promised for %1, before the ship date %2")
                                     .arg(shipment.promisedDate.toString(Qt::ISODate),
                                          shipment.shipDate.toString(Qt::ISODate));
        problems.append({ImportField::PromisedDate, promised, tooEarly});
    }
}
