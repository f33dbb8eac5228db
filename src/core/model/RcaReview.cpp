#include "model/RcaReview.h"

#include <QCoreApplication>

namespace OutageDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RcaReview", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString RcaReview::displayName(RcaState state)
{
    switch (state) {
    case RcaState::Draft:
        return tr("Draft");
    case RcaState::InReview:
        return tr("In review");
    case RcaState::Approved:
        return tr("Approved");
    }
    return {};
}

QList<LintFinding> RcaReview::openErrors(const QList<LintFinding> &findings)
{
    QList<LintFinding> open;
    for (const LintFinding &f : findings) {
        if (f.blocksApproval())
            open << f;
    }
    return open;
}

bool RcaReview::submit(RcaDocument &document, QString *error)
{
    if (document.state != RcaState::Draft)
        return fail(error, tr("only a draft can be submitted for review (the RCA is %1)").arg(displayName(document.state)));
    if (document.text.trimmed().isEmpty())
        return fail(error, tr("the RCA is empty"));
    document.state = RcaState::InReview;
    return true;
}

bool RcaReview::approve(RcaDocument &document, const QString &approver, const QDateTime &at, QString *error)
{
    if (document.state == RcaState::Approved)
        return fail(error, tr("the RCA is already approved by %1").arg(document.approvedBy));
    if (approver.trimmed().isEmpty())
        return fail(error, tr("an approval needs the approver's name"));
    if (!at.isValid())
        return fail(error, tr("an approval needs its time"));
    if (document.text.trimmed().isEmpty())
        return fail(error, tr("the RCA is empty"));
    document.state = RcaState::Approved;
    document.approvedBy = approver.trimmed();
    document.approvedAt = at.toUTC();
    return true;
}

bool RcaReview::returnToDraft(RcaDocument &document, QString *error)
{
    if (document.state == RcaState::Draft)
        return fail(error, tr("the RCA is already a draft"));
    document.state = RcaState::Draft;
    document.approvedBy.clear();
    document.approvedAt = QDateTime();
    return true;
}

bool RcaReview::applyEdit(RcaDocument &document, const QString &newText)
{
    if (document.text == newText)
        return false;
    document.text = newText;
    if (document.state == RcaState::Draft)
        return false;
    document.state = RcaState::Draft;
    document.approvedBy.clear();
    document.approvedAt = QDateTime();
    return true;
}

} // namespace OutageDesk
