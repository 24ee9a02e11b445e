#ifndef FUZZER_DRIVER_H
#define FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (part of the toolchain's libclang_rt.fuzzer, linked by `-sanitize=fuzzer`): parses the
/// command line and runs `callback` on each input. SwiftPM gives executables their own `main`, so the fuzz targets
/// call the driver from there instead of using libFuzzer's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
