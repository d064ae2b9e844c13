#ifndef KPOLICY_CLIBXML2_SHIM_H
#define KPOLICY_CLIBXML2_SHIM_H

// libxml2's HTML parser and tree API, without its ICU-dependent parts: Debian builds libxml2
// with ICU, and the system ICU headers clash with Foundation's private ICU copy (INTEROP.md).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#endif
