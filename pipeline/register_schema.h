// Internal to pipeline/request_register.cc and pipeline/family_store.cc:
// the schema of the register database, one SQLite file shared by the party
// request register (request_register.h), the case-family registry
// (family_store.h) and the publication registry (publication_registry.h), and the one function that creates or migrates it.
//
// Versions (PRAGMA user_version):
//   1  the requests table;
//   2  adds the case-family registry: families (a random salt each),
//      family_keys (normalized case number -> family) and family_people
//      (a keyed hash of each protected name, never the name);
//   3  adds the publication registry (publication_registry.h):
//      publications (each document's current state), publication_versions
//      and publication_events (the change feed).
// An older file is migrated in place, its requests and families kept.
#ifndef WENSHU_PIPELINE_REGISTER_SCHEMA_H_
#define WENSHU_PIPELINE_REGISTER_SCHEMA_H_

#include "core/sqlite.h"
#include "core/status.h"

namespace wenshu {

// The version this build writes and reads.
inline constexpr int kRegisterSchemaVersion = 3;

// Creates the schema in a new, empty file or migrates an older one, in one
// write transaction (two processes opening a new file at once create it
// once). kInvalidInput, naming the file, for a file of a newer version or
// another program's database; kIoError when SQLite fails.
Status EnsureRegisterSchema(SqliteDatabase& database);

}  // namespace wenshu

#endif  // WENSHU_PIPELINE_REGISTER_SCHEMA_H_
