// SPDX-License-Identifier: BSD-3-Clause
#include "wirecodec_p.h"
#include "proxy.h"
#include "token.h"

#include <QtCore/qbuffer.h>
#include <QtCore/qdatastream.h>
#include <QtCore/qendian.h>
#include <QtCore/qmetatype.h>

#include <new>

namespace LibManager::Wire {

using Protocol::Kind;
using Protocol::Tag;

namespace {

void prepare(QDataStream &stream)
{
    stream.setVersion(Protocol::DataStreamVersion);
    stream.setByteOrder(QDataStream::BigEndian);
}

// Appends one frame to a QByteArray through a QDataStream, patching the length prefix at the
// end; rollback() takes the partial frame back out.
class FrameWriter
{
public:
    explicit FrameWriter(QByteArray *out) : m_out(out), m_start(out->size())
    {
        m_out->append(Protocol::FrameHeaderSize, '\0');
        m_buffer.setBuffer(m_out);
        m_buffer.open(QIODevice::WriteOnly | QIODevice::Append);
        m_stream.setDevice(&m_buffer);
        prepare(m_stream);
    }
    QDataStream &stream() { return m_stream; }
    QDataStream &kind(Kind kind) { return m_stream << quint8(kind); }
    bool finish()
    {
        m_stream.setDevice(nullptr);
        m_buffer.close();
        const qsizetype length = m_out->size() - m_start - Protocol::FrameHeaderSize;
        qToBigEndian<quint32>(quint32(length), m_out->data() + m_start);
        return true;
    }
    bool rollback()
    {
        m_stream.setDevice(nullptr);
        m_buffer.close();
        m_out->truncate(m_start);
        return false;
    }

private:
    QByteArray *m_out;
    qsizetype m_start;
    QBuffer m_buffer;
    QDataStream m_stream;
};

bool fail(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return false;
}

bool isContainerType(int id)
{
    // These must travel with the codec's own tags, where depth and counts are bounded;
    // QDataStream's own decoders for them trust the peer.
    switch (id) {
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
    case QMetaType::QVariantPair:
    case QMetaType::QVariant:
        return true;
    default:
        return false;
    }
}

template<typename Map>
bool writeMap(QDataStream &out, Tag tag, const Map &map, QString *why)
{
    out << quint8(tag) << quint32(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out << it.key();
        if (!writeValue(out, it.value(), why))
            return false;
    }
    return true;
}

template<typename Map>
bool readMap(QDataStream &in, QVariant *value, QString *why, int depth)
{
    quint32 count = 0;
    in >> count;
    // Every entry takes at least 5 bytes (an empty key and a Null tag).
    if (in.status() != QDataStream::Ok || qint64(count) * 5 > in.device()->bytesAvailable())
        return fail(why, QStringLiteral("map claims %1 entries, more than the frame holds").arg(count));
    Map map;
    for (quint32 i = 0; i < count; ++i) {
        QString key;
        in >> key;
        QVariant item;
        if (in.status() != QDataStream::Ok || !readValue(in, &item, why, depth + 1))
            return fail(why, why && !why->isEmpty() ? *why : QStringLiteral("truncated map key"));
        map.insert(key, item);
    }
    *value = QVariant::fromValue(map);
    return true;
}

} // namespace

void appendFrame(QByteArray *out, const QByteArray &payload)
{
    const qsizetype start = out->size();
    out->resize(start + Protocol::FrameHeaderSize);
    qToBigEndian<quint32>(quint32(payload.size()), out->data() + start);
    out->append(payload);
}

bool writeValue(QDataStream &out, const QVariant &value, QString *why)
{
    const QMetaType type = value.metaType();
    switch (type.id()) {
    case QMetaType::UnknownType:
    case QMetaType::Void:
    case QMetaType::Nullptr:
        out << quint8(Tag::Null);
        return true;
    case QMetaType::Bool: out << quint8(Tag::Bool) << quint8(value.toBool()); return true;
    case QMetaType::Int: out << quint8(Tag::Int) << qint32(value.toInt()); return true;
    case QMetaType::LongLong: out << quint8(Tag::LongLong) << qint64(value.toLongLong()); return true;
    case QMetaType::UInt: out << quint8(Tag::UInt) << quint32(value.toUInt()); return true;
    case QMetaType::ULongLong: out << quint8(Tag::ULongLong) << quint64(value.toULongLong()); return true;
    case QMetaType::Double: out << quint8(Tag::Double) << value.toDouble(); return true;
    case QMetaType::QString: out << quint8(Tag::String) << *static_cast<const QString *>(value.constData()); return true;
    case QMetaType::QByteArray: out << quint8(Tag::Bytes) << *static_cast<const QByteArray *>(value.constData()); return true;
    case QMetaType::QStringList: out << quint8(Tag::StringList) << *static_cast<const QStringList *>(value.constData()); return true;
    case QMetaType::QVariantList: {
        const auto &list = *static_cast<const QVariantList *>(value.constData());
        out << quint8(Tag::List) << quint32(list.size());
        for (const QVariant &item : list) {
            if (!writeValue(out, item, why))
                return false;
        }
        return true;
    }
    case QMetaType::QVariantMap:
        return writeMap(out, Tag::Map, *static_cast<const QVariantMap *>(value.constData()), why);
    case QMetaType::QVariantHash:
        return writeMap(out, Tag::Hash, *static_cast<const QVariantHash *>(value.constData()), why);
    default:
        break;
    }
    if (type == QMetaType::fromType<Token>()) {
        const auto &token = *static_cast<const Token *>(value.constData());
        out << quint8(Tag::Token) << token.address() << token.typeId() << token.objectId();
        return true;
    }
    if (type.flags() & QMetaType::PointerToQObject) {
        // A proxy travels as its token: the receiver gets a proxy to the same object.
        auto *proxy = qobject_cast<Proxy *>(*static_cast<QObject *const *>(value.constData()));
        if (!proxy || !proxy->token().isValid())
            return fail(why, QStringLiteral("cannot send a %1: only proxies travel as objects")
                                     .arg(QString::fromLatin1(type.name())));
        return writeValue(out, QVariant::fromValue(proxy->token()), why);
    }
    if (isContainerType(type.id()))
        return fail(why, QStringLiteral("cannot send a %1").arg(QString::fromLatin1(type.name())));
    if (type.id() >= QMetaType::User && !type.hasRegisteredDataStreamOperators())
        return fail(why, QStringLiteral("cannot send a %1: it has no QDataStream operators")
                                 .arg(QString::fromLatin1(type.name())));
    // QVariant's own layout, written by hand so that a type we cannot save is an error here
    // rather than an assertion inside QVariant::save().
    out << quint8(Tag::Other);
    if (type.id() >= QMetaType::User)
        out << quint32(QMetaType::User) << qint8(value.isNull()) << QByteArray(type.name());
    else
        out << quint32(type.id()) << qint8(value.isNull());
    if (!type.save(out, value.constData()))
        return fail(why, QStringLiteral("cannot send a %1").arg(QString::fromLatin1(type.name())));
    return true;
}

bool readValue(QDataStream &in, QVariant *value, QString *why, int depth)
{
    if (depth > Protocol::MaxNestingDepth)
        return fail(why, QStringLiteral("values nest deeper than %1").arg(Protocol::MaxNestingDepth));
    quint8 rawTag = 0;
    in >> rawTag;
    if (in.status() != QDataStream::Ok)
        return fail(why, QStringLiteral("truncated value"));
    switch (Tag(rawTag)) {
    case Tag::Null: *value = QVariant(); break;
    case Tag::Bool: { quint8 b = 0; in >> b; *value = QVariant(b != 0); break; }
    case Tag::Int: { qint32 v = 0; in >> v; *value = QVariant(int(v)); break; }
    case Tag::LongLong: { qint64 v = 0; in >> v; *value = QVariant(qlonglong(v)); break; }
    case Tag::UInt: { quint32 v = 0; in >> v; *value = QVariant(uint(v)); break; }
    case Tag::ULongLong: { quint64 v = 0; in >> v; *value = QVariant(qulonglong(v)); break; }
    case Tag::Double: { double v = 0; in >> v; *value = QVariant(v); break; }
    case Tag::String: { QString v; in >> v; *value = QVariant(v); break; }
    case Tag::Bytes: { QByteArray v; in >> v; *value = QVariant(v); break; }
    case Tag::StringList: {
        quint32 count = 0;
        in >> count;
        if (in.status() != QDataStream::Ok || qint64(count) * 4 > in.device()->bytesAvailable())
            return fail(why, QStringLiteral("string list claims %1 strings, more than the frame holds").arg(count));
        QStringList list;
        list.reserve(count);
        for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QString s;
            in >> s;
            list.append(s);
        }
        *value = QVariant(list);
        break;
    }
    case Tag::List: {
        quint32 count = 0;
        in >> count;
        if (in.status() != QDataStream::Ok || qint64(count) > in.device()->bytesAvailable())
            return fail(why, QStringLiteral("list claims %1 items, more than the frame holds").arg(count));
        QVariantList list;
        list.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            QVariant item;
            if (!readValue(in, &item, why, depth + 1))
                return false;
            list.append(std::move(item));
        }
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
        QString address;
        QString typeId;
        quint64 id = 0;
        in >> address >> typeId >> id;
        *value = QVariant::fromValue(Token(address, typeId, id));
        break;
    }
    case Tag::Other: {
        quint32 typeId = 0;
        qint8 isNull = 0;
        in >> typeId >> isNull;
        QMetaType type;
        if (typeId == QMetaType::User) {
            QByteArray name;
            in >> name;
            type = QMetaType::fromName(name);
            if (!type.isValid())
                return fail(why, QStringLiteral("unknown type %1").arg(QString::fromLatin1(name)));
        } else {
            type = QMetaType(int(typeId));
        }
        if (in.status() != QDataStream::Ok)
            return fail(why, QStringLiteral("truncated value"));
        if (!type.isValid() || typeId == QMetaType::UnknownType)
            return fail(why, QStringLiteral("unknown type id %1").arg(typeId));
        if (isContainerType(type.id()) || (type.flags() & QMetaType::PointerToQObject))
            return fail(why, QStringLiteral("a %1 may not travel as an opaque value").arg(QString::fromLatin1(type.name())));
        QVariant v(type);
        if (!type.load(in, v.data()))
            return fail(why, QStringLiteral("cannot read a %1").arg(QString::fromLatin1(type.name())));
        *value = std::move(v);
        break;
    }
    default:
        return fail(why, QStringLiteral("unknown value tag %1").arg(rawTag));
    }
    if (in.status() != QDataStream::Ok)
        return fail(why, QStringLiteral("truncated value"));
    return true;
}

bool encodeCall(QByteArray *out, quint32 requestId, quint64 objectId, const QByteArray &method,
                const QVariantList &args, QString *why)
{
    FrameWriter writer(out);
    writer.kind(Kind::Call) << requestId << objectId << method;
    if (!writeValue(writer.stream(), QVariant(args), why))
        return writer.rollback();
    return writer.finish();
}

void encodeRelease(QByteArray *out, quint64 objectId, quint32 count)
{
    FrameWriter writer(out);
    writer.kind(Kind::Release) << objectId << count;
    writer.finish();
}

void encodeCancel(QByteArray *out, quint32 requestId)
{
    FrameWriter writer(out);
    writer.kind(Kind::Cancel) << requestId;
    writer.finish();
}

void encodeSubscribe(QByteArray *out, quint32 requestId, quint64 objectId)
{
    FrameWriter writer(out);
    writer.kind(Kind::Subscribe) << requestId << objectId;
    writer.finish();
}

void encodeUnsubscribe(QByteArray *out, quint64 objectId)
{
    FrameWriter writer(out);
    writer.kind(Kind::Unsubscribe) << objectId;
    writer.finish();
}

bool encodeResult(QByteArray *out, quint32 requestId, const QVariant &value, QString *why)
{
    FrameWriter writer(out);
    writer.kind(Kind::Result) << requestId;
    if (!writeValue(writer.stream(), value, why))
        return writer.rollback();
    return writer.finish();
}

void encodeFailure(QByteArray *out, quint32 requestId, Error error, const QString &message)
{
    FrameWriter writer(out);
    writer.kind(Kind::Failure) << requestId << quint16(error) << message;
    writer.finish();
}

bool encodeEvent(QByteArray *out, quint64 objectId, const QByteArray &name,
                 const QVariantList &args, QString *why)
{
    FrameWriter writer(out);
    writer.kind(Kind::Event) << objectId << name;
    if (!writeValue(writer.stream(), QVariant(args), why))
        return writer.rollback();
    return writer.finish();
}

void encodeGoodbye(QByteArray *out, const QString &reason)
{
    FrameWriter writer(out);
    writer.kind(Kind::Goodbye) << reason;
    writer.finish();
}

namespace {

bool readArgs(QDataStream &in, Message *message, QString *why)
{
    if (!readValue(in, &message->value, why))
        return false;
    if (message->value.metaType().id() != QMetaType::QVariantList)
        return fail(why, QStringLiteral("arguments are not a list"));
    return true;
}

bool decode(QDataStream &in, Message *message, QString *why)
{
    quint8 kind = 0;
    in >> kind;
    if (in.status() != QDataStream::Ok)
        return fail(why, QStringLiteral("empty frame"));
    message->kind = Kind(kind);
    switch (Kind(kind)) {
    case Kind::Call:
        in >> message->requestId >> message->objectId >> message->name;
        if (in.status() != QDataStream::Ok || !readArgs(in, message, why))
            return fail(why, why && !why->isEmpty() ? *why : QStringLiteral("truncated call"));
        break;
    case Kind::Release:
        in >> message->objectId >> message->count;
        break;
    case Kind::Cancel:
        in >> message->requestId;
        break;
    case Kind::Subscribe:
        in >> message->requestId >> message->objectId;
        break;
    case Kind::Unsubscribe:
        in >> message->objectId;
        break;
    case Kind::Result:
        in >> message->requestId;
        if (in.status() != QDataStream::Ok || !readValue(in, &message->value, why))
            return fail(why, why && !why->isEmpty() ? *why : QStringLiteral("truncated result"));
        break;
    case Kind::Failure: {
        quint16 code = 0;
        in >> message->requestId >> code >> message->text;
        message->error = Error(code);
        if (code == 0)
            return fail(why, QStringLiteral("failure without an error code"));
        break;
    }
    case Kind::Event:
        in >> message->objectId >> message->name;
        if (in.status() != QDataStream::Ok || !readArgs(in, message, why))
            return fail(why, why && !why->isEmpty() ? *why : QStringLiteral("truncated event"));
        break;
    case Kind::Goodbye:
        in >> message->text;
        break;
    default:
        return fail(why, QStringLiteral("unknown message kind %1").arg(kind));
    }
    if (in.status() != QDataStream::Ok)
        return fail(why, QStringLiteral("truncated message (kind %1)").arg(kind));
    if (!in.atEnd())
        return fail(why, QStringLiteral("%1 stray bytes after a message (kind %2)")
                                 .arg(in.device()->bytesAvailable()).arg(kind));
    return true;
}

} // namespace

bool decodeMessage(const char *payload, qsizetype size, Message *message, QString *why)
{
    const QByteArray raw = QByteArray::fromRawData(payload, size);
    QDataStream in(raw);
    prepare(in);
    if (why)
        why->clear();
    try {
        return decode(in, message, why);
    } catch (const std::bad_alloc &) {
        // A count that passed the checks can still ask a leaf type's own decoder for more
        // memory than there is; that is a bad frame, not a reason to die.
        return fail(why, QStringLiteral("a value asked for more memory than is available"));
    }
}

} // namespace LibManager::Wire
