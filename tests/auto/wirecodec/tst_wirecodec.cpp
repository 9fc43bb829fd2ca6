// SPDX-License-Identifier: BSD-3-Clause
#include "point3.h"

#include <libmanager/proxy.h>
#include <libmanager/token.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qbitarray.h>
#include <QtCore/qcborvalue.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qendian.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qline.h>
#include <QtCore/qpoint.h>
#include <QtCore/qrect.h>
#include <QtCore/qurl.h>
#include <QtCore/quuid.h>
#include <QtCore/qtimezone.h>
#include <QtTest/qtest.h>

#include <cstring>
#include <limits>
#include <memory>

using namespace LibManager;
using TestSupport::Point3;
using Protocol::Kind;
using Protocol::Tag;

namespace {

// A user type that cannot travel as Tag::Other, unlike Point3: no stream operators.
struct Opaque
{
    int value = 0;
};

} // namespace

Q_DECLARE_METATYPE(Opaque)
Q_DECLARE_METATYPE(LibManager::Protocol::Kind)

namespace {

quint8 k(Kind kind)
{
    return quint8(kind);
}

quint8 t(Tag tag)
{
    return quint8(tag);
}

// A payload written by hand, the way the codec's peer would: big-endian, pinned stream version.
template<typename Fill>
QByteArray build(Fill fill)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(Protocol::DataStreamVersion);
    out.setByteOrder(QDataStream::BigEndian);
    fill(out);
    return bytes;
}

// The payload of the single frame in \a frame, after checking its length prefix.
QByteArray payloadOf(const QByteArray &frame)
{
    if (frame.size() < Protocol::FrameHeaderSize)
        return {};
    const quint32 length = qFromBigEndian<quint32>(frame.constData());
    if (qsizetype(length) != frame.size() - Protocol::FrameHeaderSize)
        return {};
    return frame.mid(Protocol::FrameHeaderSize);
}

bool decode(const QByteArray &payload, Wire::Message *message, QString *why)
{
    return Wire::decodeMessage(payload.constData(), payload.size(), message, why);
}

// Empty when \a actual is \a expected, type for type at every level (QVariant's own operator==
// converts between numeric types and cannot tell a null string from an empty one).
QString difference(const QVariant &expected, const QVariant &actual, const QString &at = QStringLiteral("value"))
{
    if (expected.metaType() != actual.metaType()) {
        return QStringLiteral("%1: type %2, expected %3")
                .arg(at, QString::fromLatin1(actual.metaType().name()),
                     QString::fromLatin1(expected.metaType().name()));
    }
    if (expected.metaType() == QMetaType::fromType<Token>()) {
        // Token's operator== compares the server id and object id only: compare every field.
        const Token e = expected.value<Token>();
        const Token a = actual.value<Token>();
        if (e.address() != a.address() || e.typeId() != a.typeId() || e.objectId() != a.objectId()
            || e.serverId() != a.serverId())
            return QStringLiteral("%1: token %2, expected %3").arg(at, a.toString(), e.toString());
        return {};
    }
    switch (expected.metaType().id()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString: {
        const QString e = expected.toString();
        const QString a = actual.toString();
        if (e.isNull() != a.isNull() || e != a)
            return QStringLiteral("%1: string \"%2\", expected \"%3\"").arg(at, a, e);
        return {};
    }
    case QMetaType::QByteArray: {
        const QByteArray e = expected.toByteArray();
        const QByteArray a = actual.toByteArray();
        if (e.isNull() != a.isNull() || e != a)
            return QStringLiteral("%1: bytes differ").arg(at);
        return {};
    }
    case QMetaType::Double: {
        const double e = expected.toDouble();
        const double a = actual.toDouble();
        if (std::memcmp(&e, &a, sizeof e) != 0)
            return QStringLiteral("%1: %2, expected %3").arg(at).arg(a).arg(e);
        return {};
    }
    case QMetaType::QStringList: {
        const QStringList e = expected.toStringList();
        const QStringList a = actual.toStringList();
        if (e.size() != a.size())
            return QStringLiteral("%1: %2 strings, expected %3").arg(at).arg(a.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = difference(e.at(i), a.at(i), at + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case QMetaType::QVariantList: {
        const QVariantList e = expected.toList();
        const QVariantList a = actual.toList();
        if (e.size() != a.size())
            return QStringLiteral("%1: %2 items, expected %3").arg(at).arg(a.size()).arg(e.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = difference(e.at(i), a.at(i), at + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantMap e = expected.toMap();
        const QVariantMap a = actual.toMap();
        if (e.keys() != a.keys())
            return QStringLiteral("%1: keys differ").arg(at);
        for (auto it = e.cbegin(); it != e.cend(); ++it) {
            const QString d = difference(it.value(), a.value(it.key()),
                                         at + QStringLiteral("[\"%1\"]").arg(it.key()));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    default:
        if (expected != actual)
            return QStringLiteral("%1: values of type %2 differ").arg(at, QString::fromLatin1(expected.metaType().name()));
        return {};
    }
}

QVariant nestedLists(int depth, const QVariant &leaf)
{
    QVariant value = leaf;
    for (int i = 0; i < depth; ++i)
        value = QVariantList{ value };
    return value;
}

// A Result whose value is \a depth Lists, each holding the next, around a Null.
QByteArray nestedListPayload(int depth)
{
    return build([depth](QDataStream &out) {
        out << k(Kind::Result) << quint32(1);
        for (int i = 0; i < depth; ++i)
            out << t(Tag::List) << quint32(1);
        out << t(Tag::Null);
    });
}

// One valid frame of every kind, with values that reach every kind of field.
QList<QPair<QByteArray, QByteArray>> sampleFrames()
{
    QList<QPair<QByteArray, QByteArray>> frames;
    const QVariantList args{
        42, QStringLiteral("text"), QByteArray("\x00\x01", 2), 2.5,
        QVariantList{ true, qlonglong(-7), QString() },
        QVariantMap{ { QStringLiteral("k"), QStringList{ QStringLiteral("a") } } },
        QVariant::fromValue(Token(QStringLiteral("local:x"), QStringLiteral("Q"), 3, QByteArray(16, '\x5a'))),
        QUuid::fromString(QLatin1String("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")),
    };
    QByteArray frame;
    Wire::encodeCall(&frame, 7, 9, "method", args);
    frames.append({ "Call", frame });
    frame.clear();
    Wire::encodeRelease(&frame, 9, 2);
    frames.append({ "Release", frame });
    frame.clear();
    Wire::encodeCancel(&frame, 7);
    frames.append({ "Cancel", frame });
    frame.clear();
    Wire::encodeSubscribe(&frame, 7, 9);
    frames.append({ "Subscribe", frame });
    frame.clear();
    Wire::encodeUnsubscribe(&frame, 9);
    frames.append({ "Unsubscribe", frame });
    frame.clear();
    Wire::encodeResult(&frame, 7, QVariantHash{ { QStringLiteral("h"), args } });
    frames.append({ "Result", frame });
    frame.clear();
    Wire::encodeFailure(&frame, 7, Error::KeyError, QStringLiteral("no such key"));
    frames.append({ "Failure", frame });
    frame.clear();
    Wire::encodeEvent(&frame, 9, "changed", args);
    frames.append({ "Event", frame });
    frame.clear();
    Wire::encodeGoodbye(&frame, QStringLiteral("shutting down"));
    frames.append({ "Goodbye", frame });
    frame.clear();
    Wire::encodeObjectResult(&frame, 10, Token(QStringLiteral("h:2"), QStringLiteral("T"), 4, QByteArray(16, '\x07')));
    frames.append({ "ObjectResult", frame });
    frame.clear();
    Wire::encodeEmpty(&frame, Kind::Ping);
    frames.append({ "Ping", frame });
    frame.clear();
    Wire::encodeEmpty(&frame, Kind::Pong);
    frames.append({ "Pong", frame });
    return frames;
}

} // namespace

class tst_WireCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void valueRoundTrip_data();
    void valueRoundTrip();
    void nullptrTravelsAsNull();
    void messageRoundTrip_data();
    void messageRoundTrip();
    void argumentsDecodedOverTheLastOnes();
    void framesAppend();

    void nestingLimit();
    void encoderKeepsToTheNestingLimit();
    void malformed_data();
    void malformed();
    void decodeWithoutReason();

    void unsendable_data();
    void unsendable();

    void bulkBytesTakeOverTheFrame();
    void bytesResultHeadMatchesEncodeResult();

    void decodedSizeBudget_data();
    void decodedSizeBudget();
    void largeMessageReleased();

private:
    std::unique_ptr<QObject> m_object;
    std::unique_ptr<Proxy> m_unattached;
};

void tst_WireCodec::initTestCase()
{
    // Registers the names that a Tag::Other value of a user type is looked up by.
    qRegisterMetaType<Point3>();
    qRegisterMetaType<Opaque>();
    QVERIFY(QMetaType::fromType<Point3>().isValid());
    QVERIFY(QMetaType::fromType<Point3>().hasRegisteredDataStreamOperators());
    QVERIFY(QMetaType::fromType<Opaque>().isValid());
    QVERIFY(!QMetaType::fromType<Opaque>().hasRegisteredDataStreamOperators());

    m_object = std::make_unique<QObject>();
    m_unattached = std::make_unique<Proxy>();
}

void tst_WireCodec::cleanupTestCase()
{
    m_unattached.reset();
    m_object.reset();
}

void tst_WireCodec::valueRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");

    QTest::newRow("null") << QVariant();
    QTest::newRow("bool true") << QVariant(true);
    QTest::newRow("bool false") << QVariant(false);
    QTest::newRow("int") << QVariant(-123456);
    QTest::newRow("int min") << QVariant(std::numeric_limits<int>::min());
    QTest::newRow("qlonglong") << QVariant(qlonglong(-1099511627776));
    QTest::newRow("qlonglong max") << QVariant(std::numeric_limits<qlonglong>::max());
    QTest::newRow("uint") << QVariant(uint(0xDEADBEEF));
    QTest::newRow("qulonglong") << QVariant(std::numeric_limits<qulonglong>::max());
    QTest::newRow("double") << QVariant(3.141592653589793);
    QTest::newRow("double -0") << QVariant(-0.0);
    QTest::newRow("double inf") << QVariant(std::numeric_limits<double>::infinity());
    QTest::newRow("double nan") << QVariant(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("string") << QVariant(QStringLiteral("h\u00e9llo \u263a"));
    QTest::newRow("string empty") << QVariant(QStringLiteral(""));
    QTest::newRow("string null") << QVariant(QString());
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff\x7f", 3));
    QTest::newRow("bytes empty") << QVariant(QByteArray(""));
    QTest::newRow("bytes null") << QVariant(QByteArray());
    QTest::newRow("list empty") << QVariant(QVariantList());
    QTest::newRow("list") << QVariant(QVariantList{ 1, QStringLiteral("two"), 3.0, QVariant() });
    QTest::newRow("map") << QVariant(QVariantMap{ { QStringLiteral("a"), 1 },
                                                  { QStringLiteral(""), QStringLiteral("empty key") } });
    QTest::newRow("hash") << QVariant(QVariantHash{ { QStringLiteral("a"), true },
                                                    { QStringLiteral("b"), QByteArray("x") } });
    QTest::newRow("string list") << QVariant(QStringList{ QStringLiteral("a"), QString(),
                                                          QStringLiteral("") });
    QTest::newRow("token") << QVariant::fromValue(
            Token(QStringLiteral("/tmp/s.sock"), QStringLiteral("Counter"), 12, QByteArray("0123456789abcdef")));
    QTest::newRow("token invalid") << QVariant::fromValue(Token());
    QTest::newRow("nested") << QVariant(QVariantMap{
            { QStringLiteral("list"), QVariantList{ QVariantHash{ { QStringLiteral("deep"),
                                                                    QVariantList{ QVariantList{ 1 } } } } } },
            { QStringLiteral("strings"), QStringList{ QStringLiteral("x") } },
            { QStringLiteral("token"), QVariant::fromValue(Token(QStringLiteral("h:1"), QStringLiteral("T"), 1, QByteArray(16, '\x01'))) },
            { QStringLiteral("when"), QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC) } });

    // Tag::Other: anything else with stream operators.
    QTest::newRow("other QDateTime") << QVariant(QDateTime(QDate(2001, 9, 9), QTime(1, 46, 40, 123), Qt::UTC));
    QTest::newRow("other QDate") << QVariant(QDate(1969, 7, 20));
    QTest::newRow("other QTime") << QVariant(QTime(23, 59, 59));
    QTest::newRow("other QUuid") << QVariant(QUuid::fromString(QLatin1String("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")));
    QTest::newRow("other QPointF") << QVariant(QPointF(1.5, -2.25));
    QTest::newRow("other QRect") << QVariant(QRect(1, 2, 3, 4));
    QTest::newRow("other QLineF") << QVariant(QLineF(0, 0, 1, 1));
    QTest::newRow("other QUrl") << QVariant(QUrl(QStringLiteral("https://example.org/a?b#c")));
    QTest::newRow("other QBitArray") << QVariant(QBitArray(13, true));
    QTest::newRow("empty QBitArray") << QVariant(QBitArray());
    QTest::newRow("QDateTime, offset") << QVariant(QDateTime(QDate(2026, 11, 25), QTime(17, 0), Qt::OffsetFromUTC, 3600));
    QTest::newRow("QDateTime, time zone") << QVariant(QDateTime(QDate(2026, 7, 1), QTime(9, 30), QTimeZone("Europe/Berlin")));
    QTest::newRow("QDateTime, local") << QVariant(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::LocalTime));
    QTest::newRow("QDateTime, invalid") << QVariant(QDateTime());
    QTest::newRow("other float") << QVariant(1.25f);
    QTest::newRow("other short") << QVariant::fromValue(qint16(-2));
    QTest::newRow("other QByteArrayList") << QVariant::fromValue(QByteArrayList{ "a", "b" });
    QTest::newRow("other QJsonObject") << QVariant(QJsonObject{ { QStringLiteral("a"), QJsonArray{ 1, 2 } } });
    QTest::newRow("other QCborValue") << QVariant::fromValue(QCborValue(QCborArray{ 1, QStringLiteral("x") }));
    QTest::newRow("other user type") << QVariant::fromValue(Point3{ 1, -2, 3 });
    QTest::newRow("other inside list") << QVariant(QVariantList{ QVariant::fromValue(Point3{ 4, 5, 6 }),
                                                                 QVariant(QPointF(1, 1)) });
}

void tst_WireCodec::valueRoundTrip()
{
    QFETCH(QVariant, value);

    QByteArray frame;
    QString why;
    QVERIFY2(Wire::encodeResult(&frame, 99, value, &why), qPrintable(why));
    QVERIFY(why.isEmpty());
    const QByteArray payload = payloadOf(frame);
    QVERIFY(!payload.isEmpty());

    Wire::Message message;
    QVERIFY2(decode(payload, &message, &why), qPrintable(why));
    QCOMPARE(message.kind, Kind::Result);
    QCOMPARE(message.requestId, 99u);
    const QString diff = difference(value, message.value);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The same value as the single argument of a Call and an Event.
    frame.clear();
    QVERIFY2(Wire::encodeCall(&frame, 1, 2, "m", { value }, &why), qPrintable(why));
    QVERIFY2(decode(payloadOf(frame), &message, &why), qPrintable(why));
    QCOMPARE(message.args.size(), 1);
    QVERIFY2(difference(value, message.args.constFirst()).isEmpty(),
             qPrintable(difference(value, message.args.constFirst())));

    frame.clear();
    QVERIFY2(Wire::encodeEvent(&frame, 2, "e", { value }, &why), qPrintable(why));
    QVERIFY2(decode(payloadOf(frame), &message, &why), qPrintable(why));
    QCOMPARE(message.args.size(), 1);
    QVERIFY2(difference(value, message.args.constFirst()).isEmpty(),
             qPrintable(difference(value, message.args.constFirst())));
}

void tst_WireCodec::nullptrTravelsAsNull()
{
    QByteArray frame;
    QVERIFY(Wire::encodeResult(&frame, 1, QVariant::fromValue(nullptr)));
    Wire::Message message;
    QString why;
    QVERIFY2(decode(payloadOf(frame), &message, &why), qPrintable(why));
    QVERIFY(!message.value.isValid());
}

void tst_WireCodec::messageRoundTrip_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<quint32>("requestId");
    QTest::addColumn<quint64>("objectId");
    QTest::addColumn<quint32>("count");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("text");

    const QVariantList args{ 1, QStringLiteral("two"), QVariantList{ 3 } };
    QByteArray frame;

    QVERIFY(Wire::encodeCall(&frame, 0xFFFFFFFF, 0x0123456789ABCDEF, "incref", args));
    QTest::newRow("Call") << frame << Kind::Call << 0xFFFFFFFFu << quint64(0x0123456789ABCDEF) << 0u
                          << QByteArray("incref") << QVariant(args) << Error::NoError << QString();
    frame.clear();
    QVERIFY(Wire::encodeCall(&frame, 1, Protocol::IntrospectorObjectId, "ping", {}));
    QTest::newRow("Call without arguments")
            << frame << Kind::Call << 1u << quint64(0) << 0u << QByteArray("ping")
            << QVariant(QVariantList()) << Error::NoError << QString();
    frame.clear();
    QVERIFY(Wire::encodePost(&frame, 42, 43, "release", {}));
    QTest::newRow("Post") << frame << Kind::Post << 42u << quint64(43) << 0u << QByteArray("release")
                          << QVariant(QVariantList()) << Error::NoError << QString();
    frame.clear();
    QVERIFY(Wire::encodePost(&frame, 44, 45, u"release", nullptr, 0));
    QTest::newRow("Post, name as text") << frame << Kind::Post << 44u << quint64(45) << 0u
                                        << QByteArray("release") << QVariant(QVariantList())
                                        << Error::NoError << QString();
    frame.clear();
    Wire::encodeRelease(&frame, 77, 3);
    QTest::newRow("Release") << frame << Kind::Release << 0u << quint64(77) << 3u << QByteArray()
                             << QVariant() << Error::NoError << QString();
    frame.clear();
    Wire::encodeCancel(&frame, 12);
    QTest::newRow("Cancel") << frame << Kind::Cancel << 12u << quint64(0) << 0u << QByteArray()
                            << QVariant() << Error::NoError << QString();
    frame.clear();
    Wire::encodeSubscribe(&frame, 13, 78);
    QTest::newRow("Subscribe") << frame << Kind::Subscribe << 13u << quint64(78) << 0u << QByteArray()
                               << QVariant() << Error::NoError << QString();
    frame.clear();
    Wire::encodeUnsubscribe(&frame, 79);
    QTest::newRow("Unsubscribe") << frame << Kind::Unsubscribe << 0u << quint64(79) << 0u
                                 << QByteArray() << QVariant() << Error::NoError << QString();
    frame.clear();
    QVERIFY(Wire::encodeResult(&frame, 14, QStringLiteral("done")));
    QTest::newRow("Result") << frame << Kind::Result << 14u << quint64(0) << 0u << QByteArray()
                            << QVariant(QStringLiteral("done")) << Error::NoError << QString();
    frame.clear();
    QVERIFY(Wire::encodeResult(&frame, 15, QVariant()));
    QTest::newRow("Result null") << frame << Kind::Result << 15u << quint64(0) << 0u << QByteArray()
                                 << QVariant() << Error::NoError << QString();
    frame.clear();
    Wire::encodeFailure(&frame, 16, Error::IndexError, QStringLiteral("list index out of range"));
    QTest::newRow("Failure") << frame << Kind::Failure << 16u << quint64(0) << 0u << QByteArray()
                             << QVariant() << Error::IndexError << QStringLiteral("list index out of range");
    frame.clear();
    Wire::encodeFailure(&frame, 17, Error::ProtocolError, QString());
    QTest::newRow("Failure without text")
            << frame << Kind::Failure << 17u << quint64(0) << 0u << QByteArray() << QVariant()
            << Error::ProtocolError << QString();
    frame.clear();
    QVERIFY(Wire::encodeEvent(&frame, 80, "valueChanged", args));
    QTest::newRow("Event") << frame << Kind::Event << 0u << quint64(80) << 0u
                           << QByteArray("valueChanged") << QVariant(args) << Error::NoError << QString();
    frame.clear();
    Wire::encodeGoodbye(&frame, QStringLiteral("server shutting down"));
    QTest::newRow("Goodbye") << frame << Kind::Goodbye << 0u << quint64(0) << 0u << QByteArray()
                             << QVariant() << Error::NoError << QStringLiteral("server shutting down");
    frame.clear();
    const Token returned(QStringLiteral("/tmp/s"), QStringLiteral("Child"), 77, QByteArray(16, '\x42'));
    Wire::encodeObjectResult(&frame, 21, returned);
    QTest::newRow("ObjectResult") << frame << Kind::ObjectResult << 21u << quint64(0) << 0u << QByteArray()
                                  << QVariant::fromValue(returned) << Error::NoError << QString();
}

void tst_WireCodec::messageRoundTrip()
{
    QFETCH(QByteArray, frame);
    QFETCH(Kind, kind);
    QFETCH(quint32, requestId);
    QFETCH(quint64, objectId);
    QFETCH(quint32, count);
    QFETCH(QByteArray, name);
    QFETCH(QVariant, value);
    QFETCH(Error, error);
    QFETCH(QString, text);

    const QByteArray payload = payloadOf(frame);
    QVERIFY2(!payload.isEmpty(), "the length prefix does not match the frame");
    QCOMPARE(quint8(payload.at(0)), quint8(kind));

    // Decoded into a fresh message, and into one that held others before (the decoder reuses
    // its buffers): nothing of the old ones may be left behind.
    Wire::Message fresh;
    Wire::Message reused;
    QString why;
    QByteArray other;
    Wire::encodeFailure(&other, 8, Error::KeyError, QStringLiteral("previous failure"));
    QVERIFY(decode(payloadOf(other), &reused, &why));
    other.clear();
    QVERIFY(Wire::encodeResult(&other, 7, QStringLiteral("previous result")));
    QVERIFY(decode(payloadOf(other), &reused, &why));
    QVERIFY(reused.text.isNull());
    other.clear();
    QVERIFY(Wire::encodeCall(&other, 5, 6, "previousMethod", { 1, 2, 3 }));
    QVERIFY(decode(payloadOf(other), &reused, &why));
    QVERIFY(!reused.value.isValid());

    // Calls and events carry their arguments as a list of their own, the rest a value.
    const bool hasArgs = kind == Kind::Call || kind == Kind::Post || kind == Kind::Event;
    for (Wire::Message *message : { &fresh, &reused }) {
        why = QStringLiteral("stale");
        QVERIFY2(decode(payload, message, &why), qPrintable(why));
        QVERIFY2(why.isEmpty(), "a successful decode leaves an old reason behind");
        QCOMPARE(message->kind, kind);
        QCOMPARE(message->requestId, requestId);
        QCOMPARE(message->objectId, objectId);
        QCOMPARE(message->count, count);
        QCOMPARE(message->name, name);
        QCOMPARE(message->name.isEmpty(), name.isEmpty());
        const QVariant decoded = hasArgs ? QVariant(message->args) : message->value;
        QVERIFY2(difference(value, decoded).isEmpty(), qPrintable(difference(value, decoded)));
        if (!hasArgs)
            QVERIFY(message->args.isEmpty());
        QCOMPARE(message->error, error);
        QCOMPARE(message->text, text);
        QCOMPARE(message->text.isNull(), text.isNull());
    }
}

// Arguments are decoded over the previous message's, and a string argument into the QString
// already there when nobody else holds it. Whatever the sequence, each message must read as
// if decoded fresh, and values copied out of an earlier message must keep what they were.
void tst_WireCodec::argumentsDecodedOverTheLastOnes()
{
    const QList<QVariantList> calls {
        { QStringLiteral("k1") },
        { QStringLiteral("k22") },                        // longer: the held string must grow
        { QStringLiteral("k") },                          // shorter: and shrink
        { QString(QLatin1String("")) },                   // empty
        { QString() },                                    // null
        { QStringLiteral("back") },
        { 42, QStringLiteral("second") },                 // a string replaced by an int
        { QStringLiteral("first"), QStringLiteral("x") }, // and the other way round
        { QStringLiteral("only") },                       // fewer arguments
        { },                                              // none
        { QStringLiteral("\u00e9t\u00e9 \U0001F600"), QVariantList { QStringLiteral("nested") } },
    };
    Wire::Message message;
    QString why;
    QVariantList keptList;  // shares the message's list: the next decode must not change it
    QString keptString;     // shares the first argument's string
    QVariantList keptCopy;
    for (const QVariantList &args : calls) {
        QByteArray frame;
        QVERIFY(Wire::encodeCall(&frame, 1, 2, "m", args));
        QVERIFY2(decode(payloadOf(frame), &message, &why), qPrintable(why));
        QVERIFY2(difference(QVariant(args), QVariant(message.args)).isEmpty(),
                 qPrintable(difference(QVariant(args), QVariant(message.args))));
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args.at(i).metaType().id() == QMetaType::QString)
                QCOMPARE(message.args.at(i).toString().isNull(), args.at(i).toString().isNull());
        }
        if (!keptCopy.isEmpty()) {
            QCOMPARE(keptList, keptCopy);
            if (keptCopy.at(0).metaType().id() == QMetaType::QString)
                QCOMPARE(keptString, keptCopy.at(0).toString());
        }
        keptList = message.args;
        keptCopy.clear();
        for (const QVariant &arg : args)
            keptCopy.append(arg);
        keptString = args.isEmpty() ? QString() : message.args.at(0).toString();
        keptList.detach(); // the list is its own now, but its strings are still shared
    }

    // A string the message alone holds is filled in place, with no new allocation.
    QByteArray frame;
    QVERIFY(Wire::encodeCall(&frame, 1, 2, "m", { QStringLiteral("abcdef") }));
    QVERIFY(decode(payloadOf(frame), &message, &why));
    keptList.clear();
    keptString.clear();
    const QChar *before = static_cast<const QString *>(message.args.at(0).constData())->constData();
    frame.clear();
    QVERIFY(Wire::encodeCall(&frame, 1, 2, "m", { QStringLiteral("uvw") }));
    QVERIFY(decode(payloadOf(frame), &message, &why));
    QCOMPARE(message.args.at(0).toString(), QStringLiteral("uvw"));
    QCOMPARE(static_cast<const QString *>(message.args.at(0).constData())->constData(), before);

    // A frame that fails leaves no arguments of the last message behind.
    frame.clear();
    QVERIFY(Wire::encodeCall(&frame, 1, 2, "m", { QStringLiteral("abc"), 7 }));
    QByteArray payload = payloadOf(frame);
    payload.chop(2);
    QVERIFY(!decode(payload, &message, &why));
    QVERIFY(message.args.isEmpty());
}

void tst_WireCodec::framesAppend()
{
    QByteArray out("prefix");
    Wire::encodeCancel(&out, 1);
    QVERIFY(Wire::encodeResult(&out, 2, 42));
    Wire::encodeGoodbye(&out, QStringLiteral("bye"));
    QVERIFY(out.startsWith("prefix"));

    QList<Kind> kinds;
    qsizetype pos = 6;
    while (pos < out.size()) {
        QVERIFY(out.size() - pos >= Protocol::FrameHeaderSize);
        const quint32 length = qFromBigEndian<quint32>(out.constData() + pos);
        pos += Protocol::FrameHeaderSize;
        QVERIFY(out.size() - pos >= qsizetype(length));
        Wire::Message message;
        QString why;
        QVERIFY2(Wire::decodeMessage(out.constData() + pos, length, &message, &why), qPrintable(why));
        kinds.append(message.kind);
        pos += length;
    }
    QCOMPARE(kinds, (QList<Kind>{ Kind::Cancel, Kind::Result, Kind::Goodbye }));

    QByteArray framed;
    Wire::appendFrame(&framed, QByteArray("abc"));
    QCOMPARE(framed, QByteArray("\0\0\0\3abc", 7));
}

void tst_WireCodec::nestingLimit()
{
    Wire::Message message;
    QString why;
    QVERIFY2(decode(nestedListPayload(Protocol::MaxNestingDepth), &message, &why), qPrintable(why));
    QVERIFY(!decode(nestedListPayload(Protocol::MaxNestingDepth + 1), &message, &why));
    QVERIFY2(why.contains(QLatin1String("nest")), qPrintable(why));

    // The limit counts maps and hashes as well as lists.
    const QByteArray mixed = build([](QDataStream &out) {
        out << k(Kind::Result) << quint32(1);
        for (int i = 0; i <= Protocol::MaxNestingDepth; ++i) {
            if (i % 3 == 0)
                out << t(Tag::List) << quint32(1);
            else
                out << t(i % 3 == 1 ? Tag::Map : Tag::Hash) << quint32(1) << QStringLiteral("k");
        }
        out << t(Tag::Null);
    });
    QVERIFY(!decode(mixed, &message, &why));
    QVERIFY2(why.contains(QLatin1String("nest")), qPrintable(why));
}

void tst_WireCodec::encoderKeepsToTheNestingLimit()
{
    // A value the decoder accepts.
    QByteArray frame;
    QString why;
    QVERIFY(Wire::encodeResult(&frame, 1, nestedLists(Protocol::MaxNestingDepth, 1), &why));
    Wire::Message message;
    QVERIFY2(decode(payloadOf(frame), &message, &why), qPrintable(why));

    // One level more: every peer rejects the frame as malformed and drops the connection, so the
    // sender should refuse it instead, as it refuses any other value it cannot send.
    frame.clear();
    const bool sent = Wire::encodeResult(&frame, 1, nestedLists(Protocol::MaxNestingDepth + 1, 1), &why);
    QVERIFY(!sent);
    if (sent) {
        QVERIFY(!decode(payloadOf(frame), &message, &why));
        QVERIFY2(why.contains(QLatin1String("nest")), qPrintable(why));
    } else {
        QVERIFY(frame.isEmpty());
    }
}

void tst_WireCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("word"); // the reason must mention it; empty: any reason

    QTest::newRow("empty frame") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("unknown kind 0") << QByteArray(1, '\0') << QStringLiteral("unknown");
    QTest::newRow("unknown kind 8") << QByteArray(1, '\10') << QStringLiteral("unknown");
    QTest::newRow("unknown kind 255") << QByteArray(1, '\xff') << QStringLiteral("unknown");

    // Every proper prefix of a valid frame of every kind.
    const auto frames = sampleFrames();
    for (const auto &[label, frame] : frames) {
        const QByteArray payload = payloadOf(frame);
        QVERIFY(!payload.isEmpty());
        for (qsizetype size = 0; size < payload.size(); ++size) {
            QTest::addRow("%s truncated to %d of %d bytes", label.constData(), int(size), int(payload.size()))
                    << payload.left(size) << QString();
        }
    }

    const auto result = [](auto fill) {
        return build([fill](QDataStream &out) {
            out << k(Kind::Result) << quint32(1);
            fill(out);
        });
    };
    QTest::newRow("list claims 0xFFFFFFFF items")
            << result([](QDataStream &out) { out << t(Tag::List) << quint32(0xFFFFFFFF); })
            << QStringLiteral("claims");
    QTest::newRow("list claims one item more than it has")
            << result([](QDataStream &out) { out << t(Tag::List) << quint32(2) << t(Tag::Null); })
            << QString();
    QTest::newRow("list claims as many items as bytes, of 8 bytes each")
            << result([](QDataStream &out) {
                   out << t(Tag::List) << quint32(9) << t(Tag::Double) << 1.0;
               })
            << QString();
    QTest::newRow("map claims 0xFFFFFFFF entries")
            << result([](QDataStream &out) { out << t(Tag::Map) << quint32(0xFFFFFFFF) << QStringLiteral("k") << t(Tag::Null); })
            << QStringLiteral("claims");
    QTest::newRow("hash claims 0xFFFFFFFF entries")
            << result([](QDataStream &out) { out << t(Tag::Hash) << quint32(0xFFFFFFFF); })
            << QStringLiteral("claims");
    QTest::newRow("string list claims 0xFFFFFFFF strings")
            << result([](QDataStream &out) { out << t(Tag::StringList) << quint32(0xFFFFFFFF) << QString(); })
            << QStringLiteral("claims");
    QTest::newRow("call arguments claim 0xFFFFFFFF items")
            << build([](QDataStream &out) {
                   out << k(Kind::Call) << quint32(1) << quint64(0) << QByteArray("ping")
                       << t(Tag::List) << quint32(0xFFFFFFFF);
               })
            << QStringLiteral("claims");
    QTest::newRow("string of 0xFFFFFFFE bytes")
            << result([](QDataStream &out) { out << t(Tag::String) << quint32(0xFFFFFFFE); })
            << QString();
    QTest::newRow("string of an odd byte count")
            << result([](QDataStream &out) { out << t(Tag::String) << quint32(3); out.writeRawData("abc", 3); })
            << QString();
    QTest::newRow("bytes of 0x7FFFFFFF bytes")
            << result([](QDataStream &out) { out << t(Tag::Bytes) << quint32(0x7FFFFFFF); })
            << QString();
    QTest::newRow("method name of 0xFFFFFFF0 bytes")
            << build([](QDataStream &out) { out << k(Kind::Call) << quint32(1) << quint64(0) << quint32(0xFFFFFFF0); })
            << QString();

    QTest::newRow("lists nested deeper than the limit")
            << nestedListPayload(Protocol::MaxNestingDepth + 1) << QStringLiteral("nest");
    QTest::newRow("lists nested 100000 deep")
            << nestedListPayload(100000) << QStringLiteral("nest");

    // Containers may only travel with their own tags, where counts and depth are checked.
    const auto smuggled = [result](int typeId, auto writeBody) {
        return result([typeId, writeBody](QDataStream &out) {
            out << t(Tag::Other) << quint32(typeId) << qint8(0);
            writeBody(out);
        });
    };
    QTest::newRow("QVariantList as Other")
            << smuggled(QMetaType::QVariantList, [](QDataStream &out) { out << QVariantList{ 1, 2 }; })
            << QStringLiteral("opaque");
    QTest::newRow("QVariantList as Other, 0xFFFFFFFF items")
            << smuggled(QMetaType::QVariantList, [](QDataStream &out) { out << quint32(0xFFFFFFFF); })
            << QStringLiteral("opaque");
    QTest::newRow("QVariantMap as Other")
            << smuggled(QMetaType::QVariantMap, [](QDataStream &out) { out << QVariantMap{ { QStringLiteral("a"), 1 } }; })
            << QStringLiteral("opaque");
    QTest::newRow("QVariantHash as Other")
            << smuggled(QMetaType::QVariantHash, [](QDataStream &out) { out << QVariantHash{ { QStringLiteral("a"), 1 } }; })
            << QStringLiteral("opaque");
    QTest::newRow("QVariantPair as Other")
            << smuggled(QMetaType::QVariantPair, [](QDataStream &out) { out << QVariant(1) << QVariant(2); })
            << QStringLiteral("opaque");
    QTest::newRow("QVariant as Other")
            << smuggled(QMetaType::QVariant, [](QDataStream &out) { out << QVariant(1); })
            << QStringLiteral("opaque");
    QTest::newRow("QVariantList as Other, by name")
            << result([](QDataStream &out) {
                   out << t(Tag::Other) << quint32(QMetaType::User) << qint8(0)
                       << QByteArray("QVariantList") << QVariantList{ 1 };
               })
            << QStringLiteral("opaque");
    QTest::newRow("QVariantMap as Other, by its template name")
            << result([](QDataStream &out) {
                   out << t(Tag::Other) << quint32(QMetaType::User) << qint8(0)
                       << QByteArray("QMap<QString,QVariant>") << QVariantMap();
               })
            << QStringLiteral("opaque");
    QTest::newRow("QObject* as Other")
            << smuggled(QMetaType::QObjectStar, [](QDataStream &out) { out << quint64(0x1234); })
            << QStringLiteral("opaque");
    QTest::newRow("Other of an unregistered name")
            << result([](QDataStream &out) {
                   out << t(Tag::Other) << quint32(QMetaType::User) << qint8(0)
                       << QByteArray("NoSuchType") << quint32(0);
               })
            << QStringLiteral("unknown");
    QTest::newRow("Other of a null name")
            << result([](QDataStream &out) {
                   out << t(Tag::Other) << quint32(QMetaType::User) << qint8(0) << QByteArray();
               })
            << QStringLiteral("unknown");
    QTest::newRow("Other of type id 0")
            << smuggled(QMetaType::UnknownType, [](QDataStream &) {}) << QStringLiteral("unknown");
    QTest::newRow("Other of a type without stream operators")
            << result([](QDataStream &out) {
                   out << t(Tag::Other) << quint32(QMetaType::User) << qint8(0)
                       << QByteArray(QMetaType::fromType<Opaque>().name()) << qint32(1);
               })
            << QString();
    QTest::newRow("Other of void")
            << smuggled(QMetaType::Void, [](QDataStream &) {}) << QString();
    QTest::newRow("Other truncated inside its body")
            << smuggled(QMetaType::QUuid, [](QDataStream &out) { out << quint32(1); }) << QString();

    QTest::newRow("unknown value tag")
            << result([](QDataStream &out) { out << quint8(quint8(Tag::ByteArrayList) + 1); })
            << QStringLiteral("unknown");
    QTest::newRow("unknown value tag 255")
            << result([](QDataStream &out) { out << quint8(255); }) << QStringLiteral("unknown");
    QTest::newRow("unknown value tag inside a list")
            << result([](QDataStream &out) { out << t(Tag::List) << quint32(2) << t(Tag::Null) << quint8(200); })
            << QStringLiteral("unknown");
    QTest::newRow("unknown value tag inside a map")
            << result([](QDataStream &out) { out << t(Tag::Map) << quint32(1) << QStringLiteral("k") << quint8(200); })
            << QStringLiteral("unknown");

    for (const auto &[label, frame] : frames) {
        QTest::addRow("%s with a stray byte", label.constData())
                << payloadOf(frame) + QByteArray(1, '\0') << QStringLiteral("stray");
    }
    QTest::newRow("Cancel with 1000 stray bytes")
            << build([](QDataStream &out) { out << k(Kind::Cancel) << quint32(1); }) + QByteArray(1000, 'x')
            << QStringLiteral("stray");

    QTest::newRow("Failure with error code 0")
            << build([](QDataStream &out) { out << k(Kind::Failure) << quint32(1) << quint16(0) << QStringLiteral("x"); })
            << QStringLiteral("code");
    QTest::newRow("Call arguments not a list")
            << build([](QDataStream &out) {
                   out << k(Kind::Call) << quint32(1) << quint64(0) << QByteArray("ping") << t(Tag::Int) << qint32(1);
               })
            << QStringLiteral("not a list");
    QTest::newRow("Call arguments a map")
            << build([](QDataStream &out) {
                   out << k(Kind::Call) << quint32(1) << quint64(0) << QByteArray("ping") << t(Tag::Map) << quint32(0);
               })
            << QStringLiteral("not a list");
    QTest::newRow("Call arguments null")
            << build([](QDataStream &out) {
                   out << k(Kind::Call) << quint32(1) << quint64(0) << QByteArray("ping") << t(Tag::Null);
               })
            << QStringLiteral("not a list");
    QTest::newRow("ObjectResult without a token")
            << build([](QDataStream &out) { out << k(Kind::ObjectResult) << quint32(1) << t(Tag::Int) << qint32(3); })
            << QStringLiteral("without a token");
    QTest::newRow("Event arguments not a list")
            << build([](QDataStream &out) {
                   out << k(Kind::Event) << quint64(1) << QByteArray("changed") << t(Tag::StringList) << quint32(0);
               })
            << QStringLiteral("not a list");
}

void tst_WireCodec::malformed()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, word);

    Wire::Message message;
    QString why;
    QVERIFY2(!decode(payload, &message, &why), "a malformed payload decoded");
    QVERIFY2(!why.isEmpty(), "a failed decode gives no reason");
    if (!word.isEmpty()) {
        QVERIFY2(why.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(why, word)));
    }
}

void tst_WireCodec::decodeWithoutReason()
{
    Wire::Message message;
    const QByteArray bad = nestedListPayload(Protocol::MaxNestingDepth + 1);
    QVERIFY(!Wire::decodeMessage(bad.constData(), bad.size(), &message, nullptr));
    const QByteArray truncatedMap = build([](QDataStream &out) {
        out << k(Kind::Result) << quint32(1) << t(Tag::Map) << quint32(1) << quint32(8);
        out.writeRawData("ab", 2);
    });
    QVERIFY(!Wire::decodeMessage(truncatedMap.constData(), truncatedMap.size(), &message, nullptr));
    QByteArray good;
    Wire::encodeCancel(&good, 5);
    QVERIFY(Wire::decodeMessage(good.constData() + 4, good.size() - 4, &message, nullptr));
    QCOMPARE(message.requestId, 5u);
}

void tst_WireCodec::unsendable_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("word");

    // Plain QObjects stay in their process; only proxies travel, as their tokens.
    QObject *object = m_object.get();
    QTest::newRow("QObject*") << QVariant::fromValue(object) << QStringLiteral("QObject");
    QTest::newRow("unattached Proxy*") << QVariant::fromValue(m_unattached.get()) << QStringLiteral("prox");
    QTest::newRow("type without stream operators") << QVariant::fromValue(Opaque{ 1 })
                                                   << QStringLiteral("QDataStream");
    QTest::newRow("QVariantPair") << QVariant::fromValue(qMakePair(QVariant(1), QVariant(2)))
                                  << QStringLiteral("Pair");
    QTest::newRow("deep inside a list") << QVariant(QVariantList{ 1, QVariantList{ 2, QVariant::fromValue(Opaque{ 2 }) } })
                                        << QStringLiteral("Opaque");
    QTest::newRow("deep inside a map")
            << QVariant(QVariantMap{ { QStringLiteral("a"), QStringLiteral("ok") },
                                     { QStringLiteral("b"), QVariantHash{ { QStringLiteral("c"), QVariant::fromValue(object) } } } })
            << QStringLiteral("QObject");
}

void tst_WireCodec::unsendable()
{
    QFETCH(QVariant, value);
    QFETCH(QString, word);

    QByteArray before;
    Wire::encodeCancel(&before, 1);
    const QByteArray original = before;

    QByteArray out = original;
    QString why;
    QVERIFY(!Wire::encodeCall(&out, 2, 3, "method", { QStringLiteral("fine"), value }, &why));
    QCOMPARE(out, original);
    QVERIFY2(why.contains(word), qPrintable(why));

    why.clear();
    QVERIFY(!Wire::encodeResult(&out, 2, value, &why));
    QCOMPARE(out, original);
    QVERIFY2(why.contains(word), qPrintable(why));

    why.clear();
    QVERIFY(!Wire::encodeEvent(&out, 3, "changed", { value }, &why));
    QCOMPARE(out, original);
    QVERIFY2(why.contains(word), qPrintable(why));

    // No reason asked for: still refused.
    QVERIFY(!Wire::encodeResult(&out, 2, value));
    QCOMPARE(out, original);

    // The buffer is still good for the next message.
    QVERIFY(Wire::encodeResult(&out, 4, 1));
    QVERIFY(out.startsWith(original));
    Wire::Message message;
    QVERIFY2(decode(payloadOf(out.mid(original.size())), &message, &why), qPrintable(why));
    QCOMPARE(message.requestId, 4u);
}

// A large byte array in a frame whose buffer is handed over becomes that buffer, cut down:
// the client's Array fetch is not copied out of the bytes it was read into.
void tst_WireCodec::bulkBytesTakeOverTheFrame()
{
    QByteArray bulk(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < bulk.size(); ++i)
        bulk[i] = char(i * 7);
    QByteArray frame;
    QVERIFY(Wire::encodeResult(&frame, 9, bulk));
    const char *payload = frame.constData() + Protocol::FrameHeaderSize;
    const qsizetype size = frame.size() - Protocol::FrameHeaderSize;
    const QByteArray original = frame;

    QByteArray owner = frame;
    owner.detach(); // the only reference, as the frame reader's buffer is
    const char *ownerPayload = owner.constData() + Protocol::FrameHeaderSize;
    Wire::Message message;
    QString why;
    QVERIFY2(Wire::decodeMessage(ownerPayload, size, &owner, &message, &why), qPrintable(why));
    QVERIFY(owner.isEmpty()); // taken over
    QCOMPARE(message.value.metaType().id(), QMetaType::QByteArray);
    const QByteArray decoded = message.value.toByteArray();
    QCOMPARE(decoded, bulk);
    // The bytes were not copied: the value starts inside the frame, after the 10-byte head.
    QCOMPARE(decoded.constData(), ownerPayload + Wire::BytesResultHeadSize);

    // Small byte arrays are copied and leave the owner alone.
    QByteArray small;
    QVERIFY(Wire::encodeResult(&small, 10, QByteArray("tiny")));
    QByteArray smallOwner = small;
    smallOwner.detach();
    QVERIFY(Wire::decodeMessage(smallOwner.constData() + Protocol::FrameHeaderSize,
                                smallOwner.size() - Protocol::FrameHeaderSize, &smallOwner, &message, &why));
    QCOMPARE(smallOwner, small);
    QCOMPARE(message.value.toByteArray(), QByteArray("tiny"));

    // Without an owner, the same frame decodes to the same value (a copy).
    QVERIFY(Wire::decodeMessage(payload, size, &message, &why));
    QCOMPARE(message.value.toByteArray(), bulk);
    QCOMPARE(frame, original);
}

// The server sends bulk answers as a head plus the bytes from their own buffer; together they
// must be exactly the frame encodeResult() makes.
void tst_WireCodec::bytesResultHeadMatchesEncodeResult()
{
    for (const qsizetype size : { qsizetype(0), qsizetype(1), qsizetype(300 * 1024) }) {
        const QByteArray bytes(size, 'b');
        QByteArray whole;
        QVERIFY(Wire::encodeResult(&whole, 77, bytes));
        QByteArray split("prefix");
        Wire::encodeBytesResultHead(&split, 77, bytes.size());
        split += bytes;
        QCOMPARE(split.mid(6), whole);
        // And the client recognises it from its head alone.
        const char *payload = whole.constData() + Protocol::FrameHeaderSize;
        quint32 requestId = 0;
        qsizetype announced = -1;
        QVERIFY(Wire::peekBytesResultHead(payload, Wire::BytesResultHeadSize, &requestId, &announced));
        QCOMPARE(requestId, 77u);
        QCOMPARE(announced, size);
        QVERIFY(!Wire::peekBytesResultHead(payload, Wire::BytesResultHeadSize - 1, &requestId, &announced));
    }
    // Not for another value, nor for a null byte array.
    QByteArray other;
    QVERIFY(Wire::encodeResult(&other, 78, QStringLiteral("text")));
    quint32 requestId = 0;
    qsizetype announced = -1;
    QVERIFY(!Wire::peekBytesResultHead(other.constData() + Protocol::FrameHeaderSize,
                                       other.size() - Protocol::FrameHeaderSize, &requestId, &announced));
    other.clear();
    QVERIFY(Wire::encodeResult(&other, 79, QByteArray()));
    QVERIFY(!Wire::peekBytesResultHead(other.constData() + Protocol::FrameHeaderSize,
                                       other.size() - Protocol::FrameHeaderSize, &requestId, &announced));
}


namespace {
// A Call payload whose argument list is written by \a fill (after the List tag).
template<typename Fill>
QByteArray callWith(Fill fill)
{
    return build([fill](QDataStream &out) {
        out << k(Kind::Call) << quint32(1) << quint64(1) << QByteArray("m") << t(Tag::List);
        fill(out);
    });
}

QByteArray nulls(quint32 count)
{
    return callWith([count](QDataStream &out) {
        out << count;
        for (quint32 i = 0; i < count; ++i)
            out << t(Tag::Null);
    });
}
} // namespace

void tst_WireCodec::decodedSizeBudget_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qsizetype>("budget");
    QTest::addColumn<bool>("decodes");

    const qsizetype standard = Protocol::DefaultDecodeBudget;
    // 32 bytes a Null against 16 times its 1 byte plus 1 MiB: about 65,500 fit.
    QTest::newRow("10,000 Nulls") << nulls(10000) << standard << true;
    QTest::newRow("1,000,000 Nulls (32 MB from 1 MB)") << nulls(1000000) << standard << false;
    QTest::newRow("10,000 Nulls over a 100 kB budget") << nulls(10000) << qsizetype(100000) << false;
    QTest::newRow("1,000,000 Ints (32 MB from 5 MB)")
            << callWith([](QDataStream &out) {
                   out << quint32(1000000);
                   for (int i = 0; i < 1000000; ++i)
                       out << t(Tag::Int) << qint32(i);
               })
            << standard << true;
    QTest::newRow("1,000,000 Bools (32 MB from 2 MB)")
            << callWith([](QDataStream &out) {
                   out << quint32(1000000);
                   for (int i = 0; i < 1000000; ++i)
                       out << t(Tag::Bool) << quint8(i & 1);
               })
            << standard << true;
    QTest::newRow("map of 200,000 two-letter keys to Ints")
            << callWith([](QDataStream &out) {
                   out << quint32(1) << t(Tag::Map) << quint32(200000);
                   for (int i = 0; i < 200000; ++i) {
                       const QChar key[2] = { QChar(0x4e00 + i / 400), QChar(0x4e00 + i % 400) };
                       out << QString(key, 2) << t(Tag::Int) << qint32(i);
                   }
               })
            << standard << true;
    // Each inner list is small; together they are not.
    QTest::newRow("100 lists of 10,000 Nulls")
            << callWith([](QDataStream &out) {
                   out << quint32(100);
                   for (int i = 0; i < 100; ++i) {
                       out << t(Tag::List) << quint32(10000);
                       for (int j = 0; j < 10000; ++j)
                           out << t(Tag::Null);
                   }
               })
            << standard << false;
    QTest::newRow("map of 200,000 empty keys to Null")
            << callWith([](QDataStream &out) {
                   out << quint32(1) << t(Tag::Map) << quint32(200000);
                   for (int i = 0; i < 200000; ++i)
                       out << QString(QLatin1String("")) << t(Tag::Null);
               })
            << standard << false;
    QTest::newRow("1,000,000 null byte arrays")
            << callWith([](QDataStream &out) {
                   out << quint32(1) << t(Tag::ByteArrayList) << quint32(1000000);
                   for (int i = 0; i < 1000000; ++i)
                       out << quint32(0xffffffff);
               })
            << standard << true;
    QTest::newRow("4 MB string within 10 MB")
            << callWith([](QDataStream &out) {
                   out << quint32(1) << t(Tag::String) << QString(2 * 1024 * 1024, QLatin1Char('x'));
               })
            << qsizetype(10 * 1000 * 1000) << true;
    QTest::newRow("4 MB string over 3 MB")
            << callWith([](QDataStream &out) {
                   out << quint32(1) << t(Tag::String) << QString(2 * 1024 * 1024, QLatin1Char('x'));
               })
            << qsizetype(3 * 1000 * 1000) << false;
}

void tst_WireCodec::decodedSizeBudget()
{
    QFETCH(QByteArray, payload);
    QFETCH(qsizetype, budget);
    QFETCH(bool, decodes);

    Wire::Message message;
    QString why;
    const bool decoded = Wire::decodeMessage(payload.constData(), payload.size(), &message, &why, budget);
    if (decodes) {
        QVERIFY2(decoded, qPrintable(why));
        QVERIFY(message.decodedSize > 0);
        QVERIFY(message.decodedSize <= qMin(budget, Protocol::DecodedSizeFactor * payload.size()
                                                            + Protocol::DecodedSizeSlack));
        return;
    }
    QVERIFY2(!decoded, "a message over the memory limit decoded");
    QVERIFY2(why.contains(QLatin1String("bytes of memory")),
             qPrintable(QStringLiteral("\"%1\" does not say the memory limit was passed").arg(why)));
    // Refused before it was reserved, and nothing kept.
    QCOMPARE(message.args.size(), 0);
    QVERIFY(message.args.capacity() * qsizetype(sizeof(QVariant)) <= budget);
}

void tst_WireCodec::largeMessageReleased()
{
    Wire::Message message;
    QString why;
    const QByteArray large = nulls(30000);
    QVERIFY2(decode(large, &message, &why), qPrintable(why));
    QVERIFY(message.decodedSize > Protocol::ReleaseDecodedAbove);
    QVERIFY(message.args.capacity() >= 30000);
    message.release();
    QCOMPARE(message.args.capacity(), 0);

    const QByteArray small = nulls(3);
    QVERIFY2(decode(small, &message, &why), qPrintable(why));
    QVERIFY(message.decodedSize <= Protocol::ReleaseDecodedAbove);
    QCOMPARE(message.args.size(), 3);
}

QTEST_GUILESS_MAIN(tst_WireCodec)
#include "tst_wirecodec.moc"
