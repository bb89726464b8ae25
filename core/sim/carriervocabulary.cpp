#include "carriervocabulary.h"

#include "simrandom.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace {

using Carrier = CarrierVocabulary::Carrier;
using S = SubStatus;
constexpr quint8 O = CarrierVocabulary::Origin;
constexpr quint8 L = CarrierVocabulary::Line;
constexpr quint8 D = CarrierVocabulary::Delivery;
constexpr quint8 R = CarrierVocabulary::Return;
constexpr quint8 A = CarrierVocabulary::AnyLeg;

struct Row {
    Carrier carrier;
    SubStatus subStatus;
    quint8 legs;
    const char16_t *code;
    const char16_t *text;
    const char16_t *textDe = nullptr;
};

// clang-format off
constexpr Row rows[] = {
    // DHL Shipment Tracking - Unified API: statusCode is one of pre-transit, transit, delivered,
    // failure, unknown; the description is free text in the requested language. Note that DHL
    // reports a return to the sender as "delivered" and customs inspection as plain "transit".
    {Carrier::Dhl, S::InfoReceived, A, u"pre-transit", u"The instruction data for this shipment have been provided by the sender to DHL electronically", u"Die Auftragsdaten zu dieser Sendung wurden vom Absender elektronisch an DHL übermittelt."},
    {Carrier::Dhl, S::PickedUp, A, u"transit", u"The shipment has been picked up", u"Die Sendung wurde abgeholt."},
    {Carrier::Dhl, S::PickedUp, A, u"transit", u"The shipment has been posted by the sender at the retail outlet", u"Die Sendung wurde vom Absender in der Filiale eingeliefert."},
    {Carrier::Dhl, S::ArrivedAtHub, O, u"transit", u"The shipment has been processed in the parcel center of origin", u"Die Sendung wurde im Start-Paketzentrum bearbeitet."},
    {Carrier::Dhl, S::ArrivedAtHub, L, u"transit", u"The shipment has been processed in the destination parcel center", u"Die Sendung wurde im Ziel-Paketzentrum bearbeitet."},
    {Carrier::Dhl, S::ArrivedAtHub, D, u"transit", u"The shipment has arrived at the delivery base", u"Die Sendung ist in der Zustellbasis eingetroffen."},
    {Carrier::Dhl, S::DepartedHub, O, u"transit", u"The shipment has been loaded onto the vehicle for onward transport", u"Die Sendung wurde für den Weitertransport verladen."},
    {Carrier::Dhl, S::DepartedHub, L, u"transit", u"The shipment has left the parcel center", u"Die Sendung hat das Paketzentrum verlassen."},
    {Carrier::Dhl, S::InTransit, A, u"transit", u"The shipment is on its way to the destination country", u"Die Sendung wird in das Zielland transportiert."},
    {Carrier::Dhl, S::ArrivedInDestinationCountry, A, u"transit", u"The shipment has been transported to the destination country/destination area and will be handed over to the delivery organization there", u"Die Sendung wurde in das Zielland/Zielgebiet transportiert und wird dort an die Zustellorganisation übergeben."},
    {Carrier::Dhl, S::CustomsCleared, A, u"transit", u"The shipment has been released by customs", u"Die Sendung wurde vom Zoll freigegeben."},
    {Carrier::Dhl, S::CustomsHold, A, u"transit", u"The shipment is pending completion of customs inspection.", u"Die Sendung wird derzeit vom Zoll geprüft."},
    {Carrier::Dhl, S::Redirected, A, u"transit", u"The shipment is being forwarded to the new delivery address", u"Die Sendung wird an die neue Zustelladresse weitergeleitet."},
    {Carrier::Dhl, S::OutForDelivery, A, u"transit", u"The shipment has been loaded onto the delivery vehicle", u"Die Sendung wurde in das Zustellfahrzeug geladen."},
    {Carrier::Dhl, S::FailedAttempt, A, u"failure", u"The recipient was not present. A notification card has been left", u"Der Empfänger wurde nicht angetroffen. Eine Benachrichtigungskarte wurde hinterlassen."},
    {Carrier::Dhl, S::FailedAttemptBusinessClosed, A, u"failure", u"The shipment could not be delivered because the business was closed", u"Die Sendung konnte nicht zugestellt werden, da das Geschäft geschlossen war."},
    {Carrier::Dhl, S::Delivered, A, u"delivered", u"The shipment has been successfully delivered", u"Die Sendung wurde erfolgreich zugestellt."},
    {Carrier::Dhl, S::Delivered, A, u"delivered", u"The shipment has been delivered", u"Die Sendung wurde zugestellt."},
    {Carrier::Dhl, S::DeliveredSigned, A, u"delivered", u"The shipment has been delivered to the recipient in person", u"Die Sendung wurde dem Empfänger persönlich zugestellt."},
    {Carrier::Dhl, S::DeliveredToNeighbour, A, u"delivered", u"The shipment has been successfully delivered to a neighbour", u"Die Sendung wurde erfolgreich an einen Nachbarn zugestellt."},
    {Carrier::Dhl, S::DeliveredToParcelLocker, A, u"delivered", u"The shipment has been delivered to the PACKSTATION chosen by the recipient", u"Die Sendung wurde in die vom Empfänger gewählte PACKSTATION zugestellt."},
    {Carrier::Dhl, S::DeliveredToParcelLocker, A, u"delivered", u"The shipment has been delivered to the recipient's mailbox", u"Die Sendung wurde in den Briefkasten des Empfängers zugestellt."},
    {Carrier::Dhl, S::CollectedFromPickupPoint, A, u"delivered", u"The recipient has picked up the shipment from the retail outlet", u"Die Sendung wurde vom Empfänger in der Filiale abgeholt."},
    {Carrier::Dhl, S::AvailableForPickup, A, u"transit", u"The shipment is ready for pick-up at the retail outlet", u"Die Sendung liegt in der Filiale zur Abholung bereit."},
    {Carrier::Dhl, S::PickupFinalNotice, A, u"transit", u"Reminder: the shipment is still waiting to be picked up and will be returned to the sender soon", u"Erinnerung: Die Sendung liegt noch zur Abholung bereit und wird in Kürze an den Absender zurückgesendet."},
    {Carrier::Dhl, S::AddressProblem, A, u"failure", u"The shipment could not be delivered because the address is incomplete or incorrect", u"Die Sendung konnte nicht zugestellt werden, da die Anschrift unvollständig oder fehlerhaft ist."},
    {Carrier::Dhl, S::Damaged, A, u"failure", u"The shipment has been damaged and is being repacked", u"Die Sendung wurde beschädigt und wird neu verpackt."},
    {Carrier::Dhl, S::Refused, A, u"failure", u"The recipient refused to accept the shipment", u"Die Annahme der Sendung wurde verweigert."},
    {Carrier::Dhl, S::Lost, A, u"failure", u"Unfortunately the shipment could not be located. It is considered lost", u"Die Sendung konnte leider nicht ermittelt werden und gilt als verloren."},
    {Carrier::Dhl, S::WeatherDelay, A, u"transit", u"Due to severe weather the shipment is delayed", u"Aufgrund von Unwetter verzögert sich der Transport der Sendung."},
    {Carrier::Dhl, S::CarrierDelay, A, u"transit", u"Due to high shipment volumes delivery may be delayed", u"Aufgrund des hohen Sendungsaufkommens kann sich die Zustellung verzögern."},
    {Carrier::Dhl, S::ReturningToSender, A, u"transit", u"The shipment is being returned to the sender", u"Die Sendung wird an den Absender zurückgesendet."},
    {Carrier::Dhl, S::ReturnedToSender, A, u"delivered", u"The shipment has been delivered back to the sender", u"Die Sendung wurde an den Absender zurückgeliefert."},
    {Carrier::Dhl, S::ExceptionOther, A, u"unknown", u"The shipment could not be processed. Please contact customer service", u"Die Sendung konnte nicht bearbeitet werden. Bitte wenden Sie sich an den Kundenservice."},
    {Carrier::Dhl, S::ExceptionOther, A, u"failure", u"A search for the shipment has been started", u"Für die Sendung wurde ein Nachforschungsauftrag eingeleitet."},

    // UPS Track API v1: activity[].status.type (M manifest, P pickup, I in transit, O out for
    // delivery, D delivered, X exception) and status.code. Note UPS marks a parcel waiting at an
    // Access Point with type D.
    {Carrier::Ups, S::InfoReceived, A, u"M/MP", u"Shipper created a label, UPS has not received the package yet. "},
    {Carrier::Ups, S::PickedUp, A, u"P/PU", u"Pickup Scan "},
    {Carrier::Ups, S::PickedUp, A, u"I/DS", u"Drop-Off"},
    {Carrier::Ups, S::ArrivedAtHub, O, u"I/OR", u"Origin Scan"},
    {Carrier::Ups, S::ArrivedAtHub, L | D | R, u"I/AR", u"Arrived at Facility"},
    {Carrier::Ups, S::ArrivedAtHub, D, u"I/DS", u"Destination Scan"},
    {Carrier::Ups, S::DepartedHub, A, u"I/DP", u"Departed from Facility"},
    {Carrier::Ups, S::InTransit, A, u"I/IT", u"On the Way"},
    {Carrier::Ups, S::InTransit, A, u"I/AF", u"Processing at UPS Facility"},
    {Carrier::Ups, S::ArrivedInDestinationCountry, A, u"I/IP", u"Import Scan"},
    {Carrier::Ups, S::CustomsCleared, A, u"I/CR", u"Your package was released by the customs agency."},
    {Carrier::Ups, S::CustomsHold, A, u"X/CH", u"Your package is pending release from the government agency. We're working to release it as quickly as possible."},
    {Carrier::Ups, S::CustomsHold, A, u"X/CD", u"The package is being held for payment of import duties and taxes."},
    {Carrier::Ups, S::Redirected, A, u"I/RD", u"The receiver requested to have the package delivered to another address."},
    {Carrier::Ups, S::OutForDelivery, A, u"O/OT", u"Out For Delivery Today"},
    {Carrier::Ups, S::FailedAttempt, A, u"X/48", u"The receiver was not available for delivery. We'll make a second attempt the next business day."},
    {Carrier::Ups, S::FailedAttemptBusinessClosed, A, u"X/47", u"The receiver's location was closed on the 1st delivery attempt. A 2nd delivery attempt will be made."},
    {Carrier::Ups, S::Delivered, A, u"D/KB", u"Delivered"},
    {Carrier::Ups, S::Delivered, A, u"D/F4", u"DELIVERED "},
    {Carrier::Ups, S::DeliveredSigned, A, u"D/FS", u"DELIVERED "},
    {Carrier::Ups, S::DeliveredToNeighbour, A, u"D/KM", u"Delivered to a neighbour as requested by the receiver"},
    {Carrier::Ups, S::DeliveredToParcelLocker, A, u"D/KE", u"DELIVERED - Left in mailbox"},
    {Carrier::Ups, S::CollectedFromPickupPoint, A, u"D/2Q", u"The receiver picked up the package at the UPS Access Point™ location."},
    {Carrier::Ups, S::AvailableForPickup, A, u"D/2W", u"Delivered to UPS Access Point™ - Awaiting Customer Pickup"},
    {Carrier::Ups, S::PickupFinalNotice, A, u"X/ZR", u"Final Notice: The package is still at the UPS Access Point™ location and will be returned to the shipper if not picked up."},
    {Carrier::Ups, S::AddressProblem, A, u"X/BA", u"The street number is incorrect. This may delay delivery."},
    {Carrier::Ups, S::AddressProblem, A, u"X/BM", u"The receiver has moved. We're attempting to obtain a new delivery address for the receiver."},
    {Carrier::Ups, S::Damaged, A, u"X/DM", u"Damage reported. The package will be repackaged and delivered."},
    {Carrier::Ups, S::Refused, A, u"X/RF", u"The receiver refused the delivery."},
    {Carrier::Ups, S::Lost, A, u"X/LS", u"We're sorry, your package could not be located. A claim may be filed with the shipper."},
    {Carrier::Ups, S::WeatherDelay, A, u"X/WD", u"Severe weather conditions have delayed delivery."},
    {Carrier::Ups, S::CarrierDelay, A, u"X/MF", u"A mechanical failure has delayed delivery."},
    {Carrier::Ups, S::CarrierDelay, A, u"X/OC", u"Due to operating conditions, your package may be delayed."},
    {Carrier::Ups, S::ReturningToSender, A, u"I/RS", u"Returning to Sender: The package is being returned to the shipper."},
    {Carrier::Ups, S::ReturnedToSender, A, u"D/RT", u"Returned to Sender"},
    {Carrier::Ups, S::ExceptionOther, A, u"X/X", u"Exception: Action Required"},
    {Carrier::Ups, S::ExceptionOther, A, u"X/IV", u"A trace has been initiated for this package."},

    // FedEx Track API: scanEvents[].eventType and eventDescription (with the exceptionDescription
    // appended after a colon where FedEx gives one).
    {Carrier::Fedex, S::InfoReceived, A, u"OC", u"Shipment information sent to FedEx"},
    {Carrier::Fedex, S::PickedUp, A, u"PU", u"Picked up"},
    {Carrier::Fedex, S::ArrivedAtHub, O, u"AR", u"Arrived at FedEx location"},
    {Carrier::Fedex, S::ArrivedAtHub, L | R, u"AR", u"Arrived at FedEx hub"},
    {Carrier::Fedex, S::ArrivedAtHub, D, u"AR", u"At local FedEx facility"},
    {Carrier::Fedex, S::DepartedHub, O, u"DP", u"Left FedEx origin facility"},
    {Carrier::Fedex, S::DepartedHub, L | D | R, u"DP", u"Departed FedEx hub"},
    {Carrier::Fedex, S::DepartedHub, L, u"DP", u"Departed FedEx location"},
    {Carrier::Fedex, S::InTransit, A, u"IT", u"In transit"},
    {Carrier::Fedex, S::InTransit, A, u"AO", u"Shipment arriving On-Time"},
    {Carrier::Fedex, S::ArrivedInDestinationCountry, A, u"AR", u"At destination sort facility"},
    {Carrier::Fedex, S::CustomsCleared, A, u"CC", u"International shipment release - Import"},
    {Carrier::Fedex, S::CustomsHold, A, u"CD", u"Clearance delay - Import"},
    {Carrier::Fedex, S::CustomsHold, A, u"SE", u"Shipment exception: Import documentation required"},
    {Carrier::Fedex, S::Redirected, A, u"CH", u"Delivery updated: Location changed"},
    {Carrier::Fedex, S::OutForDelivery, A, u"OD", u"On FedEx vehicle for delivery"},
    {Carrier::Fedex, S::FailedAttempt, A, u"DE", u"Delivery exception: Customer not available or business closed"},
    {Carrier::Fedex, S::FailedAttempt, A, u"DE", u"Delivery exception: No access to delivery location"},
    {Carrier::Fedex, S::FailedAttemptBusinessClosed, A, u"DE", u"Delivery exception: Business closed - No delivery attempt"},
    {Carrier::Fedex, S::Delivered, A, u"DL", u"Delivered"},
    {Carrier::Fedex, S::DeliveredSigned, A, u"DL", u"Delivered"},
    {Carrier::Fedex, S::DeliveredToNeighbour, A, u"DL", u"Delivered: Left with neighbor"},
    {Carrier::Fedex, S::DeliveredToParcelLocker, A, u"DL", u"Delivered: Left at FedEx locker"},
    {Carrier::Fedex, S::CollectedFromPickupPoint, A, u"DL", u"Delivered: Picked up by recipient at FedEx location"},
    {Carrier::Fedex, S::AvailableForPickup, A, u"HP", u"Ready for recipient pickup"},
    {Carrier::Fedex, S::PickupFinalNotice, A, u"HP", u"Ready for recipient pickup: Package will be returned to shipper if not picked up"},
    {Carrier::Fedex, S::AddressProblem, A, u"DE", u"Delivery exception: Incorrect address"},
    {Carrier::Fedex, S::AddressProblem, A, u"SE", u"Shipment exception: Incorrect address - Apartment number missing or incorrect"},
    {Carrier::Fedex, S::Damaged, A, u"SE", u"Shipment exception: Package damaged, handling per shipper instructions"},
    {Carrier::Fedex, S::Refused, A, u"DE", u"Delivery exception: Refused by recipient"},
    {Carrier::Fedex, S::Lost, A, u"SE", u"Shipment exception: Unable to locate package"},
    {Carrier::Fedex, S::WeatherDelay, A, u"DY", u"Delay: Weather delay"},
    {Carrier::Fedex, S::CarrierDelay, A, u"DY", u"Delay: Package delayed"},
    {Carrier::Fedex, S::ReturningToSender, A, u"RS", u"Returning package to shipper"},
    {Carrier::Fedex, S::ReturnedToSender, A, u"DL", u"Delivered: Returned to shipper"},
    {Carrier::Fedex, S::ExceptionOther, A, u"SE", u"Shipment exception"},
    {Carrier::Fedex, S::ExceptionOther, A, u"SE", u"Shipment exception: Unable to deliver"},

    // GLS Track and Trace: the event code (INTIAL.* verbatim from GLS, typo included) and
    // description. Note DELIVEREDPS: delivered to a ParcelShop, i.e. waiting for pick-up.
    {Carrier::Gls, S::InfoReceived, A, u"INTIAL.PREADVICE", u"The parcel data was entered into the GLS IT system."},
    {Carrier::Gls, S::PickedUp, A, u"INTIAL.NORMAL", u"The parcel was handed over to GLS."},
    {Carrier::Gls, S::ArrivedAtHub, O | L | R, u"INWAREHOUSE", u"The parcel has reached the parcel center."},
    {Carrier::Gls, S::ArrivedAtHub, D, u"INWAREHOUSE", u"The parcel has reached the delivery depot."},
    {Carrier::Gls, S::DepartedHub, A, u"INTRANSIT", u"The parcel has left the parcel center."},
    {Carrier::Gls, S::InTransit, A, u"INTRANSIT", u"The parcel is in transit."},
    {Carrier::Gls, S::ArrivedInDestinationCountry, A, u"INTRANSIT", u"The parcel has reached the destination country."},
    {Carrier::Gls, S::CustomsCleared, A, u"INTRANSIT", u"The parcel has been cleared by customs."},
    {Carrier::Gls, S::CustomsHold, A, u"INTRANSIT", u"The parcel is being held for customs clearance."},
    {Carrier::Gls, S::Redirected, A, u"INTRANSIT", u"The parcel is being forwarded to the new delivery address."},
    {Carrier::Gls, S::OutForDelivery, A, u"INDELIVERY", u"The parcel is expected to be delivered during the day."},
    {Carrier::Gls, S::FailedAttempt, A, u"NOTDELIVERED", u"The parcel could not be delivered as the consignee was absent."},
    {Carrier::Gls, S::FailedAttemptBusinessClosed, A, u"NOTDELIVERED", u"The parcel could not be delivered as the consignee's business was closed."},
    {Carrier::Gls, S::Delivered, A, u"DELIVERED", u"The parcel has been delivered."},
    {Carrier::Gls, S::DeliveredSigned, A, u"DELIVERED", u"The parcel has been delivered (see signature)."},
    {Carrier::Gls, S::DeliveredToNeighbour, A, u"DELIVERED", u"The parcel has been delivered at the neighbour's (see signature)."},
    {Carrier::Gls, S::DeliveredToParcelLocker, A, u"DELIVERED", u"The parcel has been deposited at the agreed place."},
    {Carrier::Gls, S::CollectedFromPickupPoint, A, u"DELIVERED", u"The parcel has been picked up by the consignee at the ParcelShop."},
    {Carrier::Gls, S::AvailableForPickup, A, u"DELIVEREDPS", u"The parcel has been delivered at the ParcelShop."},
    {Carrier::Gls, S::PickupFinalNotice, A, u"DELIVEREDPS", u"The parcel is still waiting at the ParcelShop and will be returned to the shipper if not picked up."},
    {Carrier::Gls, S::AddressProblem, A, u"NOTDELIVERED", u"The parcel could not be delivered due to an incorrect address."},
    {Carrier::Gls, S::Damaged, A, u"INWAREHOUSE", u"The parcel has been damaged and is being repacked."},
    {Carrier::Gls, S::Refused, A, u"NOTDELIVERED", u"The consignee has refused to accept the parcel."},
    {Carrier::Gls, S::Lost, A, u"NOTDELIVERED", u"The parcel could not be located."},
    {Carrier::Gls, S::WeatherDelay, A, u"INTRANSIT", u"Delivery is delayed due to severe weather."},
    {Carrier::Gls, S::CarrierDelay, A, u"INWAREHOUSE", u"The parcel could not be delivered due to capacity reasons. It will be delivered on the next working day."},
    {Carrier::Gls, S::ReturningToSender, A, u"INTRANSIT", u"The parcel is being returned to the shipper."},
    {Carrier::Gls, S::ReturnedToSender, A, u"DELIVERED", u"The parcel has been returned to the shipper."},
    {Carrier::Gls, S::ExceptionOther, A, u"NOTDELIVERED", u"The parcel could not be delivered."},

    // DPD ParcelLifeCycle: statusInfo.status and its description. ReturningFromDelivery is DPD's
    // "back at the depot after a failed attempt", which we read as the attempt failing.
    {Carrier::Dpd, S::InfoReceived, A, u"Accepted", u"Order information has been transmitted to DPD."},
    {Carrier::Dpd, S::PickedUp, A, u"PickedUp", u"DPD has received your parcel."},
    {Carrier::Dpd, S::ArrivedAtHub, O, u"AtSendingDepot", u"The parcel is at the parcel dispatch centre."},
    {Carrier::Dpd, S::ArrivedAtHub, L | R, u"BetweenDepots", u"The parcel is at the parcel dispatch centre."},
    {Carrier::Dpd, S::ArrivedAtHub, D, u"AtDeliveryDepot", u"At parcel delivery centre."},
    {Carrier::Dpd, S::ArrivedAtHub, D, u"Depot", u"At parcel delivery centre."},
    {Carrier::Dpd, S::DepartedHub, A, u"OnTheRoad", u"The parcel has left the parcel dispatch centre."},
    {Carrier::Dpd, S::InTransit, A, u"OnTheRoad", u"The parcel is on its way to the parcel delivery centre."},
    {Carrier::Dpd, S::ArrivedInDestinationCountry, A, u"BetweenDepots", u"The parcel has arrived in the destination country."},
    {Carrier::Dpd, S::CustomsCleared, A, u"Customs", u"Customs clearance completed."},
    {Carrier::Dpd, S::CustomsHold, A, u"Customs", u"The parcel is being held in customs clearance."},
    {Carrier::Dpd, S::Redirected, A, u"OnTheRoad", u"The parcel is being redirected to a new delivery address."},
    {Carrier::Dpd, S::OutForDelivery, A, u"Courier", u"The parcel has left the parcel delivery centre and is on its way to the consignee."},
    {Carrier::Dpd, S::FailedAttempt, O | L | D, u"DeliveryFailure", u"Unfortunately we have not been able to deliver your parcel."},
    {Carrier::Dpd, S::FailedAttempt, R, u"ReturningFromDelivery", u"After an unsuccessful delivery attempt the parcel is back at the recipient depot."},
    {Carrier::Dpd, S::FailedAttemptBusinessClosed, A, u"DeliveryFailure", u"Unfortunately we have not been able to deliver your parcel. The consignee's business was closed."},
    {Carrier::Dpd, S::Delivered, A, u"Delivered", u"The parcel has been delivered."},
    {Carrier::Dpd, S::DeliveredSigned, A, u"Delivered", u"Delivered. Signed for by the consignee."},
    {Carrier::Dpd, S::DeliveredToNeighbour, A, u"Delivered", u"The parcel has been delivered to a neighbour."},
    {Carrier::Dpd, S::DeliveredToParcelLocker, A, u"Delivered", u"The parcel has been delivered to the parcel locker."},
    {Carrier::Dpd, S::CollectedFromPickupPoint, A, u"Pickup", u"The parcel has been collected from the Pickup parcelshop."},
    {Carrier::Dpd, S::AvailableForPickup, A, u"ParcelShop", u"Delivered by driver to Pickup parcelshop"},
    {Carrier::Dpd, S::PickupFinalNotice, A, u"ParcelShop", u"Reminder: your parcel is waiting for collection at the Pickup parcelshop."},
    {Carrier::Dpd, S::AddressProblem, A, u"DeliveryFailure", u"The consignee's address is incorrect. We are clarifying the address."},
    {Carrier::Dpd, S::Damaged, A, u"Depot", u"The parcel has been damaged and is being repacked."},
    {Carrier::Dpd, S::Refused, A, u"DeliveryFailure", u"Delivery was refused by the consignee."},
    {Carrier::Dpd, S::Lost, A, u"Problem", u"Unfortunately your parcel could not be found."},
    {Carrier::Dpd, S::WeatherDelay, A, u"Depot", u"Due to severe weather conditions, delivery is delayed."},
    {Carrier::Dpd, S::CarrierDelay, A, u"Depot", u"Due to high parcel volumes, your parcel will be delivered on the next working day."},
    {Carrier::Dpd, S::ReturningToSender, A, u"ReturnToSender", u"The parcel is on its way back to the sender."},
    {Carrier::Dpd, S::ReturnedToSender, A, u"BackToSender", u"The parcel has been returned to the sender."},
    {Carrier::Dpd, S::ExceptionOther, A, u"Problem", u"There is a problem with your parcel. Please contact DPD customer service."},
};
// clang-format on

struct Entry {
    quint8 legs;
    CarrierVocabulary::Phrase phrase;
};

// Phrases per carrier and sub-status, as QStrings built once so journeys only copy references.
using Table = std::array<std::array<QList<Entry>, SubStatusCount>, CarrierVocabulary::CarrierCount>;

const Table &table()
{
    static const Table t = [] {
        Table t;
        for (const Row &row : rows) {
            Entry e{row.legs, {QString::fromUtf16(row.code), QString::fromUtf16(row.text), {}}};
            if (row.textDe)
                e.phrase.textDe = QString::fromUtf16(row.textDe);
            t[std::size_t(row.carrier)][std::size_t(row.subStatus)].append(e);
        }
        return t;
    }();
    return t;
}

} // namespace

QStringList CarrierVocabulary::carrierKeys() { return {u"dhl"_s, u"ups"_s, u"fedex"_s, u"gls"_s, u"dpd"_s}; }

int CarrierVocabulary::carrierIndex(QStringView key)
{
    static const QStringList keys = carrierKeys();
    return int(keys.indexOf(key));
}

bool CarrierVocabulary::hasPhrase(Carrier carrier, SubStatus subStatus)
{
    return !table()[std::size_t(carrier)][std::size_t(subStatus)].isEmpty();
}

const CarrierVocabulary::Phrase &CarrierVocabulary::phrase(Carrier carrier, SubStatus subStatus, Leg leg, SimRandom &random)
{
    const QList<Entry> &entries = table()[std::size_t(carrier)][std::size_t(subStatus)];
    Q_ASSERT(!entries.isEmpty());
    // Count the wordings for this leg first so the pick needs no allocation.
    int matching = 0;
    for (const Entry &e : entries)
        matching += (e.legs & leg) ? 1 : 0;
    if (matching == 0)
        return entries.at(int(random.below(entries.size()))).phrase;
    int pick = int(random.below(matching));
    for (const Entry &e : entries) {
        if ((e.legs & leg) && pick-- == 0)
            return e.phrase;
    }
    return entries.first().phrase;
}
