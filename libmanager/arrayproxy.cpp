// SPDX-License-Identifier: BSD-3-Clause
#include "arrayproxy.h"
#include <libmanager/client/clientconnection_p.h>
#include "proxy_p.h"
#include "tr_p.h"
#include <libmanager/standardtypes/typecode_p.h>
#include "containerresults_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

#include <QtCore/qendian.h>
#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>

#include <cstring>

namespace LibManager {

QVariantList TypedProxy::unpack(char typeCode, const QByteArray &packed)
{
    const TypeCode *type = TypeCode::find(typeCode);
    QVariantList out;
    if (!type)
        return out;
    const qsizetype count = packed.size() / type->size();
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        out.append(type->decode(packed.constData() + i * type->size()));
    return out;
}

char ArrayProxy::typeCode() const
{
    if (m_typeCode == 0)
        m_typeCode = TypedProxy::typeCodeOf(ProxyPrivate::call(*this, ArrayWire::TypeCode).value());
    return m_typeCode;
}

int ArrayProxy::size() const
{
    return ProxyPrivate::call(*this, ArrayWire::Len).value().toInt();
}

Reply ArrayProxy::at(int index) const
{
    return ProxyPrivate::call(*this, ArrayWire::GetItem, { index });
}

bool ArrayProxy::set(int index, const QVariant &value)
{
    return ProxyPrivate::call(*this, ArrayWire::SetItem, { index, value }).isValid();
}

Reply ArrayProxy::slice(int start, int stop) const
{
    const Reply reply = ProxyPrivate::call(*this, ArrayWire::GetSlice, { start, stop });
    if (!reply.isValid())
        return reply;
    return Reply::fromValue(TypedProxy::unpack(typeCode(), reply.value().toByteArray()));
}

bool ArrayProxy::setSlice(int start, const QVariantList &values)
{
    return ProxyPrivate::call(*this, ArrayWire::SetSlice, { start, QVariant(values) }).isValid();
}

QByteArray ArrayProxy::rawData() const
{
    return ProxyPrivate::call(*this, ArrayWire::ToList).value().toByteArray();
}

QVariantList ArrayProxy::toList() const
{
    return TypedProxy::unpack(typeCode(), rawData());
}

namespace {
// The elements of \a packed as doubles (an Array of any typecode).
QList<double> doublesFrom(char typeCode, const QByteArray &packed)
{
    if (typeCode != 'd') {
        QList<double> out;
        for (const QVariant &value : TypedProxy::unpack(typeCode, packed))
            out.append(value.toDouble());
        return out;
    }
    // Packed doubles: one copy on little-endian hosts.
    const qsizetype count = packed.size() / 8;
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    // memcpy, not a cast: the bytes may sit at any offset of a buffer read off the socket, and
    // a double loaded from a misaligned address is undefined behaviour (UBSan caught one).
    QList<double> out(count);
    if (count > 0)
        std::memcpy(out.data(), packed.constData(), size_t(count) * sizeof(double));
    return out;
#else
    QList<double> out(count);
    for (qsizetype i = 0; i < count; ++i)
        out[i] = qFromLittleEndian<double>(packed.constData() + i * 8);
    return out;
#endif
}

QList<qint64> integersFrom(const QVariantList &values)
{
    QList<qint64> out;
    for (const QVariant &value : values)
        out.append(value.toLongLong());
    return out;
}

QByteArray packDoubles(const QList<double> &values)
{
    QByteArray packed(values.size() * 8, Qt::Uninitialized);
    for (qsizetype i = 0; i < values.size(); ++i)
        qToLittleEndian<double>(values.at(i), packed.data() + i * 8);
    return packed;
}

/*!
    An Adapter for packed elements, converted by \a convert(typeCode, packed). \a typeCode is
    known, or was asked for just before in the same pipeline: a connection's calls that do not
    park are answered in order, so its answer has come when the packed one comes.
*/
template<typename Convert>
PendingCallState::Adapter unpacking(const PendingReply<char> &typeCode, Convert convert)
{
    return [typeCode, convert](QVariant &&packed) {
        if (!typeCode.isValid()) {
            return typeCode.isFinished()
                ? typeCode.reply()
                : Reply::fromError(Error::ProtocolError,
                                   Tr::tr("the array's typecode was not answered first"));
        }
        return Reply::fromValue(
            QVariant::fromValue(convert(typeCode.value(), packed.toByteArray())));
    };
}

// Packed little-endian doubles, appended to the list as they come off the socket: the copy
// reads bytes still in the cache, where converting a whole received buffer afterwards reads
// them back from memory (it cost a third of a fetch of 1M doubles).
class DoublesSink : public BulkSink
{
public:
    explicit DoublesSink(QList<double> *out) : m_out(out) { }
    bool begun() const { return m_begun; }
    void begin(qsizetype size) override
    {
        m_begun = true;
        m_out->reserve(size / 8);
    }
    void write(const char *data, qsizetype size) override
    {
        if (m_carried > 0) { // a double split between two pieces
            const qsizetype take = qMin<qsizetype>(8 - m_carried, size);
            std::memcpy(m_carry + m_carried, data, size_t(take));
            m_carried += take;
            data += take;
            size -= take;
            if (m_carried < 8)
                return;
            m_out->append(qFromLittleEndian<double>(m_carry));
            m_carried = 0;
        }
        const qsizetype whole = size / 8;
        if (whole > 0) {
            const qsizetype at = m_out->size();
            m_out->resize(at + whole); // within the reserved capacity
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
            std::memcpy(m_out->data() + at, data, size_t(whole) * 8);
#else
            for (qsizetype i = 0; i < whole; ++i)
                (*m_out)[at + i] = qFromLittleEndian<double>(data + i * 8);
#endif
        }
        m_carried = size - whole * 8;
        std::memcpy(m_carry, data + whole * 8, size_t(m_carried));
    }

private:
    QList<double> *m_out;
    char m_carry[8] = {};
    qsizetype m_carried = 0;
    bool m_begun = false;
};
} // namespace

QList<double> ArrayProxy::toDoubles() const
{
    const char code = typeCode();
    if (code != 'd')
        return doublesFrom(code, rawData());
    // The common bulk case: a large answer streams into the list (DoublesSink), a small one is
    // converted from its packed bytes.
    QList<double> out;
    DoublesSink sink(&out);
    const Reply reply
        = ProxyPrivate::call(*this, ArrayWire::ToList, nullptr, 0, DefaultTimeout, &sink);
    if (sink.begun())
        return reply.isValid() ? out : QList<double>();
    return doublesFrom(code, reply.value().toByteArray());
}

QList<qint64> ArrayProxy::toIntegers() const
{
    return integersFrom(toList());
}

bool ArrayProxy::assign(const QVariantList &values)
{
    return ProxyPrivate::call(*this, ArrayWire::Assign, { QVariant(values) }).isValid();
}

bool ArrayProxy::assign(const QList<double> &values)
{
    if (typeCode() != 'd')
        return assign(QVariantList(values.cbegin(), values.cend()));
    return ProxyPrivate::call(*this, ArrayWire::Assign, { packDoubles(values) }).isValid();
}

PendingReply<char> ArrayProxy::typeCodeAsync() const
{
    if (m_typeCode != 0)
        return TypedProxy::finished<char>(Reply::fromValue(QVariant::fromValue(m_typeCode)));
    // The answer is kept, as typeCode() keeps it: a change event is unpacked with it, and an
    // asynchronous user (an item model) must not make handleEvent() ask synchronously.
    return TypedProxy::adapted<char>(
            ProxyPrivate::callAsync(*this, ArrayWire::TypeCode),
            [self = QPointer<const ArrayProxy>(this)](QVariant &&answer) {
                const char code = TypedProxy::typeCodeOf(answer);
                if (self && self->thread() == QThread::currentThread())
                    self->m_typeCode = code;
                return Reply::fromValue(QVariant::fromValue(code));
            });
}

PendingReply<int> ArrayProxy::sizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, ArrayWire::Len);
}

PendingReply<QVariant> ArrayProxy::atAsync(int index) const
{
    return TypedProxy::callAsync(*this, ArrayWire::GetItem, { index });
}

PendingReply<void> ArrayProxy::setAsync(int index, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, ArrayWire::SetItem, { index, value });
}

PendingReply<QVariantList> ArrayProxy::sliceAsync(int start, int stop) const
{
    const PendingReply<char> code = typeCodeAsync();
    return TypedProxy::adapted<QVariantList>(
        ProxyPrivate::callAsync(*this, ArrayWire::GetSlice, { start, stop }),
        unpacking(code, TypedProxy::unpack));
}

PendingReply<void> ArrayProxy::setSliceAsync(int start, const QVariantList &values)
{
    return TypedProxy::callAsync<void>(*this, ArrayWire::SetSlice,
                                       { start, QVariant(values) });
}

PendingReply<QVariantList> ArrayProxy::toListAsync() const
{
    const PendingReply<char> code = typeCodeAsync();
    return TypedProxy::adapted<QVariantList>(
        ProxyPrivate::callAsync(*this, ArrayWire::ToList),
        unpacking(code, TypedProxy::unpack));
}

PendingReply<QList<double>> ArrayProxy::toDoublesAsync() const
{
    const PendingReply<char> code = typeCodeAsync();
    return TypedProxy::adapted<QList<double>>(
        ProxyPrivate::callAsync(*this, ArrayWire::ToList), unpacking(code, doublesFrom));
}

PendingReply<QList<qint64>> ArrayProxy::toIntegersAsync() const
{
    const PendingReply<char> code = typeCodeAsync();
    return TypedProxy::adapted<QList<qint64>>(
        ProxyPrivate::callAsync(*this, ArrayWire::ToList),
        unpacking(code, [](char typeCode, const QByteArray &packed) {
            return integersFrom(TypedProxy::unpack(typeCode, packed));
        }));
}

PendingReply<QByteArray> ArrayProxy::rawDataAsync() const
{
    return TypedProxy::callAsync<QByteArray>(*this, ArrayWire::ToList);
}

PendingReply<void> ArrayProxy::assignAsync(const QVariantList &values)
{
    return TypedProxy::callAsync<void>(*this, ArrayWire::Assign, { QVariant(values) });
}

PendingReply<void> ArrayProxy::assignAsync(const QList<double> &values)
{
    // The typecode as far as known without asking: asking would mean waiting.
    if (m_typeCode != 'd')
        return assignAsync(QVariantList(values.cbegin(), values.cend()));
    return TypedProxy::callAsync<void>(*this, ArrayWire::Assign, { packDoubles(values) });
}

namespace {
// A window whose items came packed.
ItemWindow unpackedWindow(char typeCode, const QVariant &answer)
{
    ItemWindow window = ContainerResults::itemWindow(answer);
    window.items = TypedProxy::unpack(typeCode, answer.toMap().value(QStringLiteral("items")).toByteArray());
    return window;
}
} // namespace

ItemWindow ArrayProxy::window(qint64 start, int count) const
{
    const Reply reply = ProxyPrivate::call(*this, ArrayWire::Window, { start, count });
    return reply.isValid() ? unpackedWindow(typeCode(), reply.value()) : ItemWindow();
}

PendingReply<ItemWindow> ArrayProxy::windowAsync(qint64 start, int count) const
{
    const PendingReply<char> code = typeCodeAsync();
    return TypedProxy::adapted<ItemWindow>(
        ProxyPrivate::callAsync(*this, ArrayWire::Window, { start, count }),
        [code](QVariant &&answer) {
            if (!code.isValid()) {
                return code.isFinished()
                    ? code.reply()
                    : Reply::fromError(Error::ProtocolError,
                                       Tr::tr("the array's typecode was not answered first"));
            }
            return Reply::fromValue(QVariant::fromValue(unpackedWindow(code.value(), answer)));
        });
}

void ArrayProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == ArrayWire::ChangedEvent)
        Q_EMIT itemsChanged(args.value(0).toInt(), TypedProxy::unpack(typeCode(), args.value(1).toByteArray()));
}

} // namespace LibManager
