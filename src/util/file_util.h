// File helpers shared by every stage that writes outputs: atomic whole-file
// writes (temporary file in the same directory, then rename), so an
// interrupted run never leaves a half-written report.
#ifndef DUPALIGN_UTIL_FILE_UTIL_H_
#define DUPALIGN_UTIL_FILE_UTIL_H_

#include <string>
#include <string_view>

#include "dupalign/status.h"

namespace dupalign {

Status WriteFileAtomically(const std::string& path, std::string_view contents);
Status ReadWholeFile(const std::string& path, std::string* contents);
Status EnsureDirectory(const std::string& path);

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_FILE_UTIL_H_
