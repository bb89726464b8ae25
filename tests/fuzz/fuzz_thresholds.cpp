// libFuzzer target: a thresholds.json as an administrator might have edited it
// (ProblemThresholds::fromJson). The calls and the checks are FuzzDriver::exercise's, which
// tst_fuzzregressions replays.
#include "fuzzdriver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzDriver::fuzzOne(QStringLiteral("thresholds"), data, size);
}
