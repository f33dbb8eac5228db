#include "exchange/CustomerImporter.h"

#include "exchange/CsvReader.h"
#include "exchange/EmailAddress.h"
#include "storage/CatalogRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomerImporter", text);
}

QString lineLabel(int line)
{
    return tr("line %1").arg(line);
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

bool CustomerImporter::isKnownLanguage(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    if (!pattern.match(code).hasMatch())
        return false;
    const QLocale locale(code);
    return locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage;
}

QString CustomerImporter::quoted(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
        if (shown.size() >= 80) {
            shown += QChar(0x2026);
            break;
        }
    }
    return QChar(0x201C) + shown + QChar(0x201D);
}

bool CustomerImporter::parse(const QByteArray &bytes, const QList<DataCenter> &dataCenters,
                             const QList<Instance> &instances, QList<Customer> *customers, ImportError *error)
{
    QList<CsvReader::Record> records;
    int errorLine = 0;
    QString why;
    if (!CsvReader::read(bytes, &records, &errorLine, &why)) {
        error->path = lineLabel(errorLine);
        error->message = why;
        return false;
    }
    if (records.isEmpty()) {
        error->message = tr("the file is empty; it needs a header row: email,name,language,subscriptions");
        return false;
    }

    const CsvReader::Record &header = records.first();
    const QStringList required{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("language"),
                               QStringLiteral("subscriptions")};
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (required.contains(name) && column.contains(name)) {
            error->path = lineLabel(header.line);
            error->message = tr("the column %1 appears twice").arg(name);
            return false;
        }
        column.insert(name, i);
    }
    for (const QString &name : required) {
        if (!column.contains(name)) {
            error->path = lineLabel(header.line);
            error->message = tr("the column %1 is missing (the header must name email, name, language and subscriptions)")
                                 .arg(name);
            return false;
        }
    }

    QSet<QString> dataCenterCodes;
    for (const DataCenter &dc : dataCenters)
        dataCenterCodes.insert(dc.code);
    QSet<QString> instanceNames;
    for (const Instance &instance : instances)
        instanceNames.insert(instance.name);

    QList<Customer> result;
    QHash<QString, int> firstLineOf; // lower-case address → line
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        auto refuse = [&](const QString &message) {
            error->path = lineLabel(record.line);
            error->message = message;
            return false;
        };
        if (record.fields.size() != header.fields.size())
            return refuse(tr("%1 fields where the header has %2").arg(record.fields.size()).arg(header.fields.size()));
        Customer customer;
        customer.email = record.fields.at(column.value(QStringLiteral("email"))).trimmed();
        customer.name = record.fields.at(column.value(QStringLiteral("name"))).trimmed();
        customer.language = record.fields.at(column.value(QStringLiteral("language"))).trimmed();
        const QString subscriptions = record.fields.at(column.value(QStringLiteral("subscriptions")));

        if (customer.email.isEmpty())
            return refuse(tr("the e-mail address is empty"));
        if (!EmailAddress::isValid(customer.email))
            return refuse(tr("%1 is not an e-mail address (write only the address, e.g. it-desk@library.example: no "
                             "name, angle brackets or comments)")
                              .arg(quoted(customer.email)));
        const QString key = customer.email.toLower();
        if (firstLineOf.contains(key))
            return refuse(tr("the address %1 is already on line %2").arg(customer.email).arg(firstLineOf.value(key)));
        firstLineOf.insert(key, record.line);
        if (hasControlCharacter(customer.name))
            return refuse(tr("the name %1 contains a line break or another control character").arg(quoted(customer.name)));
        if (!isKnownLanguage(customer.language))
            return refuse(tr("%1 is not a known language code (en, de, fr, he, …)").arg(quoted(customer.language)));

        for (const QString &part : subscriptions.split(QLatin1Char(';'))) {
            const QString target = part.trimmed();
            if (target.isEmpty())
                continue;
            if (target != Customer::kEverything && !dataCenterCodes.contains(target) && !instanceNames.contains(target))
                return refuse(tr("%1 is neither a data center code nor an instance name of this workspace (nor * for "
                                 "everything)")
                                  .arg(quoted(target)));
            if (!customer.subscriptions.contains(target))
                customer.subscriptions << target;
        }
        if (customer.subscriptions.isEmpty())
            return refuse(tr("no subscriptions: name data center codes or instances separated by ';', or * for everything"));
        result << customer;
    }
    *customers = std::move(result);
    return true;
}

bool CustomerImporter::importFile(Workspace *workspace, const QString &path, Summary *summary, ImportError *error)
{
    error->file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = tr("cannot read the file: %1").arg(file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    const CatalogRepository catalog(workspace);
    QList<Customer> customers;
    if (!parse(bytes, catalog.dataCenters(), catalog.instances(), &customers, error))
        return false;
    QString why;
    if (!CustomerRepository(workspace).importCustomers(customers, &summary->created, &summary->updated, &why)) {
        error->message = why;
        return false;
    }
    return true;
}

} // namespace OutageDesk
