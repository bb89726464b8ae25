#pragma once

#include "carriers/carrieraccount.h"
#include "carriers/carrierlimits.h"

// How this installation reaches one carrier: where, as whom, and how hard it may ask.
struct CarrierSettings {
    CarrierAccount account;
    CarrierLimits limits;
};
