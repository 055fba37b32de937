#include "sourcelocation.h"

static_assert(sizeof(altrata::graphql::SourceLocation) == 12, "kept small: every token and AST node carries one");
