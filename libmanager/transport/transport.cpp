// SPDX-License-Identifier: BSD-3-Clause
#include "transport_p.h"
#include <libmanager/logging_p.h>
#include <libmanager/tr_p.h>
#ifdef LIBMANAGER_HAVE_TLS
#include "tlsstream_p.h"
#endif

#include <QtCore/qdatetime.h>
#include <QtCore/qfileinfo.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qhostinfo.h>
#include <QtNetwork/qlocalserver.h>

namespace LibManager::Transport {

namespace {

// --- local: a Unix domain socket at a path ---

std::unique_ptr<Stream> connectLocal(const Address &address, const ConnectOptions &options,
                                     Error *code, QString *why)
{
    const Platform::Socket socket =
            Platform::connectLocal(address.localPath(), options.timeoutMs, code, why);
    if (socket == Platform::InvalidSocket)
        return nullptr;
    return std::make_unique<LocalStream>(socket);
}

bool listenLocal(const Address &address, const ListenOptions &, Listening *listening, QString *why)
{
    const QString path = address.localPath();
    if (QFileInfo::exists(path)) {
        // A live server keeps its socket; a dead one leaves a file nobody answers at.
        Error code = Error::NoError;
        QString ignored;
        const Platform::Socket probe = Platform::connectLocal(path, 1000, &code, &ignored);
        if (probe != Platform::InvalidSocket) {
            Platform::closeSocket(probe);
            *why = Tr::tr("address in use: %1").arg(path);
            return false;
        }
        QLocalServer::removeServer(path);
    }
    // Only this user may connect (QLocalServer::UserAccessOption's way).
    listening->socket = Platform::listenLocal(path, why);
    if (listening->socket == Platform::InvalidSocket)
        return false;
    listening->address = path;
    listening->localPath = path;
    listening->description = path;
    listening->makeStream = [](Platform::Socket socket) {
        Platform::prepareAccepted(socket);
        return std::unique_ptr<Stream>(new LocalStream(socket));
    };
    return true;
}

// --- tcp: host:port ---

Platform::Socket connectTcpSocket(const Address &address, const ConnectOptions &options,
                                  Error *code, QString *why)
{
    const Platform::Socket socket = Platform::connectTcp(address.connectHost(), address.port,
                                                         options.timeoutMs, code, why);
    if (socket != Platform::InvalidSocket)
        Platform::setLiveness(socket, options.livenessTimeoutMs);
    return socket;
}

std::unique_ptr<Stream> connectTcp(const Address &address, const ConnectOptions &options,
                                   Error *code, QString *why)
{
    const Platform::Socket socket = connectTcpSocket(address, options, code, why);
    if (socket == Platform::InvalidSocket)
        return nullptr;
    return std::make_unique<TcpStream>(socket);
}

// ":port" listens on every interface, IPv4 and IPv6; \a real gets the port it got.
bool listenTcpSocket(const Address &address, Listening *listening, Address *real, QString *why)
{
    QHostAddress host = address.host.isEmpty() ? QHostAddress(QHostAddress::Any)
                                               : QHostAddress(address.host);
    if (host.isNull()) {
        const QHostInfo info = QHostInfo::fromName(address.host);
        if (info.addresses().isEmpty()) {
            *why = Tr::tr("cannot resolve %1: %2").arg(address.host, info.errorString());
            return false;
        }
        host = info.addresses().constFirst();
    }
    quint16 port = 0;
    listening->socket = Platform::listenTcp(host, address.port, &port, why);
    if (listening->socket == Platform::InvalidSocket)
        return false;
    *real = address;
    real->port = port;
    return true;
}

bool listenTcp(const Address &address, const ListenOptions &, Listening *listening, QString *why)
{
    Address real;
    if (!listenTcpSocket(address, listening, &real, why))
        return false;
    listening->address = real.toString();
    listening->description = QStringLiteral("tcp");
    listening->makeStream = [](Platform::Socket socket) {
        Platform::prepareAccepted(socket);
        Platform::setNoDelay(socket);
        return std::unique_ptr<Stream>(new TcpStream(socket));
    };
    return true;
}

// --- tls: tls://host:port, TLS over TCP ---

#ifdef LIBMANAGER_HAVE_TLS
std::unique_ptr<Stream> connectTls(const Address &address, const ConnectOptions &options,
                                   Error *code, QString *why)
{
    std::shared_ptr<const TlsContext> context = options.tls;
    if (!context) {
        // No configuration: the system's trusted certificates vouch for the server.
        context = TlsContext::create(TlsConfiguration(), TlsContext::Side::Client, why);
        if (!context) {
            *code = Error::TlsFailed;
            return nullptr;
        }
    }
    const qint64 deadline = Platform::deadlineAfter(options.timeoutMs);
    const Platform::Socket socket = connectTcpSocket(address, options, code, why);
    if (socket == Platform::InvalidSocket)
        return nullptr;
    auto stream = std::make_unique<TlsStream>(socket, std::move(context), address.connectHost());
    if (!stream->clientHandshake(deadline, code, why))
        return nullptr;
    return stream;
}

bool listenTls(const Address &address, const ListenOptions &options, Listening *listening,
               QString *why)
{
    QString reason;
    std::shared_ptr<const TlsContext> context =
            TlsContext::create(options.tls, TlsContext::Side::Server, &reason);
    if (!context) {
        *why = Tr::tr("the TLS configuration cannot be used: %1").arg(reason);
        return false;
    }
    Address real;
    if (!listenTcpSocket(address, listening, &real, why))
        return false;
    const qint64 expires = context->certificateExpiresAtMs();
    if (expires > 0 && expires < QDateTime::currentMSecsSinceEpoch()) {
        qCWarning(lcServer).noquote()
                << QStringLiteral("the server's TLS certificate expired on %1: clients will "
                                  "refuse it")
                           .arg(QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC)
                                        .toString(Qt::ISODate));
    }
    listening->address = real.toString();
    listening->description = QStringLiteral("tls");
    listening->makeStream = [context = std::move(context)](Platform::Socket socket) {
        Platform::prepareAccepted(socket);
        Platform::setNoDelay(socket);
        return std::unique_ptr<Stream>(new TlsStream(socket, context));
    };
    return true;
}
#else
std::unique_ptr<Stream> connectTls(const Address &, const ConnectOptions &, Error *code,
                                   QString *why)
{
    *code = Error::TlsFailed;
    *why = Tr::tr("this libmanager was built without TLS (LIBMANAGER_TLS=OFF)");
    return nullptr;
}

bool listenTls(const Address &, const ListenOptions &, Listening *, QString *why)
{
    *why = Tr::tr("this libmanager was built without TLS (LIBMANAGER_TLS=OFF)");
    return false;
}
#endif

struct Backend
{
    Address::Kind kind;
    std::unique_ptr<Stream> (*connect)(const Address &, const ConnectOptions &, Error *, QString *);
    bool (*listen)(const Address &, const ListenOptions &, Listening *, QString *);
};

// The one table of transports.
constexpr Backend backends[] = {
    { Address::Local, connectLocal, listenLocal },
    { Address::Tcp, connectTcp, listenTcp },
    { Address::Tls, connectTls, listenTls },
};

const Backend *backendFor(const Address &address)
{
    for (const Backend &backend : backends) {
        if (backend.kind == address.kind)
            return &backend;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<Stream> connect(const Address &address, const ConnectOptions &options,
                                Error *code, QString *why)
{
    const Backend *backend = backendFor(address);
    if (!backend) {
        *code = Error::InvalidAddress;
        *why = address.error.isEmpty() ? Tr::tr("invalid address") : address.error;
        return nullptr;
    }
    std::unique_ptr<Stream> stream = backend->connect(address, options, code, why);
    if (!stream)
        *why = Tr::withDetails(address.toString(), *why);
    return stream;
}

bool listen(const Address &address, const ListenOptions &options, Listening *listening,
            QString *why)
{
    const Backend *backend = backendFor(address);
    if (!backend) {
        *why = address.error.isEmpty() ? Tr::tr("invalid address") : address.error;
        return false;
    }
    return backend->listen(address, options, listening, why);
}

} // namespace LibManager::Transport
