#include "cli/CustomersCommand.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "exchange/CustomerImporter.h"
#include "storage/CustomerRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomersCommand", text);
}

// One line per customer: a tab, a line break or another control character in a
// name would break the format, or reach the terminal as a command.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text;
}

int importFile(const QString &path, CommandContext &context)
{
    Workspace *workspace = context.workspace();
    if (!workspace)
        return ExitIoFailure;
    CustomerImporter::Summary summary;
    ImportError error;
    if (!CustomerImporter::importFile(workspace, path, &summary, &error)) {
        context.error(QStringLiteral("customers import: ") + error.toString());
        return ExitUsage;
    }
    context.out() << tr("%1: %2 customers created, %3 updated").arg(path).arg(summary.created).arg(summary.updated)
                  << Qt::endl;
    return ExitSuccess;
}

int list(bool json, CommandContext &context)
{
    Workspace *workspace = context.workspaceForReading();
    if (!workspace)
        return ExitIoFailure;
    const QList<Customer> customers = CustomerRepository(workspace).customers();
    if (json) {
        QJsonArray array;
        for (const Customer &c : customers) {
            array << QJsonObject{{QStringLiteral("email"), c.email},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("language"), c.language},
                                 {QStringLiteral("subscriptions"), QJsonArray::fromStringList(c.subscriptions)},
                                 {QStringLiteral("unsubscribed"), c.unsubscribed}};
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    for (const Customer &c : customers) {
        context.out() << c.email << '\t' << c.language << '\t'
                      << (c.unsubscribed ? tr("unsubscribed") : tr("subscribed")) << '\t'
                      << printable(c.subscriptions.join(QLatin1Char(';'))) << '\t' << printable(c.name) << '\n';
    }
    return ExitSuccess;
}

int change(const QString &action, const QString &email, CommandContext &context)
{
    Workspace *workspace = context.workspace();
    if (!workspace)
        return ExitIoFailure;
    CustomerRepository customers(workspace);
    if (!customers.customer(email)) {
        context.error(tr("customers %1: no customer with the address %2")
                          .arg(action, CustomerImporter::quoted(email)));
        return ExitUsage;
    }
    QString error;
    const bool ok = action == QLatin1String("remove") ? customers.remove(email, &error)
                                                      : customers.setUnsubscribed(email, true, &error);
    if (!ok) {
        context.error(QStringLiteral("customers %1: %2").arg(action, error));
        return ExitIoFailure;
    }
    return ExitSuccess;
}

} // namespace

QString CustomersCommand::summary() const
{
    return tr("registered customers: customers import FILE.csv; customers list [--json]; customers remove EMAIL; "
              "customers unsubscribe EMAIL");
}

void CustomersCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("import, list, remove or unsubscribe"));
    parser.addPositionalArgument(QStringLiteral("ARG"), tr("the CSV file (import) or the address (remove, unsubscribe)"),
                                 QStringLiteral("[FILE|EMAIL]"));
    parser.addOption({QStringLiteral("json"), tr("list: print a JSON array")});
}

int CustomersCommand::run(const QCommandLineParser &parser, CommandContext &context) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("import") && args.size() == 2)
        return importFile(args.at(1), context);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(parser.isSet(QStringLiteral("json")), context);
    if ((action == QLatin1String("remove") || action == QLatin1String("unsubscribe")) && args.size() == 2)
        return change(action, args.at(1), context);
    context.error(tr("customers: use “customers import FILE.csv”, “customers list [--json]”, “customers remove EMAIL” "
                     "or “customers unsubscribe EMAIL”"));
    return ExitUsage;
}

} // namespace OutageDesk
