// The declaration in include/FuzzerDriver.h is all this target provides; the definition is libFuzzer's.
#include "FuzzerDriver.h"
