// libFuzzer target: a shop's CSV order export as the import reads it (encoding and delimiter
// sniffing, libcsv parsing, column mapping, row checks). The calls and the checks are
// FuzzDriver::exercise's, which tst_fuzzregressions replays.
#include "fuzzdriver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzDriver::fuzzOne(QStringLiteral("csvimport"), data, size);
}
