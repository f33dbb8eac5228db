#include "i18n/CatalogueTranslator.h"

#include <QByteArray>

namespace OutageDesk {

QString CatalogueTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                       int n) const
{
    const QString direct = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!direct.isNull() || !context)
        return direct;
    const QByteArray name(context);
    if (name.isEmpty() || name.startsWith('Q') || name.contains("::"))
        return direct;
    const QByteArray qualified = QByteArrayLiteral("OutageDesk::") + name;
    const QString member = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
    if (!member.isNull())
        return member;
    return QTranslator::translate("OutageDesk", sourceText, disambiguation, n);
}

} // namespace OutageDesk
