// SPDX-License-Identifier: BSD-3-Clause
#include "sharedvalue_p.h"
#include "pythonrepr_p.h"
#include "pythonvalue_p.h"
#include <libmanager/tr_p.h>

#include <cstring>
#include <limits>

namespace LibManager {

SharedValue::SharedValue(const TypeCode *type, QObject *parent) : StandardObject(parent), m_type(type)
{
    m_type->zero(m_stored);
}

/*! The wire methods (ValueWire), in methodNames()'s order. */
const StandardMethod<SharedValue> SharedValue::Methods[] = {
    { ValueWire::Get.bytes(), &SharedValue::serveGet, Reads },
    { ValueWire::Set.bytes(), &SharedValue::serveSet },
    { ValueWire::TypeCode.bytes(), &SharedValue::serveTypeCode, Reads },
    { ValueWire::FetchAdd.bytes(), &SharedValue::serveFetchAdd },
    { ValueWire::CompareExchange.bytes(), &SharedValue::serveCompareExchange },
};

QStringList SharedValue::methodNames() const
{
    return namesOf(Methods);
}

bool SharedValue::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedValue::toString() const
{
    return QStringLiteral("Value('%1', %2)").arg(QLatin1Char(m_type->code())).arg(pythonRepr(value()));
}

Reply SharedValue::assign(const QVariant &newValue)
{
    char stored[8];
    const Reply checked = m_type->encode(newValue, stored);
    if (!checked.isValid())
        return checked;
    store(stored);
    return Reply::fromValue(QVariant());
}

void SharedValue::store(const char *bytes)
{
    if (std::memcmp(bytes, m_stored, size_t(m_type->size())) == 0)
        return;
    std::memcpy(m_stored, bytes, size_t(m_type->size()));
    noteChange();
    publish(ValueWire::ChangedEvent, value());
}

Reply SharedValue::fetchAdd(const QVariant &delta)
{
    const QVariant before = value();
    switch (m_type->kind()) {
    case TypeCode::Signed:
    case TypeCode::Unsigned: {
        const int id = delta.metaType().id();
        if (!isIntegerType(id)
            && (id == QMetaType::Double || id == QMetaType::Float || id == QMetaType::QString
                || id == QMetaType::QByteArray || !delta.canConvert<qlonglong>())) {
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode '%1' adds integers only").arg(QLatin1Char(m_type->code())));
        }
        // Integers are added and stored as they are kept, without a QVariant for the sum.
        const Int128 total = m_type->decodeInteger(m_stored) + integerOf(delta);
        char stored[8];
        if (!m_type->encodeInteger(total, stored)) {
            return Reply::fromError(Error::ValueError,
                                    Tr::tr("the sum is out of range for typecode '%1' (%2)")
                                        .arg(QLatin1Char(m_type->code()))
                                        .arg(m_type->range()));
        }
        store(stored);
        return Reply::fromValue(before);
    }
    case TypeCode::Floating: {
        const int id = delta.metaType().id();
        if (id == QMetaType::QString || id == QMetaType::QByteArray || !delta.canConvert<double>())
            return Reply::fromError(
                Error::TypeError,
                Tr::tr("typecode '%1' adds numbers only").arg(QLatin1Char(m_type->code())));
        const Reply stored = assign(before.toDouble() + delta.toDouble());
        return stored.isValid() ? Reply::fromValue(before) : stored;
    }
    case TypeCode::Byte:
    case TypeCode::Character:
        break;
    }
    return Reply::fromError(
        Error::TypeError,
        Tr::tr("typecode '%1' holds a character: nothing to add").arg(QLatin1Char(m_type->code())));
}

Reply SharedValue::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedValue::serveGet(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(value());
}

Reply SharedValue::serveSet(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(value)"));
    return assign(args.at(0));
}

Reply SharedValue::serveTypeCode(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(QString(QLatin1Char(m_type->code())));
}

Reply SharedValue::serveFetchAdd(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(delta)"));
    return fetchAdd(args.at(0));
}

Reply SharedValue::serveCompareExchange(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(expected, desired)"));
    char expected[8];
    const Reply checked = m_type->encode(args.at(0), expected);
    if (!checked.isValid())
        return checked;
    const QVariant before = value();
    if (std::memcmp(expected, m_stored, size_t(m_type->size())) != 0)
        return Reply::fromValue(QVariantList { false, before });
    const Reply stored = assign(args.at(1));
    if (!stored.isValid())
        return stored;
    return Reply::fromValue(QVariantList { true, before });
}

} // namespace LibManager
