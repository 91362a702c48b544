// Markup escaping shared by every writer of XML or HTML (TMX, the HTML
// report): the five markup characters become entities, and the control
// characters XML 1.0 forbids are dropped.
#ifndef DUPALIGN_UTIL_MARKUP_H_
#define DUPALIGN_UTIL_MARKUP_H_

#include <string>
#include <string_view>

namespace dupalign {

std::string EscapeMarkup(std::string_view text);

}  // namespace dupalign

#endif  // DUPALIGN_UTIL_MARKUP_H_
