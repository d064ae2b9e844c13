#ifndef KPOLICY_CICU_H
#define KPOLICY_CICU_H

// A plain-C facade over the few ICU services kpolicy needs. This header must never include an
// ICU header: Swift modules that import it also import Foundation, whose private ICU copy
// defines the same C types differently.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 1 when NFC has a boundary before `c` (text before and after `c` normalize independently).
int32_t kp_nfc_has_boundary_before(uint32_t c);

/// 1 when the one code point `c` is in NFC on its own (normalizing it alone gives it back), or on
/// an ICU error (as `kp_nfc_normalize` failing leaves text as it is).
int32_t kp_nfc_is_normalized_alone(uint32_t c);

/// NFC-normalizes `src` (UTF-32 code points). Writes up to `dstCapacity` code points to `dst`
/// and returns the number written, or -1 on error or when `dst` is too small.
int32_t kp_nfc_normalize(const uint32_t *src, int32_t srcLength, uint32_t *dst, int32_t dstCapacity);

/// Guesses the charset of `bytes` with ICU's detector. Writes the canonical name (NUL-terminated)
/// into `name` and returns the confidence 0–100, or -1 when nothing could be detected.
int32_t kp_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity);

/// Converts `src` from `charset` to code points, strictly: an illegal or unmappable byte sequence
/// stops the conversion. `offsets[i]` receives the byte offset in `src` where code point i starts.
/// Returns the number of code points written; -1 when the charset is unknown; -2 when `dst` is too
/// small; -3 when the input is illegal in that charset (then `*errorOffset` is the byte offset of
/// the first bad sequence, or -1 when unknown).
int32_t kp_decode(const char *charset, const uint8_t *src, int32_t srcLength,
                  uint32_t *dst, int32_t *offsets, int32_t dstCapacity, int32_t *errorOffset);

#ifdef __cplusplus
}
#endif

#endif
