#include "shipmentcolumns.h"

#include <algorithm>

void ShipmentColumns::reserve(qsizetype rows)
{
    m_ids.reserve(rows);
    m_orderNumbers.reserve(rows, 12);
    m_trackingNumbers.reserve(rows, 18);
    m_carriers.reserve(rows);
    m_services.reserve(rows);
    m_recipientNames.reserve(rows, 16);
    m_emails.reserve(rows, 24);
    m_phones.reserve(rows, 14);
    m_languages.reserve(rows);
    m_countryCodes.reserve(rows);
    m_postalCodes.reserve(rows, 6);
    m_shipDays.reserve(rows);
    m_promisedDays.reserve(rows);
    m_estimateDays.reserve(rows);
    m_predictedOffsets.reserve(rows);
    m_subStatuses.reserve(rows);
    m_lastEventMsecs.reserve(rows);
    m_pollErrors.reserve(rows, 0);
}

void ShipmentColumns::clear()
{
    *this = ShipmentColumns();
}

void ShipmentColumns::compact()
{
    for (StringColumn *column : {&m_orderNumbers, &m_trackingNumbers, &m_recipientNames, &m_emails, &m_phones,
                                 &m_postalCodes, &m_pollErrors})
        column->compact();
}

qsizetype ShipmentColumns::rowOfId(qint64 id) const
{
    if (m_idsAscending) {
        const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
        return (it != m_ids.cend() && *it == id) ? it - m_ids.cbegin() : -1;
    }
    if (m_rowById.isEmpty()) {
        m_rowById.reserve(m_ids.size());
        for (qsizetype row = 0; row < m_ids.size(); ++row)
            m_rowById.insert(m_ids[row], row);
    }
    return m_rowById.value(id, -1);
}

qsizetype ShipmentColumns::upsert(const Shipment &shipment)
{
    const qsizetype existing = rowOfId(shipment.id);
    if (existing >= 0) {
        setRow(existing, shipment);
        return existing;
    }
    if (!m_ids.isEmpty() && shipment.id <= m_ids.last())
        m_idsAscending = false;
    if (!m_idsAscending && !m_rowById.isEmpty())
        m_rowById.insert(shipment.id, m_ids.size());
    appendRow(shipment);
    return m_ids.size() - 1;
}

void ShipmentColumns::appendUtf8(const Utf8Row &row)
{
    if (!m_ids.isEmpty() && row.id <= m_ids.last())
        m_idsAscending = false;
    if (!m_idsAscending && !m_rowById.isEmpty())
        m_rowById.insert(row.id, m_ids.size());
    m_ids.append(row.id);
    m_orderNumbers.appendUtf8(row.orderNumber);
    m_trackingNumbers.appendUtf8(row.trackingNumber);
    m_carriers.appendUtf8(row.carrier);
    m_services.appendUtf8(row.service);
    m_recipientNames.appendUtf8(row.recipientName);
    m_emails.appendUtf8(row.email);
    m_phones.appendUtf8(row.phone);
    m_languages.appendUtf8(row.language);
    m_countryCodes.appendUtf8(row.countryCode);
    m_postalCodes.appendUtf8(row.postalCode);
    m_shipDays.append(dayOf(row.shipDate));
    m_promisedDays.append(dayOf(row.promisedDate));
    m_estimateDays.append(dayOf(row.carrierEstimate));
    m_predictedOffsets.append(0);
    m_subStatuses.append(quint8(row.subStatus));
    m_lastEventMsecs.append(row.lastEventMsecs);
    m_pollErrors.appendUtf8(row.pollError);
    ++m_statusCounts[int(Taxonomy::statusOf(row.subStatus))];
}

void ShipmentColumns::append(const ShipmentColumns &chunk)
{
    if (chunk.m_ids.isEmpty())
        return;
    if (!chunk.m_idsAscending || (!m_ids.isEmpty() && chunk.m_ids.first() <= m_ids.last()))
        m_idsAscending = false;
    if (!m_idsAscending && !m_rowById.isEmpty()) {
        for (qsizetype row = 0; row < chunk.size(); ++row)
            m_rowById.insert(chunk.m_ids[row], m_ids.size() + row);
    }
    m_ids.append(chunk.m_ids);
    for (auto [to, from] : {std::pair{&m_orderNumbers, &chunk.m_orderNumbers}, {&m_trackingNumbers, &chunk.m_trackingNumbers},
                            {&m_recipientNames, &chunk.m_recipientNames}, {&m_emails, &chunk.m_emails},
                            {&m_phones, &chunk.m_phones}, {&m_postalCodes, &chunk.m_postalCodes},
                            {&m_pollErrors, &chunk.m_pollErrors}})
        to->append(*from);
    for (auto [to, from] : {std::pair{&m_carriers, &chunk.m_carriers}, {&m_services, &chunk.m_services},
                            {&m_languages, &chunk.m_languages}, {&m_countryCodes, &chunk.m_countryCodes}})
        to->append(*from);
    m_shipDays.append(chunk.m_shipDays);
    m_promisedDays.append(chunk.m_promisedDays);
    m_estimateDays.append(chunk.m_estimateDays);
    m_predictedOffsets.append(chunk.m_predictedOffsets);
    m_subStatuses.append(chunk.m_subStatuses);
    m_lastEventMsecs.append(chunk.m_lastEventMsecs);
    for (int status = 0; status < StatusCount; ++status)
        m_statusCounts[status] += chunk.m_statusCounts[status];
}

void ShipmentColumns::appendRow(const Shipment &s)
{
    m_ids.append(s.id);
    m_orderNumbers.append(s.orderNumber);
    m_trackingNumbers.append(s.trackingNumber);
    m_carriers.append(s.carrier);
    m_services.append(s.service);
    m_recipientNames.append(s.recipientName);
    m_emails.append(s.email);
    m_phones.append(s.phone);
    m_languages.append(s.language);
    m_countryCodes.append(s.countryCode);
    m_postalCodes.append(s.postalCode);
    m_shipDays.append(dayOf(s.shipDate));
    m_promisedDays.append(dayOf(s.promisedDate));
    m_estimateDays.append(dayOf(s.carrierEstimate));
    m_predictedOffsets.append(0);
    m_subStatuses.append(quint8(s.subStatus));
    m_lastEventMsecs.append(s.lastEventAt.isValid() ? s.lastEventAt.toMSecsSinceEpoch() : 0);
    m_pollErrors.append(s.pollError);
    ++m_statusCounts[int(s.status())];
}

void ShipmentColumns::setRow(qsizetype row, const Shipment &s)
{
    --m_statusCounts[int(status(row))];
    m_orderNumbers.set(row, s.orderNumber);
    m_trackingNumbers.set(row, s.trackingNumber);
    m_carriers.set(row, s.carrier);
    m_services.set(row, s.service);
    m_recipientNames.set(row, s.recipientName);
    m_emails.set(row, s.email);
    m_phones.set(row, s.phone);
    m_languages.set(row, s.language);
    m_countryCodes.set(row, s.countryCode);
    m_postalCodes.set(row, s.postalCode);
    m_shipDays[row] = dayOf(s.shipDate);
    m_promisedDays[row] = dayOf(s.promisedDate);
    m_estimateDays[row] = dayOf(s.carrierEstimate);
    m_subStatuses[row] = quint8(s.subStatus);
    m_lastEventMsecs[row] = s.lastEventAt.isValid() ? s.lastEventAt.toMSecsSinceEpoch() : 0;
    m_pollErrors.set(row, s.pollError);
    ++m_statusCounts[int(s.status())];
}

Shipment ShipmentColumns::shipment(qsizetype row) const
{
    Shipment s;
    s.id = m_ids[row];
    s.orderNumber = orderNumber(row);
    s.trackingNumber = trackingNumber(row);
    s.carrier = carrier(row);
    s.service = service(row);
    s.recipientName = recipientName(row);
    s.email = email(row);
    s.phone = phone(row);
    s.language = language(row);
    s.countryCode = countryCode(row);
    s.postalCode = postalCode(row);
    s.shipDate = shipDate(row);
    s.promisedDate = promisedDate(row);
    s.carrierEstimate = carrierEstimate(row);
    s.subStatus = subStatus(row);
    s.lastEventAt = lastEventAt(row);
    s.pollError = pollError(row);
    return s;
}

QDateTime ShipmentColumns::lastEventAt(qsizetype row) const
{
    const qint64 msecs = m_lastEventMsecs[row];
    return msecs == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString ShipmentColumns::text(Column column, qsizetype row) const
{
    switch (column) {
    case Column::Carrier: return carrier(row);
    case Column::Service: return service(row);
    case Column::Language: return language(row);
    case Column::CountryCode: return countryCode(row);
    case Column::ShipDate: return shipDate(row).toString(Qt::ISODate);
    case Column::PromisedDate: return promisedDate(row).toString(Qt::ISODate);
    case Column::CarrierEstimate: return carrierEstimate(row).toString(Qt::ISODate);
    case Column::ExpectedDelivery: return expectedDelivery(row).toString(Qt::ISODate);
    case Column::Status: return Taxonomy::statusKey(status(row));
    case Column::SubStatus: return Taxonomy::subStatusKey(subStatus(row));
    case Column::LastEventAt: return lastEventAt(row).toString(Qt::ISODateWithMs);
    default: return QString::fromUtf8(utf8(column, row));
    }
}

bool ShipmentColumns::isTextColumn(Column column)
{
    switch (column) {
    case Column::ShipDate:
    case Column::PromisedDate:
    case Column::CarrierEstimate:
    case Column::ExpectedDelivery:
    case Column::Status:
    case Column::SubStatus:
    case Column::LastEventAt:
        return false;
    default:
        return true;
    }
}

bool ShipmentColumns::isVocabularyColumn(Column column)
{
    switch (column) {
    case Column::Carrier:
    case Column::Service:
    case Column::Language:
    case Column::CountryCode:
        return true;
    default:
        return false;
    }
}

const InternedColumn &ShipmentColumns::interned(Column column) const
{
    switch (column) {
    case Column::Carrier: return m_carriers;
    case Column::Service: return m_services;
    case Column::Language: return m_languages;
    default: return m_countryCodes;
    }
}

QByteArrayView ShipmentColumns::utf8(Column column, qsizetype row) const
{
    switch (column) {
    case Column::OrderNumber: return m_orderNumbers.utf8(row);
    case Column::TrackingNumber: return m_trackingNumbers.utf8(row);
    case Column::RecipientName: return m_recipientNames.utf8(row);
    case Column::Email: return m_emails.utf8(row);
    case Column::Phone: return m_phones.utf8(row);
    case Column::PostalCode: return m_postalCodes.utf8(row);
    case Column::PollError: return m_pollErrors.utf8(row);
    default: return {};
    }
}

qint64 ShipmentColumns::numericKey(Column column, qsizetype row) const
{
    switch (column) {
    case Column::ShipDate: return m_shipDays[row];
    case Column::PromisedDate: return m_promisedDays[row];
    case Column::CarrierEstimate: return m_estimateDays[row];
    case Column::ExpectedDelivery: return expectedDay(row);
    case Column::Status: return qint64(status(row));
    case Column::SubStatus: return m_subStatuses[row];
    case Column::LastEventAt: return m_lastEventMsecs[row];
    default: return 0;
    }
}

qsizetype ShipmentColumns::memoryBytes() const
{
    const qsizetype fixedPerRow = sizeof(qint64) * 2 + sizeof(qint32) * 4 + sizeof(quint8);
    return m_ids.capacity() * fixedPerRow + m_orderNumbers.memoryBytes() + m_trackingNumbers.memoryBytes()
        + m_carriers.memoryBytes() + m_services.memoryBytes() + m_recipientNames.memoryBytes()
        + m_emails.memoryBytes() + m_phones.memoryBytes() + m_languages.memoryBytes()
        + m_countryCodes.memoryBytes() + m_postalCodes.memoryBytes() + m_pollErrors.memoryBytes()
        + m_rowById.capacity() * 32;
}

bool ShipmentColumns::setPredictedDelivery(qsizetype row, const QDate &date, const QDate &earliest)
{
    const qint32 shipped = m_shipDays[row];
    // A day more than 89 years from the ship date is no prediction (it could not be packed).
    const auto biased = [shipped](const QDate &day) -> quint32 {
        const qint64 offset = day.isValid() && shipped != NoDay ? day.toJulianDay() - shipped : -OffsetBias;
        return offset > -OffsetBias && offset < OffsetBias ? quint32(offset + OffsetBias) : 0;
    };
    const quint32 day = biased(date);
    const quint32 packed = day == 0 ? 0 : day | biased(earliest) << 16;
    if (m_predictedOffsets[row] == packed)
        return false;
    m_predictedOffsets[row] = packed;
    return true;
}

qint32 ShipmentColumns::dayOf(const QDate &date)
{
    return date.isValid() ? qint32(date.toJulianDay()) : NoDay;
}

QDate ShipmentColumns::dateFromDay(qint32 day)
{
    return day == NoDay ? QDate() : QDate::fromJulianDay(day);
}
