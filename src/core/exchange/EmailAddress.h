#pragma once

#include <QString>

namespace OutageDesk {

// An e-mail address as a mail's envelope and To: header carry it: an RFC 5322
// addr-spec (local-part "@" domain) and nothing else — no display name, no angle
// brackets, no comments, no folding whitespace — checked over the whole string.
// ASCII only: an address with non-ASCII characters needs SMTPUTF8 from every relay on
// the way, which the company relay may not offer; an IDN domain is written as
// "xn--…". Lengths as RFC 5321 allows them through SMTP (local part 64, address 254).
class EmailAddress
{
public:
    static bool isValid(const QString &address);
    // The domain part (after the last '@'), for List-Id and Message-ID.
    static QString domainOf(const QString &address);
};

} // namespace OutageDesk
