// SPDX-License-Identifier: BSD-3-Clause
// The transports the multi-process suites run over, in one place: a suite calls
// addTransportRows() from its initTestCase_data() (or a _data function) and
// currentTransport() where it needs the row's value; the suites and every helper program
// pass each manager they make to configure() before it starts or connects.
//
// Adding a transport (TLS, say) is one entry in transports() and, if its managers need more
// than an address (certificates, a CA), the body of configure(): the test sets what that
// needs in its environment, which the helper programs it starts inherit; libmanager-server run
// by hand (ServerProgram) gets serverOptions().
#ifndef LIBMANAGER_TESTS_TRANSPORT_H
#define LIBMANAGER_TESTS_TRANSPORT_H

#include <libmanager/basemanager.h>

#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qstring.h>

#include <memory>

namespace TestSupport {

/*! One transport: the name of its data row and the address a manager that starts a server
    listens at (empty: a local socket whose path the library chooses). */
struct Transport
{
    QString name;
    QString address;

    /*! True for local (Unix domain) sockets. */
    bool isLocal() const { return address.isEmpty(); }
    /*! What to listen at when the test chooses the socket's path: \a socketPath for a local
        transport, the transport's address otherwise. */
    QString listenAddress(const QString &socketPath) const { return isLocal() ? socketPath : address; }
};

/*! Every transport the suites run over, in the order of their rows. */
QList<Transport> transports();
/*! Adds the column "transport" (a Transport) and one row per transport, named after it. */
void addTransportRows();
/*! The Transport of the current global data row (initTestCase_data() called
    addTransportRows()); a _data function that called it is read with
    QFETCH(TestSupport::Transport, transport). */
Transport currentTransport();

/*! What a manager needs beyond its address for the transports of transports(); called on
    every manager the suites and helper programs make, before it starts or connects: for TLS,
    a configuration that trusts the run's CA and holds the server's certificate and key (made
    once per run, in a directory named by LIBMANAGER_TEST_TLS_DIR for the helper programs). */
void configure(LibManager::BaseManager &manager);
/*! What configure() sets: for the TLS row's CA and certificates (empty without TLS); for
    what takes a configuration but is no manager (the inspector's session). */
LibManager::TlsConfiguration tlsConfiguration();

/*! What libmanager-server needs on its command line, besides "--address \a address", to
    serve at \a address: the certificate and key for tls:// addresses. ServerProgram adds it to
    every server it runs. */
QStringList serverOptions(const QString &address);

/*! A new \c M for the current transport (or \a address), with \a authKey, configured; the
    caller starts it or connects it. */
template<class M>
std::unique_ptr<M> makeManager(const QByteArray &authKey, const QString &address = currentTransport().address)
{
    auto manager = std::make_unique<M>(address, authKey);
    configure(*manager);
    return manager;
}

/*! BaseManager::fromAddress() through configure(): makes an \c M for \a address and
    \a authKey, configures it and connects it; check its error(). */
template<class M = LibManager::BaseManager>
std::unique_ptr<M> connectTo(const QString &address, const QByteArray &authKey = {},
                             int timeoutMs = 10000)
{
    auto manager = std::make_unique<M>();
    manager->setAddress(address);
    manager->setAuthKey(authKey);
    configure(*manager);
    manager->connectToServer(timeoutMs);
    return manager;
}

} // namespace TestSupport

Q_DECLARE_METATYPE(TestSupport::Transport)

#endif // LIBMANAGER_TESTS_TRANSPORT_H
