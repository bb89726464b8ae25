#pragma once

#include "columnmapping.h"
#include "importdate.h"
#include "importfield.h"
#include "model/shipment.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What is wrong with one field of one row.
struct FieldProblem {
    ImportField field;
    QString value;  // as the file has it
    QString reason; // for a person, translated
};

// Turns one CSV row into the shop fields of a Shipment, checking each: a tracking number and a
// known carrier are required; e-mail, country and dates must read as such when present; a
// promise cannot come before the parcel was shipped.
class ShipmentRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentRowReader)

public:
    ShipmentRowReader(const ColumnMapping &mapping, const QStringList &carrierKeys);

    // Learns from a row whether the file's date columns write slashed dates day or month first.
    // Learn from every row before reading any.
    void learnDateOrder(const QStringList &row);
    void learnDateOrders(const CsvTable &table);

    // Fills `shipment`; returns the problems, none when the row can be imported.
    QList<FieldProblem> read(const QStringList &row, Shipment &shipment) const;

private:
    void readTrackingNumber(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const;
    void readCarrier(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const;
    void readEmail(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const;
    void readCountry(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const;
    void readDates(const QStringList &row, Shipment &shipment, QList<FieldProblem> &problems) const;

    ColumnMapping m_mapping;
    QStringList m_carrierKeys;
    QStringList m_carrierNames; // for messages: "DHL, UPS, FedEx"
    // A shop system writes all its dates one way, so both date columns teach the order.
    ImportDate::OrderLearner m_dateOrder;
};
