#pragma once

#include "model/status.h"
#include "sim/carriervocabulary.h"

#include <QString>

// Every wording the simulator's CarrierVocabulary has, by carrier and sub-status: to answer DHL
// in the language a request asks for (a simulated journey holds one language only), and to
// re-word an event for the "changed event" fault. CarrierVocabulary hands out one phrase at random
// and has no way to list them, so the book draws each (carrier, sub-status, leg) often enough to
// meet every wording; tst_sandboxrenderers checks that none is missed.
class PhraseBook
{
public:
    // A DHL phrase (English or German) in the language wanted; text that is no DHL phrase comes
    // back as it is.
    static QString dhlText(const QString &text, bool german);
    // Another wording the carrier uses for the same code and sub-status; empty if there is none.
    static QString otherWording(
        CarrierVocabulary::Carrier carrier, SubStatus subStatus, const QString &code, const QString &text);
};
