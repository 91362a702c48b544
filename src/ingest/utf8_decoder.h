// Utf8Decoder: turns the raw bytes of an input file into UTF-8 text, or says
// precisely why it cannot (binary data, a bad byte and its offset, broken
// UTF-16). Used by the corpus reader before any text processing; stateless.
#ifndef DUPALIGN_INGEST_UTF8_DECODER_H_
#define DUPALIGN_INGEST_UTF8_DECODER_H_

#include <string>
#include <string_view>

#include "dupalign/status.h"

namespace dupalign {

class Utf8Decoder {
 public:
  // Strips a UTF-8 byte order mark, converts UTF-16 that starts with a BOM
  // (through ICU), and rejects binary data (NUL bytes). When `validate` is
  // true the result is also checked to be well-formed UTF-8. The status
  // message is short and meant as a Document::status, e.g.
  // "invalid UTF-8 at byte 1234" (offsets count from the start of `bytes`).
  static Status Decode(std::string_view bytes, std::string* utf8, bool validate = true);

  // Offset of the first ill-formed UTF-8 sequence in `bytes`, or npos.
  static size_t FindInvalid(std::string_view bytes);

  // Length of the byte order mark Decode strips from the front of `bytes`
  // when they are UTF-8 (3 or 0).
  static size_t Utf8BomLength(std::string_view bytes);
};

}  // namespace dupalign

#endif  // DUPALIGN_INGEST_UTF8_DECODER_H_
