// `dupalign tokenize --lang xx`: one line of space-separated word tokens per
// input line. Model recipes use it so training text is tokenised exactly as
// the pipeline tokenises documents.
#include <iostream>
#include <string>

#include "text/word_tokenizer.h"
#include "tools/commands.h"

namespace dupalign {

void AddTokenizeCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("tokenize", "Tokenise stdin line by line, as the pipeline does");
  auto lang = std::make_shared<std::string>("und");
  cmd->add_option("--lang", *lang, "ISO 639-1 language code");
  cmd->callback([lang, exit_code] {
    std::ios::sync_with_stdio(false);
    WordTokenizer tokenizer(*lang);
    std::string line;
    while (std::getline(std::cin, line)) {
      const auto words = tokenizer.Words(line);
      for (size_t i = 0; i < words.size(); ++i) {
        if (i) std::cout << ' ';
        std::cout << words[i];
      }
      std::cout << '\n';
    }
    *exit_code = 0;
  });
}

}  // namespace dupalign
