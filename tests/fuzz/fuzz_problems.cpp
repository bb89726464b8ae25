// libFuzzer target: a shipment and its carrier events, in any order, duplicated, with missing or
// impossible times (the layout is in fuzzdriver.h), through ShipmentFacts and ProblemEngine. The
// calls and the checks are FuzzDriver::exercise's, which tst_fuzzregressions replays.
#include "fuzzdriver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzDriver::fuzzOne(QStringLiteral("problems"), data, size);
}
