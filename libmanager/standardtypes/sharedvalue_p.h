// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDVALUE_P_H
#define LIBMANAGER_SHAREDVALUE_P_H

#include <libmanager/standardtypes/standardobject_p.h>
#include <libmanager/standardtypes/typecode_p.h>

namespace LibManager {

/*!
    Value(typecode, value). Wire methods: get(), set(value), typecode(), fetch_add(delta),
    compare_exchange(expected, desired) -> [swapped, previous]. Event: "changed" (value).
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedValue : public StandardObject
{
    Q_OBJECT
public:
    SharedValue(const TypeCode *type, QObject *parent = nullptr);
    /*! The error of a bad initial value, or a valid reply. */
    Reply assign(const QVariant &value);
    /*! Keeps \a bytes (encoded for the typecode) and tells subscribers if the value changed. */
    void store(const char *bytes);

    QString toString() const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    QVariant value() const { return m_type->decode(m_stored); }
    Reply fetchAdd(const QVariant &delta);

    const TypeCode *m_type;
    char m_stored[8] = {};

    // The wire methods: a row of Methods each (ValueWire).
    static const StandardMethod<SharedValue> Methods[];
    Reply serveGet(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSet(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveTypeCode(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveFetchAdd(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveCompareExchange(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDVALUE_P_H
