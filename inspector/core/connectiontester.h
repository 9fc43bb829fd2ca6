// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CONNECTIONTESTER_H
#define INSPECTOR_CONNECTIONTESTER_H

#include <libmanager/error.h>

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

namespace Inspector {

/*!
    Tries an address and key without touching the inspector's session: a throwaway manager on
    a worker thread connects (waiting up to the timeout there, never in the GUI thread), pings
    the server and asks for its capabilities and typeIds, then finished() reports in the
    thread of the tester. A tester runs one test at a time; a test still running when the
    tester goes is left to end on its own (its result is dropped); quitting the application
    waits for it.
*/
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        LibManager::Error error = LibManager::Error::NoError;
        QString errorString;
        double connectMs = 0;
        double roundTripMs = 0;
        int protocol = 0;
        int introspection = 0;
        int typeIdCount = 0;
        bool ok() const { return error == LibManager::Error::NoError; }
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /*! Starts a test; false if one is running. */
    bool start(const QString &address, const QByteArray &key, int timeoutMs);
    bool isRunning() const;

    /*! \a result in words: the error's errorText() and message, or the figures. */
    static QString describe(const Result &result);

Q_SIGNALS:
    void finished(const Inspector::ConnectionTester::Result &result);

private:
    struct Shared;
    std::shared_ptr<Shared> m_running;
};

} // namespace Inspector

Q_DECLARE_METATYPE(Inspector::ConnectionTester::Result)

#endif // INSPECTOR_CONNECTIONTESTER_H
