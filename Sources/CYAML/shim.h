#ifndef LETTA_CODEGEN_CYAML_SHIM_H
#define LETTA_CODEGEN_CYAML_SHIM_H
#include <yaml.h>
#endif
