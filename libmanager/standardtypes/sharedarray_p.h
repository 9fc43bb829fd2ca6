// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDARRAY_P_H
#define LIBMANAGER_SHAREDARRAY_P_H

#include <libmanager/standardtypes/standardobject_p.h>
#include <libmanager/standardtypes/typecode_p.h>

namespace LibManager {

/*!
    Array(typecode, sequence or size): a fixed-length array kept as packed little-endian
    elements, which is also how slices travel. Wire methods: len(), typecode(), getitem(i),
    setitem(i, v), getslice(start, stop) -> bytes, setslice(start, bytes or list),
    tolist() -> bytes, assign(bytes or list). Event: "changed" (start, bytes).
    Beyond Python, window(start, count = 100) -> {length, version, start, items (bytes)}: a
    slice and the version it goes with, in one answer; a negative start counts from the end.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedArray : public StandardObject
{
    Q_OBJECT
public:
    explicit SharedArray(const TypeCode *type, QObject *parent = nullptr);
    /*! Sets the initial contents from a size, a QVariantList or packed bytes. */
    Reply initialize(const QVariant &initializer);

    QString toString() const override;

    qint64 containerLength() const override { return qint64(length()); }
    QString preview(int maxChars) const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    qsizetype length() const { return m_data.size() / m_type->size(); }
    /*! Packed bytes from a list (checked per element) or bytes (checked for length). */
    Reply pack(const QVariant &values, QByteArray *packed) const;
    Reply store(qsizetype start, const QVariant &values, bool wholeArray);
    bool index(const QVariant &argument, qsizetype *position) const;

    const TypeCode *m_type;
    QByteArray m_data;

    // The wire methods: a row of Methods each (ArrayWire).
    static const StandardMethod<SharedArray> Methods[];
    Reply serveLen(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveTypeCode(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetItem(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetSlice(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveSetSlice(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveToList(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveWindow(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveAssign(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDARRAY_P_H
