/* fields.h — fields as users name them in queries and filters: which rows
 * of the field table each accepts, the message for a name neither knows,
 * and a typed value read into the term the index holds.
 *
 * Not for: the table of fields itself (core/schema.h), building the
 * queries (query.c) and filters (filter.c) from them.
 */
#ifndef ZAALT_FIELDS_H
#define ZAALT_FIELDS_H

#include "core/schema.h"
#include "shim/zx.h"

/* Where a field is named: in a query (`type:decision`, `title:word`), or
 * in a filter (--filter, the web's parameters). */
typedef enum { ZS_IN_QUERY, ZS_IN_FILTER } zs_field_use;

/* The row of field `name` as `use` accepts it, or NULL.  A query takes the
 * fields that have terms (free-text ones too); a filter takes those with
 * boolean terms, ranges or a day, never free text. */
const zs_field *zs_field_for(zs_field_use use, const char *name);

/* The message for a field `use` does not know, naming the fields that take
 * a term value: "unknown field 'colour' (fields: title, type, …)" in a
 * query (`what` the name), "unknown filter field in 'colour:red' (fields:
 * type, …)" in a filter (`what` the whole filter).  A new string. */
char *zs_unknown_field_message(zs_field_use use, const char *what);

/* The term value for a user-typed field value: lower-cased for
 * ZS_FIELD_LOWERCASE; references in any spelling read into their key for
 * ZS_FIELD_REFERENCE, provision keys stripped of "Art."/"Article"
 * decoration and trailing dots; always trimmed.  Returns a new string. */
char *zs_field_value(const zs_field *field, const char *value);

/* The query of one boolean field term (prefix and value), the same in a
 * query and a filter.  `access:public` also matches the full copy of a
 * masked public document, which lives in the restricted database, and
 * `access:restricted` does not (schema.h, ZS_P_MASK): a reader above public
 * asks for public documents and gets them, each once. */
zx_query *zs_field_term_query(const char *term);

#endif
