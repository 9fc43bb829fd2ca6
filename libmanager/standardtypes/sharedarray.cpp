// SPDX-License-Identifier: BSD-3-Clause
#include "sharedarray_p.h"
#include "pythonrepr_p.h"
#include <libmanager/tr_p.h>

#include <climits>
#include <cstring>

namespace LibManager {

namespace {
constexpr qsizetype MaxShownElements = 100;
}

SharedArray::SharedArray(const TypeCode *type, QObject *parent) : StandardObject(parent), m_type(type) { }

/*! The wire methods (ArrayWire), in methodNames()'s order. */
const StandardMethod<SharedArray> SharedArray::Methods[] = {
    { ArrayWire::Len.bytes(), &SharedArray::serveLen, Reads },
    { ArrayWire::TypeCode.bytes(), &SharedArray::serveTypeCode, Reads },
    { ArrayWire::GetItem.bytes(), &SharedArray::serveGetItem, Reads },
    { ArrayWire::SetItem.bytes(), &SharedArray::serveGetItem },
    { ArrayWire::GetSlice.bytes(), &SharedArray::serveGetSlice, Reads },
    { ArrayWire::SetSlice.bytes(), &SharedArray::serveSetSlice },
    { ArrayWire::ToList.bytes(), &SharedArray::serveToList, Reads },
    { ArrayWire::Assign.bytes(), &SharedArray::serveAssign },
    { ArrayWire::Window.bytes(), &SharedArray::serveWindow, Reads },
};

QStringList SharedArray::methodNames() const
{
    return namesOf(Methods);
}

bool SharedArray::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedArray::preview(int maxChars) const
{
    ContainerPreview preview(maxChars,
                             QStringLiteral("array('%1', [").arg(QLatin1Char(m_type->code())),
                             QStringLiteral("])"), length());
    for (qsizetype i = 0; i < length(); ++i) {
        const QVariant element = m_type->decode(m_data.constData() + i * m_type->size());
        if (!preview.add([&element](QString &out, qsizetype limit) { return appendPythonRepr(out, element, limit); }))
            break;
    }
    return preview.finish();
}

QString SharedArray::toString() const
{
    QStringList parts;
    const qsizetype shown = qMin(length(), MaxShownElements);
    for (qsizetype i = 0; i < shown; ++i)
        parts.append(pythonRepr(m_type->decode(m_data.constData() + i * m_type->size())));
    if (shown < length())
        parts.append(QStringLiteral("... (%1 more)").arg(length() - shown));
    return QStringLiteral("array('%1', [%2])").arg(QLatin1Char(m_type->code())).arg(parts.join(QLatin1String(", ")));
}

Reply SharedArray::pack(const QVariant &values, QByteArray *packed) const
{
    const int size = m_type->size();
    if (values.metaType().id() == QMetaType::QByteArray) {
        *packed = values.toByteArray();
        if (packed->size() % size != 0) {
            return Reply::fromError(Error::ValueError,
                                    Tr::tr("%1 bytes are not whole elements of %2 bytes")
                                        .arg(packed->size())
                                        .arg(size));
        }
        return {};
    }
    if (values.metaType().id() != QMetaType::QVariantList)
        return Reply::fromError(Error::TypeError, Tr::tr("expected a list or packed bytes"));
    const QVariantList list = values.toList();
    packed->resize(list.size() * size);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Reply checked = m_type->encode(list.at(i), packed->data() + i * size);
        if (!checked.isValid())
            return Reply::fromError(checked.error(),
                                    Tr::tr("item %1: %2").arg(i).arg(checked.message()));
    }
    return {};
}

Reply SharedArray::initialize(const QVariant &initializer)
{
    const int id = initializer.metaType().id();
    qint64 count = 0;
    const bool sized = id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::UInt
            || id == QMetaType::ULongLong;
    if (sized) {
        count = initializer.toLongLong();
        if (count < 0 || count > (qlonglong(1) << 31) / m_type->size()
            || (id == QMetaType::ULongLong && initializer.toULongLong() > quint64(LLONG_MAX))) {
            return Reply::fromError(Error::ValueError,
                                    Tr::tr("bad array size %1").arg(initializer.toString()));
        }
    } else if (id == QMetaType::QVariantList) {
        count = static_cast<const QVariantList *>(initializer.constData())->size();
    } else if (id == QMetaType::QByteArray) {
        count = static_cast<const QByteArray *>(initializer.constData())->size() / m_type->size();
    }
    // Checked before anything is allocated: Array('d', 2**28) is a 64-byte request for 2 GiB.
    Reply failure;
    const qint64 bytes = count > 0 ? 32 + count * m_type->size() : 0;
    if (!mayGrow(bytes, count, &failure))
        return failure;
    if (sized) {
        m_data = QByteArray(qsizetype(count) * m_type->size(), '\0');
    } else {
        const Reply packed = pack(initializer, &m_data);
        if (!packed.isValid())
            return packed;
    }
    grown(m_data.isEmpty() ? 0 : 32 + m_data.size());
    return {};
}

bool SharedArray::index(const QVariant &argument, qsizetype *position) const
{
    qsizetype i = qsizetype(argument.toLongLong());
    if (i < 0)
        i += length();
    *position = i;
    return i >= 0 && i < length();
}

Reply SharedArray::store(qsizetype start, const QVariant &values, bool wholeArray)
{
    QByteArray packed;
    const Reply checked = pack(values, &packed);
    if (!checked.isValid())
        return checked;
    const qsizetype count = packed.size() / m_type->size();
    if (wholeArray ? count != length() : (start < 0 || start + count > length())) {
        return Reply::fromError(
            Error::ValueError,
            Tr::tr("%1 items do not fit an array of %2 at %3 (its length never changes)")
                .arg(count)
                .arg(length())
                .arg(start));
    }
    std::memcpy(m_data.data() + start * m_type->size(), packed.constData(), size_t(packed.size()));
    noteChange();
    if (observed())
        publish(ArrayWire::ChangedEvent, qlonglong(start), packed);
    return Reply::fromValue(QVariant());
}

Reply SharedArray::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedArray::serveLen(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(int(length()));
}

Reply SharedArray::serveTypeCode(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(QString(QLatin1Char(m_type->code())));
}

Reply SharedArray::serveGetItem(const Caller &, MethodName method, const QVariantList &args)
{
    qsizetype i = 0;
    if (args.isEmpty() || !index(args.at(0), &i))
        return Reply::fromError(Error::IndexError, Tr::tr("array index out of range"));
    if (method == ArrayWire::GetItem)
        return Reply::fromValue(m_type->decode(m_data.constData() + i * m_type->size()));
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(index, value)"));
    char stored[8];
    const Reply checked = m_type->encode(args.at(1), stored);
    if (!checked.isValid())
        return checked;
    std::memcpy(m_data.data() + i * m_type->size(), stored, size_t(m_type->size()));
    noteChange();
    if (observed())
        publish(ArrayWire::ChangedEvent, qlonglong(i), QByteArray(stored, m_type->size()));
    return Reply::fromValue(QVariant());
}

Reply SharedArray::serveGetSlice(const Caller &, MethodName, const QVariantList &args)
{
    qsizetype start = qsizetype(args.value(0).toLongLong());
    qsizetype stop = args.value(1).isNull() ? length() : qsizetype(args.value(1).toLongLong());
    if (start < 0)
        start = qMax<qsizetype>(0, start + length());
    if (stop < 0)
        stop = qMax<qsizetype>(0, stop + length());
    start = qMin(start, length());
    stop = qBound(start, stop, length());
    return Reply::fromValue(m_data.mid(start * m_type->size(), (stop - start) * m_type->size()));
}

Reply SharedArray::serveSetSlice(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 2)
        return wrongArguments(method, QStringLiteral("(start, values)"));
    qsizetype start = qsizetype(args.at(0).toLongLong());
    if (start < 0)
        start += length();
    return store(start, args.at(1), false);
}

Reply SharedArray::serveToList(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_data);
}

Reply SharedArray::serveWindow(const Caller &, MethodName method, const QVariantList &args)
{
    bool startOk = false;
    bool countOk = true;
    qint64 start = args.value(0).toLongLong(&startOk);
    qint64 count = args.size() > 1 ? args.at(1).toLongLong(&countOk) : 100;
    if (args.isEmpty() || args.size() > 2 || !startOk || !countOk || count < 0)
        return wrongArguments(method, QStringLiteral("(start, count=100)"));
    if (start < 0)
        start = qMax<qint64>(0, start + length());
    start = qMin<qint64>(start, length());
    count = qMin<qint64>(count, length() - start);
    QVariantMap window;
    window[QStringLiteral("length")] = qint64(length());
    window[QStringLiteral("version")] = version();
    window[QStringLiteral("start")] = start;
    window[QStringLiteral("items")] = m_data.mid(qsizetype(start) * m_type->size(), qsizetype(count) * m_type->size());
    return Reply::fromValue(window);
}

Reply SharedArray::serveAssign(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(values)"));
    return store(0, args.at(0), true);
}

} // namespace LibManager
