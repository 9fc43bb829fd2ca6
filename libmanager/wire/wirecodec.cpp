// SPDX-License-Identifier: BSD-3-Clause
#include "wirecodec_p.h"
#include "framereader_p.h"
#include <libmanager/token.h>
#include <libmanager/tr_p.h>

#include <QtCore/qbitarray.h>
#include <QtCore/qbuffer.h>
#include <QtCore/qdatastream.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qendian.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qtimezone.h>

#include <atomic>
#include <cctype>
#include <cstring>
#include <new>

/*
    Every field is written exactly as QDataStream (version Protocol::DataStreamVersion,
    big-endian) writes it, but by hand: a QDataStream needs a QBuffer per frame, and reading a
    QBuffer field by field costs more than the rest of a call. QDataStream itself still reads
    and writes the values of Tag::Other, whose formats are Qt's business.
*/

namespace LibManager::Wire {

using Protocol::Kind;
using Protocol::Tag;

namespace {

constexpr quint32 NullMarker = 0xffffffff;

// setTokenForObject(): read only for an object in a value, off the path of plain values.
std::atomic<TokenForObject> tokenForObject { nullptr };

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

class Writer
{
public:
    explicit Writer(QByteArray *out) : m_out(out), m_end(out->size()) { }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;
    ~Writer() { commit(); }

    /*! Room for \a count more bytes at the end. The buffer grows ahead of what is written,
        so that a message costs one or two resize() calls rather than one per field
        (QByteArray::append() goes through insert() in Qt 6.4, dearer still); commit() trims
        it back to what was written. Between the two, fields are written through a pointer
        kept here, without asking the QByteArray for its size and data every time. */
    // Always inlined: GCC stopped doing so by itself once the decoder's templates grew this
    // file, which cost a call about 75 instructions.
    Q_ALWAYS_INLINE char *grow(qsizetype count)
    {
        const qsizetype at = m_end;
        m_end += count;
        if (m_end > m_room)
            makeRoom();
        return m_data + at;
    }
    /*! Drops the room grown ahead: the buffer ends where the writing did. */
    // Inlined into every encoder: GCC stops doing so by itself once enough encoders call it,
    // which cost a pipelined call about 45 instructions.
    Q_ALWAYS_INLINE void commit()
    {
        if (m_out->size() != m_end) {
            m_out->resize(m_end);
            m_data = m_out->data();
        }
        m_room = m_data ? m_end : -1;
    }
    /*! What has been written so far, the buffer's earlier contents included. */
    qsizetype size() const { return m_end; }
    char *data() { return m_out->data(); }
    void truncate(qsizetype size) { m_end = size; }
    Q_ALWAYS_INLINE void u8(quint8 value) { *grow(1) = char(value); }
    template<typename T>
    Q_ALWAYS_INLINE void number(T value)
    {
        qToBigEndian<T>(value, grow(sizeof(T)));
    }
    Q_ALWAYS_INLINE void u16(quint16 value) { number(value); }
    Q_ALWAYS_INLINE void u32(quint32 value) { number(value); }
    Q_ALWAYS_INLINE void u64(quint64 value) { number(value); }
    Q_ALWAYS_INLINE void i32(qint32 value) { number(value); }
    Q_ALWAYS_INLINE void i64(qint64 value) { number(value); }
    Q_ALWAYS_INLINE void f64(double value)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        number(bits);
    }
    Q_ALWAYS_INLINE void raw(const char *data, qsizetype size)
    {
        if (size > 0)
            std::memcpy(grow(size), data, size_t(size));
    }
    Q_ALWAYS_INLINE void bytes(const QByteArray &value)
    {
        if (value.isNull()) {
            u32(NullMarker);
            return;
        }
        u32(quint32(value.size()));
        raw(value.constData(), value.size());
    }
    /*! A QByteArray field holding \a text in Latin-1, without making the QByteArray. */
    Q_ALWAYS_INLINE void latin1(QStringView text)
    {
        u32(quint32(text.size()));
        char *out = grow(text.size());
        for (qsizetype i = 0; i < text.size(); ++i)
            out[i] = text.at(i).toLatin1();
    }
    Q_ALWAYS_INLINE void string(const QString &value)
    {
        if (value.isNull()) {
            u32(NullMarker);
            return;
        }
        u32(quint32(value.size() * 2));
        qToBigEndian<quint16>(value.constData(), value.size(), grow(value.size() * 2));
    }
private:
    void makeRoom()
    {
        m_out->resize(m_end + Slack); // capacity itself grows geometrically
        m_data = m_out->data();
        m_room = m_out->size();
    }

    static constexpr qsizetype Slack = 256;
    QByteArray *m_out;
    char *m_data = nullptr; // m_out's bytes, once room has been made
    qsizetype m_end;  // where the next field goes
    qsizetype m_room = -1; // how far m_data may be written (-1: no room made yet)
};

// Counted: whether it counts what the decoded values take (see charge()). A frame too small to
// decode into more than Protocol::ReleaseDecodedAbove (SmallFrame) is read without counting:
// a small call must not pay for it.
template<bool Counted>
class Reader
{
public:
    /*! \a owner, if given, holds the bytes at \a data: the first large byte array read may
        take it over instead of being copied out of it. */
    Reader(const char *data, qsizetype size, QByteArray *owner = nullptr,
           qsizetype budget = Protocol::DefaultDecodeBudget)
        : m_p(data), m_end(data + size), m_owner(owner), m_limit(budget)
    {
    }

    bool ok() const { return m_ok; }
    /*! Counts \a bytes of memory that the values being decoded take; false (and the reader
        fails) once they pass the limit. Called before the memory is asked for. */
    bool charge(qsizetype bytes)
    {
        if constexpr (!Counted)
            return true;
        m_charged += bytes;
        if (Q_LIKELY(m_charged <= m_limit))
            return true;
        m_ok = false;
        return false;
    }
    /*! The memory counted so far: above limit() once the values took too much. */
    qsizetype charged() const { return m_charged; }
    qsizetype limit() const { return m_limit; }
    void setFailed() { m_ok = false; }
    qsizetype remaining() const { return m_end - m_p; }
    bool atEnd() const { return m_p == m_end; }
    const char *position() const { return m_p; }
    void skip(qsizetype count) { m_p += count; }

    bool need(qsizetype count)
    {
        if (m_ok && m_end - m_p >= count)
            return true;
        m_ok = false;
        return false;
    }
    quint8 u8() { return need(1) ? quint8(*m_p++) : 0; }
    template<typename T>
    T number()
    {
        if (!need(sizeof(T)))
            return T(0);
        const T value = qFromBigEndian<T>(m_p);
        m_p += sizeof(T);
        return value;
    }
    quint32 u32() { return number<quint32>(); }
    quint64 u64() { return number<quint64>(); }
    qint32 i32() { return number<qint32>(); }
    qint64 i64() { return number<qint64>(); }
    double f64()
    {
        const quint64 bits = u64();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    QByteArray bytes()
    {
        const quint32 size = u32();
        if (!m_ok || size == NullMarker)
            return {};
        if (!need(size) || !charge(qsizetype(size) + StringOverhead))
            return {};
        if (m_owner && size >= BulkBytes) {
            // Bulk data (an Array's contents): the frame's buffer becomes the value, cut down
            // to it. Removing from the front of an unshared QByteArray only moves its start.
            const qsizetype offset = m_p - m_owner->constData();
            QByteArray value = std::move(*m_owner);
            m_owner = nullptr;
            value.remove(0, offset);
            value.truncate(size);
            m_p += size;
            return value;
        }
        QByteArray value = size == 0 ? QByteArray("") : QByteArray(m_p, size);
        m_p += size;
        return value;
    }
    QString string()
    {
        QString value;
        stringInto(&value);
        return value;
    }
    /*! Reads a string into \a value's own buffer when it has one that is not shared and has
        room (otherwise a new one): messages are decoded into the same argument list frame
        after frame, so a call's string arguments then cost no allocation. */
    void stringInto(QString *value)
    {
        const quint32 size = u32();
        if (!m_ok || size == NullMarker) {
            *value = QString();
            return;
        }
        if ((size & 1) || !need(size) || !charge(qsizetype(size) + StringOverhead)) {
            m_ok = false;
            *value = QString();
            return;
        }
        if (size == 0) {
            *value = QString(QLatin1String(""));
            return;
        }
        if (!value->isDetached())
            *value = QString(); // shared (kept by the server, say): a buffer of its own
        value->resize(qsizetype(size / 2));
        qFromBigEndian<quint16>(m_p, size / 2, value->data());
        m_p += size;
    }
    void stringInto(QVariant *value)
    {
        if (value->metaType().id() == QMetaType::QString)
            stringInto(static_cast<QString *>(value->data()));
        else
            *value = QVariant(string());
    }

    // A QString's or QByteArray's heap block beyond its payload (header, terminator, rounding).
    static constexpr qsizetype StringOverhead = 32;

private:
    const char *m_p;
    const char *m_end;
    QByteArray *m_owner;
    qsizetype m_limit; // what the decoded values may take
    qsizetype m_charged = 0;
    bool m_ok = true;
};

// Appends one frame: the length is patched in at the end; rollback() takes it back out.
class FrameWriter : public Writer
{
public:
    explicit FrameWriter(QByteArray *out) : Writer(out), m_start(out->size())
    {
        grow(Protocol::FrameHeaderSize);
    }
    void kind(Kind kind) { u8(quint8(kind)); }
    Q_ALWAYS_INLINE bool finish()
    {
        qToBigEndian<quint32>(quint32(size() - m_start - Protocol::FrameHeaderSize), data() + m_start);
        commit();
        return true;
    }
    bool rollback()
    {
        truncate(m_start);
        commit();
        return false;
    }

private:
    qsizetype m_start;
};

bool isSafeTimeZoneId(const QByteArray &id)
{
    // Qt opens a file named after the id: accept only ids shaped like IANA names.
    if (id.isEmpty() || id.size() > 64 || id.contains("..") || !std::isalpha(static_cast<unsigned char>(id.at(0))))
        return false;
    for (char c : id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-' && c != '+' && c != '/')
            return false;
    }
    return QTimeZone::isTimeZoneIdAvailable(id);
}

bool write(Writer &out, const QVariant &value, QString *why, int depth);
template<typename Reader>
bool read(Reader &in, QVariant *value, QString *why, int depth);

template<typename Map>
bool writeMap(Writer &out, Tag tag, const Map &map, QString *why, int depth)
{
    out.u8(quint8(tag));
    out.u32(quint32(map.size()));
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out.string(it.key());
        if (!write(out, it.value(), why, depth + 1))
            return false;
    }
    return true;
}

bool write(Writer &out, const QVariant &value, QString *why, int depth)
{
    const QMetaType type = value.metaType();
    const int id = type.id();
    if ((id == QMetaType::QVariantList || id == QMetaType::QVariantMap || id == QMetaType::QVariantHash)
        && depth >= Protocol::MaxNestingDepth) {
        return fail(why,
                    Tr::tr("containers nest more than %1 deep").arg(Protocol::MaxNestingDepth));
    }
    switch (id) {
    case QMetaType::UnknownType:
    case QMetaType::Void:
    case QMetaType::Nullptr:
        out.u8(quint8(Tag::Null));
        return true;
    case QMetaType::Bool:
        out.u8(quint8(Tag::Bool));
        out.u8(quint8(*static_cast<const bool *>(value.constData())));
        return true;
    case QMetaType::Int:
        out.u8(quint8(Tag::Int));
        out.i32(*static_cast<const int *>(value.constData()));
        return true;
    case QMetaType::LongLong:
        out.u8(quint8(Tag::LongLong));
        out.i64(*static_cast<const qlonglong *>(value.constData()));
        return true;
    case QMetaType::UInt:
        out.u8(quint8(Tag::UInt));
        out.u32(*static_cast<const uint *>(value.constData()));
        return true;
    case QMetaType::ULongLong:
        out.u8(quint8(Tag::ULongLong));
        out.u64(*static_cast<const qulonglong *>(value.constData()));
        return true;
    case QMetaType::Double:
        out.u8(quint8(Tag::Double));
        out.f64(*static_cast<const double *>(value.constData()));
        return true;
    case QMetaType::QString:
        out.u8(quint8(Tag::String));
        out.string(*static_cast<const QString *>(value.constData()));
        return true;
    case QMetaType::QByteArray:
        out.u8(quint8(Tag::Bytes));
        out.bytes(*static_cast<const QByteArray *>(value.constData()));
        return true;
    case QMetaType::QStringList: {
        const auto &list = *static_cast<const QStringList *>(value.constData());
        out.u8(quint8(Tag::StringList));
        out.u32(quint32(list.size()));
        for (const QString &item : list)
            out.string(item);
        return true;
    }
    case QMetaType::QVariantList: {
        const auto &list = *static_cast<const QVariantList *>(value.constData());
        out.u8(quint8(Tag::List));
        out.u32(quint32(list.size()));
        for (const QVariant &item : list) {
            if (!write(out, item, why, depth + 1))
                return false;
        }
        return true;
    }
    case QMetaType::QVariantMap:
        return writeMap(out, Tag::Map, *static_cast<const QVariantMap *>(value.constData()), why, depth);
    case QMetaType::QVariantHash:
        return writeMap(out, Tag::Hash, *static_cast<const QVariantHash *>(value.constData()), why, depth);
    case QMetaType::QByteArrayList: {
        const auto &list = *static_cast<const QByteArrayList *>(value.constData());
        out.u8(quint8(Tag::ByteArrayList));
        out.u32(quint32(list.size()));
        for (const QByteArray &item : list)
            out.bytes(item);
        return true;
    }
    case QMetaType::QBitArray: {
        const auto &bits = *static_cast<const QBitArray *>(value.constData());
        out.u8(quint8(Tag::BitArray));
        out.u32(quint32(bits.size()));
        out.bytes(QByteArray(bits.bits(), (bits.size() + 7) / 8));
        return true;
    }
    case QMetaType::QDateTime: {
        const auto &dateTime = *static_cast<const QDateTime *>(value.constData());
        out.u8(quint8(Tag::DateTime));
        if (!dateTime.isValid()) {
            out.i64(0);
            out.u8(255);
            out.i32(0);
            out.bytes(QByteArray());
            return true;
        }
        out.i64(dateTime.toMSecsSinceEpoch());
        out.u8(quint8(dateTime.timeSpec()));
        out.i32(dateTime.offsetFromUtc());
        out.bytes(dateTime.timeSpec() == Qt::TimeZone ? dateTime.timeZone().id() : QByteArray());
        return true;
    }
    default:
        break;
    }
    if (type == QMetaType::fromType<Token>()) {
        const auto &token = *static_cast<const Token *>(value.constData());
        out.u8(quint8(Tag::Token));
        out.string(token.address());
        out.string(token.typeId());
        out.u64(token.objectId());
        out.bytes(token.serverId());
        return true;
    }
    if (type.flags() & QMetaType::PointerToQObject) {
        // A proxy travels as its token: the receiver gets a proxy to the same object.
        const TokenForObject tokenFor = tokenForObject.load(std::memory_order_acquire);
        const Token token = tokenFor ? tokenFor(*static_cast<QObject *const *>(value.constData()))
                                     : Token();
        if (!token.isValid())
            return fail(why,
                        Tr::tr("cannot send a %1: only proxies travel as objects")
                            .arg(QString::fromLatin1(type.name())));
        return write(out, QVariant::fromValue(token), why, depth);
    }
    if (!isOpaqueTypeAllowed(type)) {
        if (type.id() >= QMetaType::User && !type.hasRegisteredDataStreamOperators())
            return fail(why,
                        Tr::tr("cannot send a %1: it has no QDataStream operators")
                            .arg(QString::fromLatin1(type.name())));
        return fail(why,
                    Tr::tr("cannot send a %1: not a type libmanager carries "
                           "(send its data as a list, map or byte array)")
                        .arg(QString::fromLatin1(type.name())));
    }
    // QVariant's own layout, by hand around QDataStream's save(), so that a type it cannot
    // save is an error here rather than an assertion inside QVariant::save().
    QByteArray opaque;
    {
        QDataStream stream(&opaque, QIODevice::WriteOnly);
        stream.setVersion(Protocol::DataStreamVersion);
        stream.setByteOrder(QDataStream::BigEndian);
        if (type.id() >= QMetaType::User)
            stream << quint32(QMetaType::User) << qint8(value.isNull()) << QByteArray(type.name());
        else
            stream << quint32(type.id()) << qint8(value.isNull());
        if (!type.save(stream, value.constData()))
            return fail(why, Tr::tr("cannot send a %1").arg(QString::fromLatin1(type.name())));
    }
    out.u8(quint8(Tag::Other));
    out.raw(opaque.constData(), opaque.size());
    return true;
}

// A List's count and items (its tag already read), appended to \a list.
// Reads a list's items over what \a list holds (read() replaces each value, reusing what it
// can: the message's argument list is read into frame after frame), then drops the rest.
template<typename Reader>
bool readList(Reader &in, QVariantList *list, QString *why, int depth)
{
    const quint32 count = in.u32();
    if (!in.ok() || qint64(count) > in.remaining())
        return fail(why, Tr::tr("list claims %1 items, more than the frame holds").arg(count));
    // A Null is one byte on the wire and a QVariant in the list: count before reserving.
    if (!in.charge(qsizetype(count) * qsizetype(sizeof(QVariant))))
        return false;
    if (list->size() > qsizetype(count))
        list->resize(count);
    else
        list->reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        if (qsizetype(i) == list->size())
            list->emplace_back();
        if (!read(in, &(*list)[i], why, depth + 1))
            return false;
    }
    return true;
}

// What a map entry takes besides its key's and value's own buffers: the key, the QVariant and
// the node (QMap's tree node, QHash's span entry and slack).
constexpr qsizetype MapEntryCost = qsizetype(sizeof(QString) + sizeof(QVariant)) + 40;

template<typename Map, typename Reader>
bool readMap(Reader &in, QVariant *value, QString *why, int depth)
{
    const quint32 count = in.u32();
    // Every entry takes at least 5 bytes (an empty key and a Null tag).
    if (!in.ok() || qint64(count) * 5 > in.remaining())
        return fail(why, Tr::tr("map claims %1 entries, more than the frame holds").arg(count));
    if (!in.charge(qsizetype(count) * MapEntryCost))
        return false;
    Map map;
    for (quint32 i = 0; i < count; ++i) {
        const QString key = in.string();
        if (!in.ok())
            return fail(why, Tr::tr("truncated map key"));
        QVariant item;
        if (!read(in, &item, why, depth + 1))
            return false;
        map.insert(key, item);
    }
    *value = QVariant::fromValue(map);
    return true;
}

template<typename Reader>
bool readOpaque(Reader &in, QVariant *value, QString *why)
{
    const QByteArray rest = QByteArray::fromRawData(in.position(), in.remaining());
    QDataStream stream(rest);
    stream.setVersion(Protocol::DataStreamVersion);
    stream.setByteOrder(QDataStream::BigEndian);
    quint32 typeId = 0;
    qint8 isNull = 0;
    stream >> typeId >> isNull;
    QMetaType type;
    if (typeId == QMetaType::User) {
        QByteArray name;
        stream >> name;
        type = QMetaType::fromName(name);
        if (stream.status() == QDataStream::Ok && !type.isValid())
            return fail(why, Tr::tr("unknown type %1").arg(QString::fromLatin1(name.left(64))));
    } else {
        type = QMetaType(int(typeId));
    }
    if (stream.status() != QDataStream::Ok)
        return fail(why, Tr::tr("truncated value"));
    if (!type.isValid() || typeId == QMetaType::UnknownType)
        return fail(why, Tr::tr("unknown type id %1").arg(typeId));
    if (!isOpaqueTypeAllowed(type))
        return fail(
            why,
            Tr::tr("a %1 may not travel as an opaque value").arg(QString::fromLatin1(type.name())));
    QVariant v(type);
    if (!type.load(stream, v.data()))
        return fail(why, Tr::tr("cannot read a %1").arg(QString::fromLatin1(type.name())));
    if (stream.status() != QDataStream::Ok)
        return fail(why, Tr::tr("truncated value"));
    const qsizetype consumed = qsizetype(stream.device()->pos());
    // Qt's readers keep their own layouts: an estimate, counted once they are done (their
    // input is bounded by the frame).
    if (!in.charge(type.sizeOf() + 4 * consumed))
        return false;
    in.skip(consumed);
    *value = std::move(v);
    return true;
}

// A Token's shared data, besides its strings.
constexpr qsizetype TokenOverhead = 64;

template<typename Reader>
bool read(Reader &in, QVariant *value, QString *why, int depth)
{
    const quint8 rawTag = in.u8();
    if (!in.ok())
        return fail(why, Tr::tr("truncated value"));
    // Containers count: the argument list is level 1, a list in it level 2, and so on.
    const Tag tag = Tag(rawTag);
    if ((tag == Tag::List || tag == Tag::Map || tag == Tag::Hash) && depth >= Protocol::MaxNestingDepth)
        return fail(why, Tr::tr("containers nest deeper than %1").arg(Protocol::MaxNestingDepth));
    switch (tag) {
    case Tag::Null: *value = QVariant(); break;
    case Tag::Bool: *value = QVariant(in.u8() != 0); break;
    case Tag::Int: *value = QVariant(int(in.i32())); break;
    case Tag::LongLong: *value = QVariant(qlonglong(in.i64())); break;
    case Tag::UInt: *value = QVariant(uint(in.u32())); break;
    case Tag::ULongLong: *value = QVariant(qulonglong(in.u64())); break;
    case Tag::Double: *value = QVariant(in.f64()); break;
    case Tag::String: in.stringInto(value); break;
    case Tag::Bytes: *value = QVariant(in.bytes()); break;
    case Tag::StringList: {
        const quint32 count = in.u32();
        if (!in.ok() || qint64(count) * 4 > in.remaining())
            return fail(
                why, Tr::tr("string list claims %1 strings, more than the frame holds").arg(count));
        if (!in.charge(qsizetype(count) * qsizetype(sizeof(QString))))
            return false;
        QStringList list;
        list.reserve(count);
        for (quint32 i = 0; i < count && in.ok(); ++i)
            list.append(in.string());
        *value = QVariant(list);
        break;
    }
    case Tag::List: {
        QVariantList list;
        if (!readList(in, &list, why, depth))
            return false;
        *value = QVariant(std::move(list));
        break;
    }
    case Tag::Map:
        if (!readMap<QVariantMap>(in, value, why, depth))
            return false;
        break;
    case Tag::Hash:
        if (!readMap<QVariantHash>(in, value, why, depth))
            return false;
        break;
    case Tag::Token: {
        const QString address = in.string();
        const QString typeId = in.string();
        const quint64 id = in.u64();
        const QByteArray serverId = in.bytes();
        if (!in.charge(TokenOverhead))
            return false;
        *value = QVariant::fromValue(Token(address, typeId, id, serverId));
        break;
    }
    case Tag::Other:
        if (!readOpaque(in, value, why))
            return false;
        break;
    case Tag::DateTime: {
        const qint64 msecs = in.i64();
        const quint8 spec = in.u8();
        const qint32 offset = in.i32();
        const QByteArray zone = in.bytes();
        if (!in.ok())
            return fail(why, Tr::tr("truncated value"));
        switch (spec) {
        case 255: *value = QVariant(QDateTime()); break;
        case Qt::LocalTime: *value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime); break;
        case Qt::UTC: *value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); break;
        case Qt::OffsetFromUTC:
            if (offset < -14 * 3600 || offset > 14 * 3600)
                return fail(why, Tr::tr("a UTC offset of %1 s").arg(offset));
            *value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
            break;
        case Qt::TimeZone:
            if (!isSafeTimeZoneId(zone))
                return fail(why, Tr::tr("unknown time zone id"));
            *value = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(zone));
            break;
        default:
            return fail(why, Tr::tr("unknown time spec %1").arg(spec));
        }
        break;
    }
    case Tag::BitArray: {
        const quint32 size = in.u32();
        const QByteArray bits = in.bytes();
        if (!in.ok() || bits.size() != qsizetype((quint64(size) + 7) / 8))
            return fail(why, Tr::tr("malformed bit array"));
        *value = QVariant(QBitArray::fromBits(bits.constData(), qsizetype(size)));
        break;
    }
    case Tag::ByteArrayList: {
        const quint32 count = in.u32();
        if (!in.ok() || qint64(count) * 4 > in.remaining())
            return fail(
                why,
                Tr::tr("byte array list claims %1 items, more than the frame holds").arg(count));
        if (!in.charge(qsizetype(count) * qsizetype(sizeof(QByteArray))))
            return false;
        QByteArrayList list;
        list.reserve(count);
        for (quint32 i = 0; i < count && in.ok(); ++i)
            list.append(in.bytes());
        *value = QVariant::fromValue(list);
        break;
    }
    default:
        return fail(why, Tr::tr("unknown value tag %1").arg(rawTag));
    }
    if (!in.ok())
        return fail(why, Tr::tr("truncated value"));
    return true;
}

template<typename Reader>
bool readArgs(Reader &in, Message *message, QString *why)
{
    // A List value, read straight into the message's list rather than into a QVariant, over
    // the previous message's arguments.
    if (in.u8() != quint8(Tag::List) || !in.ok())
        return fail(why, Tr::tr("arguments are not a list"));
    return readList(in, &message->args, why, 0);
}

// A method or event name, into \a name's own buffer when it has one.
template<typename Reader>
void readName(Reader &in, QByteArray *name)
{
    const quint32 size = in.u32();
    if (!in.ok() || size == NullMarker || !in.need(size) || !in.charge(qsizetype(size))) {
        name->clear();
        return;
    }
    // Calls tend to repeat their method: then the name is already there.
    if (name->size() != qsizetype(size) || std::memcmp(name->constData(), in.position(), size) != 0) {
        name->resize(qsizetype(size));
        if (size > 0)
            std::memcpy(name->data(), in.position(), size);
    }
    in.skip(size);
}

template<typename Reader>
bool decode(Reader &in, Message *message, QString *why)
{
    const quint8 kind = in.u8();
    if (!in.ok())
        return fail(why, Tr::tr("empty frame"));
    message->kind = Kind(kind);
    switch (Kind(kind)) {
    case Kind::Call:
    case Kind::Post:
        message->requestId = in.u32();
        message->objectId = in.u64();
        readName(in, &message->name);
        if (!in.ok())
            return fail(why, Tr::tr("truncated call"));
        if (!readArgs(in, message, why))
            return false;
        break;
    case Kind::Release:
        message->objectId = in.u64();
        message->count = in.u32();
        break;
    case Kind::Cancel:
        message->requestId = in.u32();
        break;
    case Kind::Subscribe:
        message->requestId = in.u32();
        message->objectId = in.u64();
        break;
    case Kind::Unsubscribe:
        message->objectId = in.u64();
        break;
    case Kind::Ping:
    case Kind::Pong:
        break;
    case Kind::Result:
    case Kind::ObjectResult:
        message->requestId = in.u32();
        if (!in.ok())
            return fail(why, Tr::tr("truncated result"));
        if (!read(in, &message->value, why, 0))
            return false;
        if (kind == quint8(Kind::ObjectResult) && message->value.metaType() != QMetaType::fromType<Token>())
            return fail(why, Tr::tr("an object result without a token"));
        break;
    case Kind::Failure: {
        message->requestId = in.u32();
        const quint16 code = in.template number<quint16>();
        message->text = in.string();
        message->error = Error(code);
        if (!in.ok())
            return fail(why, Tr::tr("truncated failure"));
        if (code == 0)
            return fail(why, Tr::tr("failure without an error code"));
        break;
    }
    case Kind::Event:
        message->objectId = in.u64();
        readName(in, &message->name);
        if (!in.ok())
            return fail(why, Tr::tr("truncated event"));
        if (!readArgs(in, message, why))
            return false;
        break;
    case Kind::EventInfo:
        message->objectId = in.u64();
        readName(in, &message->name);
        if (!in.ok())
            return fail(why, Tr::tr("truncated event"));
        if (!readArgs(in, message, why))
            return false;
        message->version = in.u64();
        message->origin = in.u64();
        message->position = qint64(in.u64());
        break;
    case Kind::Goodbye:
        message->text = in.string();
        break;
    default:
        return fail(why, Tr::tr("unknown message kind %1").arg(kind));
    }
    if (!in.ok())
        return fail(why, Tr::tr("truncated message (kind %1)").arg(kind));
    if (!in.atEnd())
        return fail(
            why, Tr::tr("%1 stray bytes after a message (kind %2)").arg(in.remaining()).arg(kind));
    return true;
}

} // namespace

void setTokenForObject(TokenForObject function)
{
    tokenForObject.store(function, std::memory_order_release);
}

bool isOpaqueTypeAllowed(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Float:
    case QMetaType::QChar:
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QUrl:
    case QMetaType::QUuid:
    case QMetaType::QPoint:
    case QMetaType::QPointF:
    case QMetaType::QSize:
    case QMetaType::QSizeF:
    case QMetaType::QRect:
    case QMetaType::QRectF:
    case QMetaType::QLine:
    case QMetaType::QLineF:
    case QMetaType::QRegularExpression:
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QJsonDocument:
    case QMetaType::QColor:
    case QMetaType::QCborValue: // QCborValue::fromCbor() bounds its recursion
    case QMetaType::QCborArray:
    case QMetaType::QCborMap:
    case QMetaType::QCborSimpleType:
        return true;
    default:
        break;
    }
    // An application's own type, read by its own operators; a container of QVariant would be
    // read by Qt's unbounded QVariant reader, so it must be sent as a list or map instead.
    return type.id() >= QMetaType::User && type.hasRegisteredDataStreamOperators()
            && !QByteArray(type.name()).contains("QVariant");
}

void appendFrame(QByteArray *out, const QByteArray &payload)
{
    const qsizetype start = out->size();
    out->resize(start + Protocol::FrameHeaderSize);
    qToBigEndian<quint32>(quint32(payload.size()), out->data() + start);
    out->append(payload);
}

bool writeValue(QDataStream &out, const QVariant &value, QString *why, int depth)
{
    QByteArray bytes;
    {
        Writer writer(&bytes);
        if (!write(writer, value, why, depth))
            return false;
    }
    out.writeRawData(bytes.constData(), int(bytes.size()));
    return true;
}

namespace {
template<typename WriteMethod>
bool encodeCallWith(QByteArray *out, Kind kind, quint32 requestId, quint64 objectId,
                    const WriteMethod &writeMethod, const QVariant *args, qsizetype count, QString *why)
{
    FrameWriter writer(out);
    writer.kind(kind);
    writer.u32(requestId);
    writer.u64(objectId);
    writeMethod(writer);
    // The argument list, as a List value, without wrapping it in a QVariant first.
    writer.u8(quint8(Tag::List));
    writer.u32(quint32(count));
    for (qsizetype i = 0; i < count; ++i) {
        if (!write(writer, args[i], why, 1))
            return writer.rollback();
    }
    return writer.finish();
}
} // namespace

bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId, const QByteArray &method,
                const QVariantList &args, QString *why)
{
    return encodeCallWith(out, Kind::Call, requestId, objectId, [&method](Writer &w) { w.bytes(method); },
                          args.constData(), args.size(), why);
}

bool encodePost(QByteArray *out, quint32 requestId, quint64 objectId, const QByteArray &method,
                const QVariantList &args, QString *why)
{
    return encodeCallWith(out, Kind::Post, requestId, objectId, [&method](Writer &w) { w.bytes(method); },
                          args.constData(), args.size(), why);
}

bool encodePost(QByteArray *out, quint32 requestId, quint64 objectId, QStringView method,
                const QVariant *args, qsizetype count, QString *why)
{
    return encodeCallWith(out, Kind::Post, requestId, objectId, [method](Writer &w) { w.latin1(method); },
                          args, count, why);
}

bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId, QStringView method,
                const QVariantList &args, QString *why)
{
    return encodeCall(out, requestId, objectId, method, args.constData(), args.size(), why);
}

bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId, QStringView method,
                const QVariant *args, qsizetype count, QString *why)
{
    return encodeCallWith(out, Kind::Call, requestId, objectId, [method](Writer &w) { w.latin1(method); },
                          args, count, why);
}

void encodeRelease(QByteArray *out, quint64 objectId, quint32 count)
{
    FrameWriter writer(out);
    writer.kind(Kind::Release);
    writer.u64(objectId);
    writer.u32(count);
    writer.finish();
}

void encodeCancel(QByteArray *out, quint32 requestId)
{
    FrameWriter writer(out);
    writer.kind(Kind::Cancel);
    writer.u32(requestId);
    writer.finish();
}

void encodeSubscribe(QByteArray *out, quint32 requestId, quint64 objectId)
{
    FrameWriter writer(out);
    writer.kind(Kind::Subscribe);
    writer.u32(requestId);
    writer.u64(objectId);
    writer.finish();
}

void encodeUnsubscribe(QByteArray *out, quint64 objectId)
{
    FrameWriter writer(out);
    writer.kind(Kind::Unsubscribe);
    writer.u64(objectId);
    writer.finish();
}

bool encodeResult(QByteArray *out, quint32 requestId, const QVariant &value, QString *why)
{
    FrameWriter writer(out);
    writer.kind(Kind::Result);
    writer.u32(requestId);
    if (!write(writer, value, why, 0))
        return writer.rollback();
    return writer.finish();
}

void encodeObjectResult(QByteArray *out, quint32 requestId, const Token &token)
{
    FrameWriter writer(out);
    writer.kind(Kind::ObjectResult);
    writer.u32(requestId);
    QString ignored;
    write(writer, QVariant::fromValue(token), &ignored, 0); // a token always encodes
    writer.finish();
}

void encodeBytesResultHead(QByteArray *out, quint32 requestId, qsizetype size)
{
    Writer writer(out);
    writer.u32(quint32(BytesResultHeadSize + size));
    writer.u8(quint8(Kind::Result));
    writer.u32(requestId);
    writer.u8(quint8(Tag::Bytes));
    writer.u32(quint32(size));
}

bool peekBytesResultHead(const char *payload, qsizetype size, quint32 *requestId, qsizetype *bytes)
{
    if (size < BytesResultHeadSize || quint8(payload[0]) != quint8(Kind::Result)
        || quint8(payload[5]) != quint8(Tag::Bytes)) {
        return false;
    }
    const quint32 count = qFromBigEndian<quint32>(payload + 6);
    if (count == NullMarker)
        return false;
    *requestId = qFromBigEndian<quint32>(payload + 1);
    *bytes = qsizetype(count);
    return true;
}

void encodeFailure(QByteArray *out, quint32 requestId, Error error, const QString &message)
{
    FrameWriter writer(out);
    writer.kind(Kind::Failure);
    writer.u32(requestId);
    writer.u16(quint16(error));
    writer.string(message);
    writer.finish();
}

bool encodeEvent(QByteArray *out, quint64 objectId, const QByteArray &name,
                 const QVariantList &args, QString *why)
{
    FrameWriter writer(out);
    writer.kind(Kind::Event);
    writer.u64(objectId);
    writer.bytes(name);
    if (!write(writer, QVariant(args), why, 0))
        return writer.rollback();
    return writer.finish();
}

bool encodeEventInfo(QByteArray *out, quint64 objectId, const QByteArray &name,
                     const QVariantList &args, quint64 version, quint64 origin, qint64 position,
                     QString *why)
{
    FrameWriter writer(out);
    writer.kind(Kind::EventInfo);
    writer.u64(objectId);
    writer.bytes(name);
    if (!write(writer, QVariant(args), why, 0))
        return writer.rollback();
    writer.u64(version);
    writer.u64(origin);
    writer.u64(quint64(position));
    return writer.finish();
}

void encodeEmpty(QByteArray *out, Kind kind)
{
    FrameWriter writer(out);
    writer.kind(kind);
    writer.finish();
}

void encodeGoodbye(QByteArray *out, const QString &reason)
{
    FrameWriter writer(out);
    writer.kind(Kind::Goodbye);
    writer.string(reason);
    writer.finish();
}

namespace {
// Whether the message in \a payload carries a name (a Call or an Event): decode() sets it.
bool kindHasName(const char *payload, qsizetype size)
{
    return size > 0 && (Kind(payload[0]) == Kind::Call || Kind(payload[0]) == Kind::Post || Kind(payload[0]) == Kind::Event
                         || Kind(payload[0]) == Kind::EventInfo);
}
} // namespace

void Message::release()
{
    name = QByteArray();
    args = QVariantList();
    value = QVariant();
    text = QString();
    decodedSize = 0;
}

bool decodeMessage(const char *payload, qsizetype size, Message *message, QString *why,
                   qsizetype budget)
{
    return decodeMessage(payload, size, nullptr, message, why, budget);
}

bool decodeFrame(FrameReader *reader, const char *payload, qsizetype size, Message *message,
                 QString *why)
{
    const qsizetype budget = decodeBudget(reader->maxFrameSize());
    // Below this, a copy of a byte array costs less than a new buffer for the reader.
    constexpr qsizetype LargeFrame = 256 * 1024;
    if (size < LargeFrame)
        return decodeMessage(payload, size, message, why, budget);
    QByteArray frame = reader->takeBuffer();
    return decodeMessage(payload, size, &frame, message, why, budget);
}

bool decodeMessage(const char *payload, qsizetype size, QByteArray *owner, Message *message,
                   QString *why, qsizetype budget)
{
    Q_ASSERT(!owner || (payload >= owner->constData() && payload + size <= owner->constData() + owner->size()));
    if (why)
        why->clear();
    // Reset field by field: the name and argument buffers are kept for reuse.
    message->kind = Kind::Call;
    message->requestId = 0;
    message->objectId = 0;
    message->count = 0;
    // The name is kept: readName() replaces it, and a repeated method name costs nothing.
    const bool keepsName = kindHasName(payload, size);
    if (!keepsName && !message->name.isEmpty())
        message->name.truncate(0); // (resize(0) of a name never set would allocate, every time)
    if (!keepsName) // a call's or event's arguments are read over the last ones (readArgs())
        message->args.clear();
    if (message->value.isValid())
        message->value.clear();
    message->error = Error::NoError;
    if (!message->text.isNull())
        message->text.clear();
    // Nothing decodes into more than 32 times its bytes (a Null in a list: 1 byte, a QVariant),
    // so a frame this small stays below ReleaseDecodedAbove (and the limit) uncounted.
    constexpr qsizetype SmallFrame = Protocol::ReleaseDecodedAbove / 32;
    static_assert(SmallFrame * 32 <= Protocol::DecodedSizeSlack);
    try {
        if (size <= SmallFrame) {
            Reader<false> reader(payload, size, owner);
            message->decodedSize = 0;
            if (decode(reader, message, why))
                return true;
        } else {
            Reader<true> reader(payload, size, owner,
                                qMin(budget, Protocol::DecodedSizeFactor * size + Protocol::DecodedSizeSlack));
            const bool decoded = decode(reader, message, why);
            message->decodedSize = reader.charged();
            if (decoded)
                return true;
            if (reader.charged() > reader.limit()) {
                fail(why, Tr::tr("the decoded values would take more than %1 bytes of memory, the "
                                 "limit for a frame of %2 bytes")
                              .arg(reader.limit())
                              .arg(size));
            }
        }
    } catch (const std::bad_alloc &) {
        // A count that passed the checks can still ask a leaf type's own decoder for more
        // memory than there is; that is a bad frame, not a reason to die.
        fail(why, Tr::tr("a value asked for more memory than is available"));
        message->decodedSize = size; // whatever it did take: let it go
    }
    // No arguments of an earlier message left behind, nor the room a refused one took.
    if (message->decodedSize > Protocol::ReleaseDecodedAbove)
        message->release();
    else
        message->args.clear();
    return false;
}

} // namespace LibManager::Wire
