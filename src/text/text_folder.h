// TextFolder: maps text to a caseless, accentless ASCII-leaning form for
// matching across spellings and scripts ("Đào Hồng Lan" and "Dao Hong Lan"
// both fold to "dao hong lan"; Cyrillic and CJK are romanised by ICU's
// Any-Latin). Used by the text stage to fill Sentence::folded and by anchor
// extraction. Thread-safe: ICU transliterators are not, so each call borrows
// a private clone from a pool that is built once.
#ifndef DUPALIGN_TEXT_TEXT_FOLDER_H_
#define DUPALIGN_TEXT_TEXT_FOLDER_H_

#include <memory>
#include <string>
#include <string_view>

#include "dupalign/status.h"

namespace dupalign {

class TextFolder {
 public:
  TextFolder();
  ~TextFolder();
  TextFolder(const TextFolder&) = delete;
  TextFolder& operator=(const TextFolder&) = delete;

  // Not ok when ICU lacks the transliteration data; Fold then only lowercases.
  const Status& status() const;

  // "Any-Latin; Latin-ASCII; Any-Lower" of UTF-8 text. Punctuation and
  // spacing are kept, so codes such as "57-NQ/TW" fold to "57-nq/tw".
  std::string Fold(std::string_view utf8) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dupalign

#endif  // DUPALIGN_TEXT_TEXT_FOLDER_H_
