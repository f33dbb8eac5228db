#include "gui/rca/SpellingUnderline.h"

#include "analysis/RcaTextLinter.h"
#include "analysis/SpellChecker.h"

namespace OutageDesk {

void forEachMisspelling(const QString &line, const SpellChecker *spelling,
                        const std::function<void(int, int)> &underline)
{
    if (!spelling || !spelling->isValid())
        return;
    const auto words = RcaTextLinter::proseWordsOfLine(line, 0);
    for (const auto &word : words) {
        if (!spelling->isCorrect(word.text))
            underline(word.column - 1, int(word.text.size()));
    }
}

} // namespace OutageDesk
