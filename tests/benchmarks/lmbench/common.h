// SPDX-License-Identifier: BSD-3-Clause
// lmbench: clocks, statistics, child processes and watchdogs shared by every part of the program.
#ifndef LMBENCH_COMMON_H
#define LMBENCH_COMMON_H

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <memory>

namespace Bench {

/*! CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine, so timestamps
    taken by workers can be compared with the driver's. */
qint64 monotonicNs();

/*! The figures of one measurement, one per round. */
struct Series
{
    QList<double> values;

    bool isEmpty() const { return values.isEmpty(); }
    double median() const;
    double min() const;
    double max() const;
};

/*! VmRSS of \a pid from /proc/<pid>/status, in bytes; -1 if it cannot be read. */
qint64 residentBytes(qint64 pid);

/*! "0-1", the CPUs \a pid may run on (Cpus_allowed_list), or "?". */
QString allowedCpus(qint64 pid);

/*!
    Safety for every process that lmbench starts: exits with 99 after LMBENCH_WATCHDOG_MS
    (default 600 s) and with 98 as soon as standard input reaches end of file (lmbench died:
    it holds the other end). Lines read from standard input are kept for waitForLine().
    Runs on threads of its own, so it fires even while the main thread blocks in a call.
*/
void installWatchdogs(const char *who);
/*! Blocks until standard input has delivered \a line (after installWatchdogs()). */
void waitForLine(const QByteArray &line);
/*! Without blocking: true (and forgets it) if standard input has delivered \a line. */
bool takeLine(const QByteArray &line);

/*!
    A child process: by default this same program in another mode (fork+exec through
    QProcess, never a bare fork in a Qt program). Its standard input stays open as a pipe:
    closing it (or the death of lmbench) ends our own modes; every child also gets
    PR_SET_PDEATHSIG, so even programs without our watchdogs die with lmbench. Standard error
    is forwarded to ours.
*/
class Child
{
public:
    Child();
    ~Child();
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    /*! Starts \a program (empty: this program) with \a args; false with errorString(). */
    bool start(const QStringList &args, const QString &program = {});
    /*! The next line of standard output without its newline; false on timeout or exit. */
    bool readLine(QString *line, int timeoutMs);
    /*! Reads lines until one starts with \a prefix; false (errorString()) if none comes. */
    bool expect(const QString &prefix, QString *line, int timeoutMs);
    /*! Everything left on standard output once the process has finished. */
    QByteArray readAllUntilExit(int timeoutMs, bool *finished);
    void write(const QByteArray &data);
    bool waitForExit(int timeoutMs);
    void kill();
    qint64 pid() const;
    int exitCode() const;
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

} // namespace Bench

#endif // LMBENCH_COMMON_H
