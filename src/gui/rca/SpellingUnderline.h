#pragma once

#include <QString>
#include <QTextCharFormat>
#include <functional>

namespace OutageDesk {

class SpellChecker;

// Shared by both highlighters: calls `underline(start, length)` for each misspelt
// prose word of one line of Markdown (code spans, URLs and markers skipped).
void forEachMisspelling(const QString &line, const SpellChecker *spelling,
                        const std::function<void(int start, int length)> &underline);

} // namespace OutageDesk
