#include "text/text_folder.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <mutex>
#include <vector>

namespace dupalign {

namespace {

constexpr char kTransform[] = "Any-Latin; Latin-ASCII; Any-Lower";

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

struct TextFolder::Impl {
  Status status;
  std::unique_ptr<icu::Transliterator> prototype;
  std::mutex mu;
  // Idle clones; a call takes one (or clones the prototype) and returns it,
  // so concurrent calls never share a transliterator.
  std::vector<std::unique_ptr<icu::Transliterator>> idle;

  std::unique_ptr<icu::Transliterator> Borrow() {
    std::lock_guard<std::mutex> lock(mu);
    if (idle.empty()) return std::unique_ptr<icu::Transliterator>(prototype->clone());
    auto t = std::move(idle.back());
    idle.pop_back();
    return t;
  }

  void Return(std::unique_ptr<icu::Transliterator> t) {
    std::lock_guard<std::mutex> lock(mu);
    idle.push_back(std::move(t));
  }
};

TextFolder::TextFolder() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->prototype.reset(
      icu::Transliterator::createInstance(kTransform, UTRANS_FORWARD, status));
  if (U_FAILURE(status) || impl_->prototype == nullptr) {
    impl_->prototype.reset();
    impl_->status = Status::NotFound(std::string("ICU transliterator \"") + kTransform +
                                     "\" is unavailable: " + u_errorName(status));
  }
}

TextFolder::~TextFolder() = default;

const Status& TextFolder::status() const { return impl_->status; }

std::string TextFolder::Fold(std::string_view utf8) const {
  // Most sv/id/en text is ASCII; lowercasing is all the transform would do.
  if (IsAscii(utf8)) {
    std::string folded(utf8);
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return folded;
  }
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (impl_->prototype == nullptr) {
    text.toLower(icu::Locale::getRoot());
  } else {
    auto transliterator = impl_->Borrow();
    transliterator->transliterate(text);
    impl_->Return(std::move(transliterator));
  }
  std::string folded;
  text.toUTF8String(folded);
  return folded;
}

}  // namespace dupalign
