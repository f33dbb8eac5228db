#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

namespace OutageDesk {

// The outcome of one HTTP exchange, whatever went wrong on the way.
struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;       // transfer timeout or overall deadline
    QString tlsFailure;          // certificate errors, when the handshake was refused
    // A redirect the transport would not follow (another origin, or a same-origin one
    // that changes the method or drops the body): where it pointed, and its status.
    QUrl refusedRedirect;
    bool redirectToOtherOrigin = false;

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace OutageDesk
