#include "exchange/EmailAddress.h"

namespace OutageDesk {
namespace {

bool isAtext(QChar c)
{
    if (c.unicode() > 0x7E)
        return false;
    const char ch = char(c.unicode());
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(ch);
}

// dot-atom-text: atext runs joined by single dots, no dot first or last.
bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.front() == QLatin1Char('.') || text.back() == QLatin1Char('.'))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            if (text.at(i - 1) == QLatin1Char('.'))
                return false;
        } else if (!isAtext(c)) {
            return false;
        }
    }
    return true;
}

// quoted-string without CFWS around it: DQUOTE *(qtext / quoted-pair / WSP) DQUOTE,
// where qtext and quoted-pair are printable ASCII (no CR, LF or other controls).
bool isQuotedString(QStringView text)
{
    if (text.size() < 2 || text.front() != QLatin1Char('"') || text.back() != QLatin1Char('"'))
        return false;
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\\') {
            ++i;
            if (i >= text.size() - 1)
                return false;
            const char16_t escaped = text.at(i).unicode();
            if (escaped < 0x20 || escaped > 0x7E)
                return false;
        } else if (c == u'"' || c < 0x20 || c > 0x7E) {
            return false;
        }
    }
    return true;
}

// domain-literal without CFWS: "[" *dtext "]" (printable ASCII but [ ] \).
bool isDomainLiteral(QStringView text)
{
    if (text.size() < 3 || text.front() != QLatin1Char('[') || text.back() != QLatin1Char(']'))
        return false;
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x21 || c > 0x7E || c == u'[' || c == u']' || c == u'\\')
            return false;
    }
    return true;
}

} // namespace

bool EmailAddress::isValid(const QString &address)
{
    if (address.size() > 254)
        return false;
    // The last '@' separates: a quoted local part may hold '@' itself.
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return false;
    const QStringView local = QStringView(address).left(at);
    const QStringView domain = QStringView(address).mid(at + 1);
    if (local.size() > 64)
        return false;
    const bool localOk = local.front() == QLatin1Char('"') ? isQuotedString(local) : isDotAtom(local);
    const bool domainOk = !domain.isEmpty() && domain.front() == QLatin1Char('[') ? isDomainLiteral(domain) : isDotAtom(domain);
    return localOk && domainOk;
}

QString EmailAddress::domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1);
}

} // namespace OutageDesk
