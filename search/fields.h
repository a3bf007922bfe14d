/* fields.h — field values as users type them, read into index terms.
 *
 * Not for: the table of fields itself (core/schema.h).
 */
#ifndef ZAALT_FIELDS_H
#define ZAALT_FIELDS_H

#include "core/schema.h"

/* The term value for a user-typed field value: type, lang, outcome, kind and
 * access lower-cased; provision keys stripped of "Art."/"Article"/"зүйл"
 * decoration and trailing dots; others trimmed.  Returns a new string. */
char *zs_field_value(const zs_field *field, const char *value);

#endif
