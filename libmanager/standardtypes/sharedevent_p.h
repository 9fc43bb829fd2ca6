// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDEVENT_P_H
#define LIBMANAGER_SHAREDEVENT_P_H

#include <libmanager/standardtypes/standardobject_p.h>

#include <QtCore/qlist.h>

namespace LibManager {

/*!
    threading.Event. Wire methods: set(), clear(), is_set(), wait(timeout).
    Events: "set", "cleared" when the flag changes.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedEvent : public StandardObject
{
    Q_OBJECT
public:
    using StandardObject::StandardObject;
    ~SharedEvent() override;

    QString toString() const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;
    QVariantMap syncState() const override;
    StateSummary stateSummary() const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    bool m_flag = false;
    QList<Deferred> m_waiters;

    // The wire methods: a row of Methods each (EventWire).
    static const StandardMethod<SharedEvent> Methods[];
    Reply serveSet(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveClear(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveIsSet(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveWait(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDEVENT_P_H
