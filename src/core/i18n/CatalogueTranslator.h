#pragma once

#include <QTranslator>

namespace OutageDesk {

// The application's catalogue, looked up the way lupdate filed its messages.
//
// Classes without Q_OBJECT translate through a file-local helper,
//     QString tr(const char *text) { return QCoreApplication::translate("ListCommand", text); }
// so at run time the context is "ListCommand". lupdate cannot see that: it files a
// tr() inside a member of OutageDesk::ListCommand under "OutageDesk::ListCommand",
// and one inside a free function of the namespace under "OutageDesk". Rather than
// touch every such file, a lookup that misses in "ListCommand" tries those two
// contexts next. Qt's own contexts (Q…) and qualified ones are looked up as they are.
class CatalogueTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace OutageDesk
