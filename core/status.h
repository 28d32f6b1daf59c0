// Status and Result<T>: how errors cross module boundaries in Wenshu.
//
// Errors are values. A Status is either ok or carries a code and a message a
// person can act on; Result<T> is a T or a non-ok Status. Both are cheap to
// move and are not synchronized (treat them like any value type).
//
// message() and value() return references into the Status or Result: valid
// while it lives and is not assigned to. Precondition for value(): ok();
// calling it on an error throws std::bad_variant_access (a bug, never a
// way to report one). Both are [[nodiscard]]: an ignored error is a
// compile-time warning.
#ifndef WENSHU_CORE_STATUS_H_
#define WENSHU_CORE_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace wenshu {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,  // the input itself is wrong (bad JSON, bad encoding, ...)
  kResourceExhausted,  // a limit was hit (regex memory, size limit)
  kInternal,           // a bug or an unexpected library failure
  kNotFound,
  kIoError,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string message) {
    return Status(StatusCode::kInvalidInput, std::move(message));
  }
  static Status ResourceExhausted(std::string message) {
    return Status(StatusCode::kResourceExhausted, std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusCode::kIoError, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : value_(std::move(status)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(value_); }
  // Precondition for value(): ok().
  const T& value() const& { return std::get<T>(value_); }
  T& value() & { return std::get<T>(value_); }
  T&& value() && { return std::get<T>(std::move(value_)); }
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(value_);
  }

 private:
  std::variant<T, Status> value_;
};

}  // namespace wenshu

#endif  // WENSHU_CORE_STATUS_H_
