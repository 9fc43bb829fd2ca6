// SPDX-License-Identifier: BSD-3-Clause
// A helper program of a multi-process suite (lmhelper, syncworker, containerworker,
// clientworker, or any other program): started with a watchdog, killed when destroyed, read
// line by line. Its standard input stays open, so the helper also ends if the test dies.
#ifndef LIBMANAGER_TESTS_HELPERPROCESS_H
#define LIBMANAGER_TESTS_HELPERPROCESS_H

#include <QtCore/qprocess.h>
#include <QtCore/qstringlist.h>

namespace TestSupport {

/*! The programs of tests/helpers/. A suite that runs one names it in libmanager_add_test()'s
    HELPERS, so that it is built first. */
enum class Helper { LmHelper, SyncWorker, ContainerWorker, ClientWorker };
/*! The path of \a helper in this build. */
QString helperProgram(Helper helper);

/*! The state letter of \a pid in /proc (R, S, T for stopped, Z...), or 0 if there is none. */
char processState(qint64 pid);
/*! True while \a pid runs (a zombie waiting to be reaped counts as gone). */
bool processAlive(qint64 pid);

class HelperProcess
{
public:
    static constexpr int DefaultTimeoutMs = 60000; // generous: only a failing test waits it out
    static constexpr int DefaultWatchdogMs = 120000;

    enum Channels { OutputOnly, OutputAndErrors };
    /*! OwnGroup: the helper leads a process group of its own, so that a test can signal the
        whole group, the way a terminal does, without signalling itself. */
    enum Group { TestsGroup, OwnGroup };

    /*! Starts \a program with \a arguments; the helper's watchdog (installWatchdog()) ends it
        after \a watchdogMs. \a environment is the one it runs in (plus the watchdog's). */
    HelperProcess(Helper helper, const QStringList &arguments, int watchdogMs = DefaultWatchdogMs,
                  Channels channels = OutputOnly, Group group = TestsGroup)
        : HelperProcess(helperProgram(helper), arguments, watchdogMs, channels, group)
    {
    }
    HelperProcess(const QString &program, const QStringList &arguments,
                  int watchdogMs = DefaultWatchdogMs, Channels channels = OutputOnly,
                  Group group = TestsGroup,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    ~HelperProcess();
    Q_DISABLE_COPY(HelperProcess)

    QProcess &process() { return m_process; }
    qint64 pid() const { return m_process.processId(); }

    /*! The rest of the first line starting with \a prefix that no waitForLine() has returned
        yet (so asking twice gives the next such line), waiting at most \a timeoutMs; a null
        string if it never came. */
    QString waitForLine(const QString &prefix, int timeoutMs = DefaultTimeoutMs);
    /*! True once a line starting with \a prefix has been printed (now or before). */
    bool waitFor(const QString &prefix, int timeoutMs = DefaultTimeoutMs);
    /*! Without blocking: has it printed a line starting with \a prefix yet? For QTRY_*. */
    bool hasLine(const QString &prefix);
    /*! Without blocking: its lines that start with \a prefix, so far. */
    QStringList lines(const QString &prefix = {});
    /*! Every line read so far. */
    QStringList output() const { return m_output; }
    /*! Its program and what it printed, for a failure message. */
    QString log() const;

    /*! Sends \a line (a newline is added) to its standard input: what a "gate" waits for. */
    bool writeLine(const QByteArray &line);
    /*! The same for text. */
    bool send(const QString &line) { return writeLine(line.toUtf8()); }

    bool finish(int timeoutMs = 20000);
    bool exitedWith(int code = 0);
    void killHard();

private:
    void readAvailable();
    qsizetype find(const QString &prefix, qsizetype from) const;

    QProcess m_process;
    QStringList m_output;
    QList<bool> m_taken; // per line of m_output: returned by waitForLine()
};

/*!
    A clientworker program (a SyncManager client driven line by line from its standard input):
    its arguments are ADDRESS KEYHEX [CLIENTNAME]; it answers each command with a line that
    starts with the command's tag.
*/
class ClientWorker : public HelperProcess
{
public:
    explicit ClientWorker(const QStringList &arguments)
        : HelperProcess(Helper::ClientWorker, arguments)
    {
    }
    /*! Sends "<tag> <command>" and waits for the line that starts with "<tag> <answer>": the
        rest of it, or a null string. */
    QString ask(const QString &command, const QString &answer = QStringLiteral("OK"),
                int timeoutMs = 30000);
    /*! Sends "<tag> <command>" without waiting; the tag, for waitForLine(). */
    QString post(const QString &command);

    quint64 id = 0; // the client id the test learnt for it, if it needs one

private:
    int m_tags = 0;
};

/*!
    Runs containerworker's "apply" mode on the object \a token names, at \a address with
    \a authKey, with the operations \a ops: its lines before "END", plus a "FAILED: ..." line
    if it did not end well.
*/
QStringList applyInContainerWorker(const QString &address, const QByteArray &authKey,
                                   const QString &token, const QStringList &ops,
                                   int watchdogMs = HelperProcess::DefaultWatchdogMs);

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_HELPERPROCESS_H
