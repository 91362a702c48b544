#include "ingest/utf8_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>

namespace dupalign {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts UTF-16 (without its BOM) to UTF-8, stopping at the first unpaired
// surrogate instead of substituting it, so bad input is reported, not hidden.
Status ConvertUtf16(std::string_view body, const char* charset, std::string* utf8) {
  if (body.size() % 2 != 0) return Status::Corruption("truncated UTF-16 (odd number of bytes)");
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &err));
  if (U_FAILURE(err)) return Status::IOError(std::string("ICU converter unavailable: ") + u_errorName(err));
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  icu::UnicodeString u16(body.data(), static_cast<int32_t>(body.size()), cnv.get(), err);
  if (U_FAILURE(err)) return Status::Corruption(std::string("invalid UTF-16: ") + u_errorName(err));
  utf8->clear();
  u16.toUTF8String(*utf8);
  return Status::OK();
}

}  // namespace

size_t Utf8Decoder::Utf8BomLength(std::string_view bytes) {
  return bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
}

size_t Utf8Decoder::FindInvalid(std::string_view bytes) {
  const uint8_t* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

Status Utf8Decoder::Decode(std::string_view bytes, std::string* utf8, bool validate) {
  if (bytes.starts_with(kUtf16LeBom)) return ConvertUtf16(bytes.substr(2), "UTF-16LE", utf8);
  if (bytes.starts_with(kUtf16BeBom)) return ConvertUtf16(bytes.substr(2), "UTF-16BE", utf8);
  size_t bom = Utf8BomLength(bytes);
  std::string_view body = bytes.substr(bom);
  size_t nul = body.find('\0');
  if (nul != std::string_view::npos) {
    return Status::Corruption("binary data (NUL byte at byte " + std::to_string(bom + nul) + ")");
  }
  if (validate) {
    size_t bad = FindInvalid(body);
    if (bad != std::string_view::npos) {
      return Status::Corruption("invalid UTF-8 at byte " + std::to_string(bom + bad));
    }
  }
  utf8->assign(body);
  return Status::OK();
}

}  // namespace dupalign
