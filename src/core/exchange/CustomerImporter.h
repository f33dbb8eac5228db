#pragma once

#include "exchange/ImportError.h"
#include "model/Customer.h"
#include "model/DataCenter.h"
#include "model/Instance.h"

#include <QByteArray>
#include <QList>

namespace OutageDesk {

class Workspace;

// `customers import FILE.csv` (docs/spec/notifications.md): the company's customer
// records as RFC 4180 CSV with the columns email, name, language and subscriptions
// (in any order; other columns are ignored, as such exports carry more). The whole
// file is checked before anything is written, and one bad line refuses all of it.
class CustomerImporter
{
public:
    struct Summary
    {
        int created = 0;
        int updated = 0;
    };

    // Checks `bytes` against the catalog. On failure `error` names the line
    // ("line 7") and the reason; `customers` is left as it was.
    static bool parse(const QByteArray &bytes, const QList<DataCenter> &dataCenters, const QList<Instance> &instances,
                      QList<Customer> *customers, ImportError *error);
    // Reads the file, checks it against the workspace's catalog and writes it in one
    // transaction. An address already registered is updated (its unsubscription stays).
    static bool importFile(Workspace *workspace, const QString &path, Summary *summary, ImportError *error);

    // Whether `code` names a language Qt knows ("en", "de", "pt_BR").
    static bool isKnownLanguage(const QString &code);
    // `text` for a one-line message: quoted, control characters shown as \xNN, cut at 80.
    static QString quoted(const QString &text);
};

} // namespace OutageDesk
