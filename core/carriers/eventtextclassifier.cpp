#include "eventtextclassifier.h"

#include <QCoreApplication>

#include "wordingpatterns.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Rule {
    SubStatus subStatus;
    const char16_t *pattern;
    const char16_t *language;
};

// Ordered: the first rule that matches decides. Patterns are case-insensitive regular expressions.
// clang-format off
const Rule rules[] = {
    {SubStatus::Lost, uR"(\b(lost|could not be (located|found)|cannot be located|unable to locate)\b)", u"English"},
    {SubStatus::Lost, uR"(verloren|nicht ermittelt|nicht auffindbar)", u"German"},
    {SubStatus::Damaged, uR"(\bdamage)", u"English"},
    {SubStatus::Damaged, uR"(beschädigt)", u"German"},
    {SubStatus::PickupFinalNotice, uR"(\b(reminder|final notice)\b|returned to (the )?(sender|shipper) if not)", u"English"},
    {SubStatus::PickupFinalNotice, uR"(erinnerung|letzte benachrichtigung)", u"German"},
    {SubStatus::Refused, uR"(\b(refused|declined)\b|rejected by (the )?(recipient|receiver|consignee))", u"English"},
    {SubStatus::Refused, uR"(verweigert)", u"German"},
    {SubStatus::ReturnedToSender, uR"((delivered|returned) back to (the )?(sender|shipper)|(?<!being )(?<!be )\breturned to (the )?(sender|shipper)\b)", u"English"},
    {SubStatus::ReturnedToSender, uR"(an den absender zurückgeliefert|rücksendung .*zugestellt|an den absender zugestellt)", u"German"},
    {SubStatus::ReturningToSender, uR"(being returned|will be returned|return(ing)? to (the )?(sender|shipper)|\breturn shipment\b)", u"English"},
    {SubStatus::ReturningToSender, uR"(zurückgesendet|zurückgeschickt|rücksendung|rückversand|an den absender zurück)", u"German"},
    {SubStatus::AddressProblem, uR"(address(ee)? (is )?(incomplete|incorrect|insufficient|unknown|invalid|wrong)|(incomplete|incorrect|insufficient|invalid|wrong) address|addressing error|\bmoved\b|address (problem|issue))", u"English"},
    {SubStatus::AddressProblem, uR"((anschrift|adresse)\w* (ist )?(unvollständig|fehlerhaft|falsch|unbekannt|ungenügend)|empfänger unbekannt|verzogen)", u"German"},
    {SubStatus::CustomsCleared, uR"(released by customs|cleared (by )?customs|customs clearance (is )?complete)", u"English"},
    {SubStatus::CustomsCleared, uR"(vom zoll freigegeben|verzollung abgeschlossen|zollabfertigung abgeschlossen)", u"German"},
    {SubStatus::CustomsHold, uR"(customs|clearance delay|import duties|duties (are )?(due|unpaid))", u"English"},
    {SubStatus::CustomsHold, uR"(\bzoll|verzollung|einfuhrabgaben)", u"German"},
    {SubStatus::WeatherDelay, uR"(weather|storm|snow|flood|force majeure|natural disaster)", u"English"},
    {SubStatus::WeatherDelay, uR"(unwetter|wetter|höhere gewalt|sturm|schnee)", u"German"},
    {SubStatus::CarrierDelay, uR"(\bdelay|running late|later than (planned|expected)|capacity|next working day|high (parcel|shipment) volumes)", u"English"},
    {SubStatus::CarrierDelay, uR"(verzög|kapazität)", u"German"},
    {SubStatus::CollectedFromPickupPoint, uR"((recipient|receiver|customer|consignee) (has )?(picked up|collected)|(picked up|collected) by (the )?(recipient|receiver|customer|consignee))", u"English"},
    {SubStatus::CollectedFromPickupPoint, uR"(vom empfänger .*abgeholt|abholung erfolgt)", u"German"},
    {SubStatus::AvailableForPickup, uR"(ready for (recipient |customer )?(pick-?up|collection)|available for (pick-?up|collection)|can be (picked up|collected)|awaiting collection|held at .*(point|location|office))", u"English"},
    {SubStatus::AvailableForPickup, uR"(zur abholung bereit|abholbereit|liegt .*zur abholung)", u"German"},
    {SubStatus::DeliveredToNeighbour, uR"(neighbou?r|different person|other person|reception|concierge|third party)", u"English"},
    {SubStatus::DeliveredToNeighbour, uR"(nachbar|ersatzempfänger|andere person)", u"German"},
    {SubStatus::DeliveredToParcelLocker, uR"(packstation|parcel locker|\blocker\b|mailbox|letterbox|letter box|parcel box|deposited)", u"English"},
    {SubStatus::DeliveredToParcelLocker, uR"(briefkasten|paketkasten)", u"German"},
    {SubStatus::FailedAttemptBusinessClosed, uR"(business (was |is )?closed|closed on arrival)", u"English"},
    {SubStatus::FailedAttemptBusinessClosed, uR"(geschäft .*geschlossen|geschlossen)", u"German"},
    {SubStatus::FailedAttempt, uR"(not (at home|present|available|in)|notification card|delivery attempt|attempted|could not be delivered|unable to deliver|not been able to deliver|no one (was )?(available|home))", u"English"},
    {SubStatus::FailedAttempt, uR"(nicht angetroffen|benachrichtigungskarte|zustellversuch|konnte nicht zugestellt)", u"German"},
    {SubStatus::DeliveredSigned, uR"(delivered .*in person|signed (for )?by|signature)", u"English"},
    {SubStatus::DeliveredSigned, uR"(persönlich zugestellt|persönlich übergeben)", u"German"},
    {SubStatus::Delivered, uR"(\bdelivered\b)", u"English"},
    {SubStatus::Delivered, uR"(zugestellt)", u"German"},
    {SubStatus::OutForDelivery, uR"(delivery vehicle|out for delivery|with delivery courier|on .*vehicle for delivery|on the way to the recipient)", u"English"},
    {SubStatus::OutForDelivery, uR"(zustellfahrzeug|in zustellung|zustelltour)", u"German"},
    {SubStatus::Redirected, uR"(forwarded|new delivery address|redirect|rerouted)", u"English"},
    {SubStatus::Redirected, uR"(weitergeleitet|umgeleitet|neue zustelladresse)", u"German"},
    {SubStatus::ArrivedInDestinationCountry, uR"(destination country|arrived in (the )?country)", u"English"},
    {SubStatus::ArrivedInDestinationCountry, uR"(zielland)", u"German"},
    {SubStatus::ExceptionOther, uR"((could|can)(not| not) be processed|contact (our )?customer service|search for the (shipment|parcel) has been)", u"English"},
    {SubStatus::ExceptionOther, uR"(nicht bearbeitet werden|kundenservice|nachforschung)", u"German"},
    {SubStatus::InTransit, uR"(\bon (its|the) way to\b)", u"English"},
    {SubStatus::InTransit, uR"(auf dem weg zu)", u"German"},
    {SubStatus::DepartedHub, uR"(\b(left|departed|departure)\b|onward transport|loaded onto the vehicle)", u"English"},
    {SubStatus::DepartedHub, uR"(verlassen|weitertransport|verladen)", u"German"},
    {SubStatus::ArrivedAtHub, uR"(\b(processed|arrived|arrival|sort(ed|ing)?)\b|(parcel|dispatch|delivery) cent(er|re)|\bhub\b|facility|depot|delivery base)", u"English"},
    {SubStatus::ArrivedAtHub, uR"(bearbeitet|paketzentrum|eingetroffen|zustellbasis|depot)", u"German"},
    {SubStatus::PickedUp, uR"(picked up|\bposted\b|handed over|accepted|drop-?off|received by (the )?carrier)", u"English"},
    {SubStatus::PickedUp, uR"(abgeholt|eingeliefert|übergeben|angenommen)", u"German"},
    {SubStatus::InfoReceived, uR"(instruction data|electronically|label (was )?created|shipment information received|data .*(entered|received|transmitted)|pre-?advice)", u"English"},
    {SubStatus::InfoReceived, uR"(auftragsdaten|elektronisch|avisiert)", u"German"},
    {SubStatus::InTransit, uR"(on (its|the) way|in transit|transport)", u"English"},
    {SubStatus::InTransit, uR"(unterwegs|transportiert|transport)", u"German"},
};
// clang-format on

const std::vector<CompiledWording<Rule>> &compiledRules()
{
    static const std::vector<CompiledWording<Rule>> compiled = compileWordings(rules);
    return compiled;
}

} // namespace

std::optional<EventTextClassifier::Reading> EventTextClassifier::classify(QStringView text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    for (const CompiledWording<Rule> &compiled : compiledRules()) {
        const QRegularExpressionMatch match = compiled.expression.match(text);
        if (match.hasMatch()) {
            return Reading{compiled.rule->subStatus,
                           QCoreApplication::translate("EventTextClassifier", "words \"%1\" (%2)").arg(match.captured(0), QString::fromUtf16(compiled.rule->language))};
        }
    }
    return std::nullopt;
}
