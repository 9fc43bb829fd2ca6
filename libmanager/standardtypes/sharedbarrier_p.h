// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDBARRIER_P_H
#define LIBMANAGER_SHAREDBARRIER_P_H

#include <libmanager/standardtypes/standardobject_p.h>

#include <QtCore/qlist.h>

namespace LibManager {

/*!
    threading.Barrier. Wire methods: wait(timeout), abort(), reset(), parties(), n_waiting(),
    broken(). A wait answers with the arrival index; a broken barrier fails every wait with
    Error::BrokenBarrier.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedBarrier : public StandardObject
{
    Q_OBJECT
public:
    SharedBarrier(int parties, int timeoutMs, QObject *parent = nullptr);
    ~SharedBarrier() override;

    QString toString() const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;
    QVariantMap syncState() const override;
    StateSummary stateSummary() const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    void breakBarrier(const QString &why);

    const int m_parties;
    const int m_timeoutMs;
    bool m_broken = false;
    QList<Deferred> m_waiters; // in arrival order

    // The wire methods: a row of Methods each (BarrierWire).
    static const StandardMethod<SharedBarrier> Methods[];
    Reply serveWait(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveAbort(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveReset(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveParties(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveNWaiting(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveBroken(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDBARRIER_P_H
