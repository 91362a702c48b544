#include "dupalign/status.h"

namespace dupalign {

std::string Status::ToString() const {
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kNotFound: return "not found: " + message_;
    case Code::kInvalidArgument: return "invalid argument: " + message_;
    case Code::kCorruption: return "corrupt: " + message_;
    case Code::kIOError: return "I/O error: " + message_;
  }
  return message_;
}

}  // namespace dupalign
