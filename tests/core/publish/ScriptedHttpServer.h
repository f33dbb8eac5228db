#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <functional>

// A small HTTP/1.1 server on loopback, for checking what a connector sends
// (method, path, headers, body) and answering as the real service documents it.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QHash<QByteArray, QByteArray> headers; // names lowercased
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool drop = false;   // close the connection without answering (a lost response)
        bool silent = false; // keep the connection open and never answer
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;
    bool listen();
    QString baseUrl() const; // http://127.0.0.1:PORT
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    static Response json(int status, const QByteArray &body);

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
