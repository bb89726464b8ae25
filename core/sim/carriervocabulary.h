#pragma once

#include "model/status.h"

#include <QString>
#include <QStringList>
#include <QStringView>

class SimRandom;

// What each carrier calls a physical step: its own status code and description, taken from the
// real carrier payloads (copies in tests/data/carriers/) where they exist there and modelled on the
// carriers' public tracking pages otherwise (see README.md for which is which).
// Codes are verbatim as the carrier sends them: DHL Unified API statusCode, UPS status type and
// code joined by '/' ("I/AR": both fields matter), FedEx eventType, GLS event code, DPD status.
class CarrierVocabulary
{
public:
    enum class Carrier : quint8 { Dhl, Ups, Fedex, Gls, Dpd };
    static constexpr int CarrierCount = 5;

    // Where in the journey a step happens, as a bit mask: carriers word a hub scan at the origin
    // differently from one at the delivery depot ("Start-Paketzentrum" / "Ziel-Paketzentrum").
    enum Leg : quint8 { Origin = 1, Line = 2, Delivery = 4, Return = 8, AnyLeg = 15 };

    struct Phrase {
        QString code;
        QString text;   // English
        QString textDe; // German, DHL only; empty elsewhere
    };

    static QStringList carrierKeys(); // "dhl", "ups", "fedex", "gls", "dpd"
    static int carrierIndex(QStringView key); // -1 if unknown

    // One of the carrier's phrases for the sub-status on that leg; equivalent wordings are picked
    // at random. Every carrier has at least one phrase for every sub-status the simulator emits.
    static const Phrase &phrase(Carrier carrier, SubStatus subStatus, Leg leg, SimRandom &random);
    static bool hasPhrase(Carrier carrier, SubStatus subStatus);
};
