// SPDX-License-Identifier: BSD-3-Clause
#include "wirecodec_p.h"
#include "proxy.h"
#include "token.h"

#include <QtCore/qbuffer.h>
#include <QtCore/qdatastream.h>
#include <QtCore/qendian.h>
#include <QtCore/qbitarray.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qmetatype.h>
#include <QtCore/qtimezone.h>

#include <cctype>

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

template<typename Map>
bool writeMap(QDataStream &out, Tag tag, const Map &map, QString *why, int depth)
{
    out << quint8(tag) << quint32(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out << it.key();
        if (!writeValue(out, it.value(), why, depth + 1))
            return false;
    }
    return true;
}

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

template<typename Map>
bool readMap(QDataStream &in, QVariant *value, QString *why, int depth)
{
    // The map itself is at depth; its values are one deeper.
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
    const QMetaType type = value.metaType();
    const int id = type.id();
    if ((id == QMetaType::QVariantList || id == QMetaType::QVariantMap || id == QMetaType::QVariantHash)
        && depth >= Protocol::MaxNestingDepth) {
        return fail(why, QStringLiteral("containers nest more than %1 deep").arg(Protocol::MaxNestingDepth));
    }
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
            if (!writeValue(out, item, why, depth + 1))
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
        out << quint8(Tag::ByteArrayList) << quint32(list.size());
        for (const QByteArray &item : list)
            out << item;
        return true;
    }
    case QMetaType::QBitArray: {
        const auto &bits = *static_cast<const QBitArray *>(value.constData());
        out << quint8(Tag::BitArray) << quint32(bits.size())
            << QByteArray(bits.bits(), (bits.size() + 7) / 8);
        return true;
    }
    case QMetaType::QDateTime: {
        const auto &dateTime = *static_cast<const QDateTime *>(value.constData());
        if (!dateTime.isValid()) {
            out << quint8(Tag::DateTime) << qint64(0) << quint8(255) << qint32(0) << QByteArray();
            return true;
        }
        out << quint8(Tag::DateTime) << qint64(dateTime.toMSecsSinceEpoch())
            << quint8(dateTime.timeSpec()) << qint32(dateTime.offsetFromUtc())
            << (dateTime.timeSpec() == Qt::TimeZone ? dateTime.timeZone().id() : QByteArray());
        return true;
    }
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
        return writeValue(out, QVariant::fromValue(proxy->token()), why, depth);
    }
    if (!isOpaqueTypeAllowed(type)) {
        if (type.id() >= QMetaType::User && !type.hasRegisteredDataStreamOperators())
            return fail(why, QStringLiteral("cannot send a %1: it has no QDataStream operators")
                                     .arg(QString::fromLatin1(type.name())));
        return fail(why, QStringLiteral("cannot send a %1: not a type libmanager carries "
                                        "(send its data as a list, map or byte array)")
                                 .arg(QString::fromLatin1(type.name())));
    }
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
    quint8 rawTag = 0;
    in >> rawTag;
    if (in.status() != QDataStream::Ok)
        return fail(why, QStringLiteral("truncated value"));
    // Containers count: the argument list is level 1, a list in it level 2, and so on.
    const Tag tag = Tag(rawTag);
    if ((tag == Tag::List || tag == Tag::Map || tag == Tag::Hash) && depth >= Protocol::MaxNestingDepth)
        return fail(why, QStringLiteral("containers nest deeper than %1").arg(Protocol::MaxNestingDepth));
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
        if (!isOpaqueTypeAllowed(type))
            return fail(why, QStringLiteral("a %1 may not travel as an opaque value").arg(QString::fromLatin1(type.name())));
        QVariant v(type);
        if (!type.load(in, v.data()))
            return fail(why, QStringLiteral("cannot read a %1").arg(QString::fromLatin1(type.name())));
        *value = std::move(v);
        break;
    }
    case Tag::DateTime: {
        qint64 msecs = 0;
        quint8 spec = 0;
        qint32 offset = 0;
        QByteArray zone;
        in >> msecs >> spec >> offset >> zone;
        if (in.status() != QDataStream::Ok)
            return fail(why, QStringLiteral("truncated value"));
        switch (spec) {
        case 255: *value = QVariant(QDateTime()); break;
        case Qt::LocalTime: *value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime); break;
        case Qt::UTC: *value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); break;
        case Qt::OffsetFromUTC:
            if (offset < -14 * 3600 || offset > 14 * 3600)
                return fail(why, QStringLiteral("a UTC offset of %1 s").arg(offset));
            *value = QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offset);
            break;
        case Qt::TimeZone:
            if (!isSafeTimeZoneId(zone))
                return fail(why, QStringLiteral("unknown time zone id"));
            *value = QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone(zone));
            break;
        default:
            return fail(why, QStringLiteral("unknown time spec %1").arg(spec));
        }
        break;
    }
    case Tag::BitArray: {
        quint32 size = 0;
        QByteArray bits;
        in >> size >> bits;
        if (in.status() != QDataStream::Ok || bits.size() != qsizetype((quint64(size) + 7) / 8))
            return fail(why, QStringLiteral("malformed bit array"));
        *value = QVariant(QBitArray::fromBits(bits.constData(), qsizetype(size)));
        break;
    }
    case Tag::ByteArrayList: {
        quint32 count = 0;
        in >> count;
        if (in.status() != QDataStream::Ok || qint64(count) * 4 > in.device()->bytesAvailable())
            return fail(why, QStringLiteral("byte array list claims %1 items, more than the frame holds").arg(count));
        QByteArrayList list;
        list.reserve(count);
        for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
            QByteArray item;
            in >> item;
            list.append(item);
        }
        *value = QVariant::fromValue(list);
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
        if (in.status() != QDataStream::Ok)
            return fail(why, QStringLiteral("truncated failure"));
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
    *message = Message();
    try {
        return decode(in, message, why);
    } catch (const std::bad_alloc &) {
        // A count that passed the checks can still ask a leaf type's own decoder for more
        // memory than there is; that is a bad frame, not a reason to die.
        return fail(why, QStringLiteral("a value asked for more memory than is available"));
    }
}

} // namespace LibManager::Wire
