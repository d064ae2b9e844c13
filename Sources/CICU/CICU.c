#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

static const UNormalizer2 *nfc_instance(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    return U_FAILURE(status) ? NULL : nfc;
}

int32_t kp_nfc_has_boundary_before(uint32_t c) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL) return 1;
    return unorm2_hasBoundaryBefore(nfc, (UChar32)c) ? 1 : 0;
}

int32_t kp_nfc_is_normalized_alone(uint32_t c) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL) return 1;
    UChar units[2];
    int32_t length = 0;
    UBool isError = 0;
    U16_APPEND(units, length, 2, (UChar32)c, isError);
    if (isError) return 1;
    UErrorCode status = U_ZERO_ERROR;
    UBool normalized = unorm2_isNormalized(nfc, units, length, &status);
    return U_FAILURE(status) ? 1 : (normalized ? 1 : 0);
}

int32_t kp_nfc_normalize(const uint32_t *src, int32_t srcLength, uint32_t *dst, int32_t dstCapacity) {
    const UNormalizer2 *nfc = nfc_instance();
    if (nfc == NULL || srcLength < 0) return -1;
    UChar stackIn[64], stackOut[128];
    int32_t inCap = srcLength * 2;
    UChar *in = inCap <= 64 ? stackIn : (UChar *)malloc(sizeof(UChar) * (size_t)inCap);
    int32_t inLen = 0;
    for (int32_t i = 0; i < srcLength; i++) {
        UBool isError = 0;
        U16_APPEND(in, inLen, inCap, (UChar32)src[i], isError);
        if (isError) { if (in != stackIn) free(in); return -1; }
    }
    int32_t outCap = inLen * 3 + 8;
    UChar *out = outCap <= 128 ? stackOut : (UChar *)malloc(sizeof(UChar) * (size_t)outCap);
    UErrorCode status = U_ZERO_ERROR;
    int32_t outLen = unorm2_normalize(nfc, in, inLen, out, outCap, &status);
    int32_t written = -1;
    if (U_SUCCESS(status)) {
        written = 0;
        for (int32_t i = 0; i < outLen;) {
            UChar32 c;
            U16_NEXT(out, i, outLen, c);
            if (written >= dstCapacity) { written = -1; break; }
            dst[written++] = (uint32_t)c;
        }
    }
    if (in != stackIn) free(in);
    if (out != stackOut) free(out);
    return written;
}

int32_t kp_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t nameCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *detected = ucsdet_getName(match, &status);
        int32_t value = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && detected != NULL && (int32_t)strlen(detected) < nameCapacity) {
            strcpy(name, detected);
            confidence = value;
        }
    }
    ucsdet_close(detector);
    return confidence;
}

int32_t kp_decode(const char *charset, const uint8_t *src, int32_t srcLength,
                  uint32_t *dst, int32_t *offsets, int32_t dstCapacity, int32_t *errorOffset) {
    *errorOffset = -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(converter); return -1; }

    int32_t unitCapacity = srcLength * 2 + 16;
    UChar *units = (UChar *)malloc(sizeof(UChar) * (size_t)unitCapacity);
    int32_t *unitOffsets = (int32_t *)malloc(sizeof(int32_t) * (size_t)unitCapacity);
    UChar *target = units;
    const char *source = (const char *)src;
    ucnv_toUnicode(converter, &target, units + unitCapacity, &source, (const char *)src + srcLength,
                   unitOffsets, 1, &status);
    int32_t result;
    if (U_FAILURE(status)) {
        // The source pointer stops just past the offending sequence; report where it began.
        char bad[32];
        int8_t badLength = (int8_t)sizeof(bad);
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, bad, &badLength, &ignored);
        int32_t stoppedAt = (int32_t)(source - (const char *)src);
        *errorOffset = stoppedAt - (U_SUCCESS(ignored) ? badLength : 0);
        result = -3;
    } else {
        int32_t unitCount = (int32_t)(target - units);
        result = 0;
        for (int32_t i = 0; i < unitCount;) {
            int32_t start = i;
            UChar32 c;
            U16_NEXT(units, i, unitCount, c);
            if (result >= dstCapacity) { result = -2; break; }
            dst[result] = (uint32_t)c;
            offsets[result] = unitOffsets[start];
            result++;
        }
    }
    free(units);
    free(unitOffsets);
    ucnv_close(converter);
    return result;
}
