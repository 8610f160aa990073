#pragma once

#include <cstdio>

// A broken invariant is a crash libFuzzer reports and saves, with the condition that failed.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            __builtin_trap();                                                                                          \
        }                                                                                                              \
    } while (false)
