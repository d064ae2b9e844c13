#ifndef KPOLICY_CSHA256_H
#define KPOLICY_CSHA256_H

// The SHA-256 compression function on the x86 SHA extensions, for `SourceText.SHA256`, which
// hashes every input file. Plain C (no Swift can reach these instructions); the Swift code keeps
// its own portable implementation and uses this one only when the processor has it.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The 64 round constants K (FIPS 180-4, 4.2.2), shared with the portable Swift code.
const uint32_t *kp_sha256_round_constants(void);

/// 1 when this processor runs `kp_sha256_compress_shani` (x86-64 with SHA, SSSE3 and SSE4.1), else 0.
int32_t kp_sha256_shani_available(void);

/// Compresses `blocks` 64-byte blocks of `data` into `state` (FIPS 180-4 order: a…h). Call only
/// when `kp_sha256_shani_available()` is 1.
void kp_sha256_compress_shani(uint32_t state[8], const uint8_t *data, size_t blocks);

#ifdef __cplusplus
}
#endif

#endif
