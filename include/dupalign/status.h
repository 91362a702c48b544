// Status: the outcome of an operation that can fail, carrying a code and a
// message that names the file and the problem. Every public dupalign call that
// touches input or models returns one; callers must check ok() before using
// results. Copyable and cheap when ok.
#ifndef DUPALIGN_STATUS_H_
#define DUPALIGN_STATUS_H_

#include <string>
#include <utility>

namespace dupalign {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidArgument, kCorruption, kIOError };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK" or "<kind>: <message>", one line, for logs and error output.
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace dupalign

#endif  // DUPALIGN_STATUS_H_
