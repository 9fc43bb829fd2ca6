// SPDX-License-Identifier: BSD-3-Clause
//
// A deterministic mutation fuzzer for the wire decoder and the frame reader, run as a Qt Test.
//
// mutations(): a corpus of valid frames of every kind is mutated (bit flips, byte inserts and
// deletes, length fields rewritten, runs duplicated, splices of two frames) and every result goes
// through decodeMessage() and, framed (now and then with a lying length), through a FrameReader.
// otherTypes(): every built-in type named in a Tag::Other value, with mutated bodies, since that
// hands peer bytes to Qt's own stream operators. crashers(): the fixtures in crashers/.
// Nothing may crash, and whatever decodes must re-encode, decode again, and come out the same.
//
// The seed is fixed, so a failure reproduces. Environment, for longer runs by hand:
//   LIBMANAGER_FUZZ_ITERATIONS    mutations to try (default 200000)
//   LIBMANAGER_FUZZ_OTHER_ROUNDS  bodies per type in otherTypes() (default 2000)
//   LIBMANAGER_FUZZ_SEED          another seed
//   LIBMANAGER_FUZZ_DUMP          a file each input of mutations() is written to before it is
//                                 decoded, so that after a crash it holds the crasher (slow)
// A failing input is saved in the temp directory; once understood, copy it into crashers/ as a
// regression fixture (see crashers/README.md).

#include "point3.h"

#include <libmanager/wire/framereader_p.h>
#include <libmanager/token.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qdir.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qendian.h>
#include <QtCore/qfile.h>
#include <QtCore/qhashfunctions.h>
#include <QtCore/qpoint.h>
#include <QtCore/qrandom.h>
#include <QtCore/qset.h>
#include <QtCore/qurl.h>
#include <QtCore/quuid.h>
#include <QtTest/qtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <iterator>
#include <utility>

using namespace LibManager;
using TestSupport::Point3;
using Protocol::Kind;
using Protocol::Tag;

namespace {

constexpr qsizetype ReaderLimit = 64 * 1024;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

QByteArray payloadOf(const QByteArray &frame)
{
    return frame.mid(Protocol::FrameHeaderSize);
}

QVariant nestedLists(int depth)
{
    QVariant value = 1;
    for (int i = 0; i < depth; ++i)
        value = QVariantList{ value, QString() };
    return value;
}

QList<QByteArray> buildCorpus()
{
    const Token token(QStringLiteral("/tmp/fuzz.sock"), QStringLiteral("Counter"), 5, QByteArray(16, '\x33'));
    const QVariantList leaves{
        QVariant(), true, -1, qlonglong(1) << 40, uint(7), qulonglong(0xFFFFFFFFFFFFull), 0.5,
        QStringLiteral("text"), QString(), QStringLiteral(""), QByteArray("bytes"), QByteArray(),
        QStringList{ QStringLiteral("a"), QString() }, QVariant::fromValue(token),
        QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC), QDate(1999, 12, 31),
        QUuid::fromString(QLatin1String("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")),
        QPointF(1.5, 2.5), QUrl(QStringLiteral("http://example.org/")),
        QVariant::fromValue(QByteArrayList{ "x", "y" }), QVariant::fromValue(Point3{ 1, 2, 3 }),
        QVariant::fromValue(qint16(3)), 1.5f,
    };
    const QVariantMap map{ { QStringLiteral("one"), 1 }, { QStringLiteral("list"), leaves.mid(0, 8) },
                           { QString(), QVariant() } };
    const QVariantHash hash{ { QStringLiteral("map"), map }, { QStringLiteral("token"), QVariant::fromValue(token) } };

    QList<QByteArray> frames;
    QByteArray frame;
    const auto take = [&frames, &frame] {
        frames.append(payloadOf(frame));
        frame.clear();
    };
    Wire::encodeCall(&frame, 1, 2, "method", leaves);
    take();
    Wire::encodeCall(&frame, 2, Protocol::IntrospectorObjectId, "create",
                     { QStringLiteral("Counter"), QVariantList{ 1, map } });
    take();
    Wire::encodeCall(&frame, 3, 4, "ping", {});
    take();
    Wire::encodeRelease(&frame, 4, 1);
    take();
    Wire::encodeCancel(&frame, 5);
    take();
    Wire::encodeSubscribe(&frame, 6, 4);
    take();
    Wire::encodeUnsubscribe(&frame, 4);
    take();
    for (const QVariant &leaf : leaves) {
        Wire::encodeResult(&frame, 7, leaf);
        take();
    }
    Wire::encodeResult(&frame, 8, map);
    take();
    Wire::encodeResult(&frame, 9, hash);
    take();
    Wire::encodeResult(&frame, 10, nestedLists(12));
    take();
    Wire::encodeResult(&frame, 11, nestedLists(Protocol::MaxNestingDepth));
    take();
    Wire::encodeFailure(&frame, 12, Error::KeyError, QStringLiteral("no such key"));
    take();
    Wire::encodeEvent(&frame, 4, "changed", { 1, QStringLiteral("two"), hash });
    take();
    Wire::encodeGoodbye(&frame, QStringLiteral("bye"));
    take();
    Wire::encodeObjectResult(&frame, 9, token);
    take();
    Wire::encodeEmpty(&frame, Kind::Ping);
    take();
    Wire::encodeEmpty(&frame, Kind::Pong);
    take();
    return frames;
}

// Re-encodes a decoded message with the encoder of its kind.
bool encode(const Wire::Message &message, QByteArray *out, QString *why)
{
    switch (message.kind) {
    case Kind::Call:
        return Wire::encodeCall(out, message.requestId, message.objectId, message.name, message.args, why);
    case Kind::Post:
        return Wire::encodePost(out, message.requestId, message.objectId, message.name, message.args, why);
    case Kind::Release:
        Wire::encodeRelease(out, message.objectId, message.count);
        return true;
    case Kind::Cancel:
        Wire::encodeCancel(out, message.requestId);
        return true;
    case Kind::Subscribe:
        Wire::encodeSubscribe(out, message.requestId, message.objectId);
        return true;
    case Kind::Unsubscribe:
        Wire::encodeUnsubscribe(out, message.objectId);
        return true;
    case Kind::Result:
        return Wire::encodeResult(out, message.requestId, message.value, why);
    case Kind::Ping:
    case Kind::Pong:
        Wire::encodeEmpty(out, message.kind);
        return true;
    case Kind::ObjectResult:
        // The decoder accepts an ObjectResult only with a token in it.
        Wire::encodeObjectResult(out, message.requestId, message.value.value<Token>());
        return true;
    case Kind::Failure:
        Wire::encodeFailure(out, message.requestId, message.error, message.text);
        return true;
    case Kind::Event:
        return Wire::encodeEvent(out, message.objectId, message.name, message.args, why);
    case Kind::EventInfo:
        return Wire::encodeEventInfo(out, message.objectId, message.name, message.args,
                                     message.version, message.origin, message.position, why);
    case Kind::Goodbye:
        Wire::encodeGoodbye(out, message.text);
        return true;
    }
    *why = QStringLiteral("decoded a message of unknown kind %1").arg(int(message.kind));
    return false;
}

// A leaf as the codec writes it: compares any two values of a type, NaNs included.
QByteArray leafBytes(const QVariant &value)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(Protocol::DataStreamVersion);
    out.setByteOrder(QDataStream::BigEndian);
    Wire::writeValue(out, value, nullptr);
    return bytes;
}

// Same structure and same leaves; hashes compared by key, not by their iteration order. A leaf
// is what the codec writes for it (a std::nullptr_t that came as Tag::Other comes back as Null),
// and values that travel as Tag::Other only need the same type: what Qt's own stream operators
// make of corrupt bytes (a QDateTime with a time spec of -62, say) need not survive a second round.
bool sameValue(const QVariant &a, const QVariant &b)
{
    switch (a.metaType().id()) {
    case QMetaType::QVariantList: {
        const QVariantList x = a.toList();
        const QVariantList y = b.toList();
        return b.metaType() == a.metaType()
                && std::equal(x.cbegin(), x.cend(), y.cbegin(), y.cend(), sameValue);
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantHash x = a.toHash();
        const QVariantHash y = b.toHash();
        if (b.metaType() != a.metaType() || x.size() != y.size())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.cend() || !sameValue(it.value(), other.value()))
                return false;
        }
        return true;
    }
    default: {
        const QByteArray x = leafBytes(a);
        if (x.startsWith(char(Tag::Other)))
            return a.metaType() == b.metaType();
        return x == leafBytes(b);
    }
    }
}

bool sameMessage(const Wire::Message &a, const Wire::Message &b)
{
    return a.kind == b.kind && a.requestId == b.requestId && a.objectId == b.objectId
            && a.count == b.count && a.name == b.name && a.error == b.error && a.text == b.text
            && a.text.isNull() == b.text.isNull() && sameValue(a.value, b.value)
            && sameValue(QVariant(a.args), QVariant(b.args));
}

QString saveInput(const QByteArray &payload, const QString &label)
{
    const QString path = QDir::temp().filePath(QStringLiteral("libmanager-fuzz-%1.bin").arg(label));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(payload);
    return path;
}

// Decodes \a payload; if it decodes, checks that it survives re-encoding. Empty if all is well,
// else what went wrong.
QString check(const QByteArray &payload, bool *decoded = nullptr)
{
    Wire::Message message;
    QString why;
    const bool ok = Wire::decodeMessage(payload.constData(), payload.size(), &message, &why);
    if (decoded)
        *decoded = ok;
    if (!ok)
        return why.isEmpty() ? QStringLiteral("a rejected payload came without a reason") : QString();
    if (!why.isEmpty())
        return QStringLiteral("a decoded payload came with a reason: %1").arg(why);

    QByteArray frame("junk");
    if (!encode(message, &frame, &why))
        return QStringLiteral("decoded, but does not re-encode: %1").arg(why);
    if (!frame.startsWith("junk"))
        return QStringLiteral("re-encoding did not append");
    const QByteArray again = frame.mid(4 + Protocol::FrameHeaderSize);
    Wire::Message second;
    if (!Wire::decodeMessage(again.constData(), again.size(), &second, &why))
        return QStringLiteral("re-encoded, but does not decode again: %1").arg(why);
    if (!sameMessage(message, second))
        return QStringLiteral("re-encoded, but decodes to something else");
    return {};
}

// Inputs that crash inside Qt 6.4's own stream operators, to which Tag::Other hands untrusted
// bytes. These are open library bugs; the loop steps around them so that it can find others, and
// crashers/known-crash-*.bin keeps one of each, run in a child process. Remove an entry once the
// codec refuses the type (the known-crash fixture then turns XPASS).
QString knownCrash(const QByteArray &payload)
{
    // operator>>(QDataStream &, QBitArray &) with a negative qint64 length writes through the
    // shared empty array (Qt 6.4.2).
    // Fixed: the codec no longer hands QBitArray (or any type outside its allow-list) to Qt's
    // readers; crashers/malformed-other-qbitarray-negative-length.bin keeps the case.
    Q_UNUSED(payload);
    return {};
}

// Runs check() on \a payload in a child process: a crash there fails one row, not the run.
bool survivesInChild(const QByteArray &payload, QString *how)
{
    const pid_t pid = ::fork();
    if (pid < 0) {
        *how = QStringLiteral("fork() failed");
        return false;
    }
    if (pid == 0) {
        // No core file, and none of QtTest's crash reporting (it runs gdb) in the child.
        const rlimit noCore{ 0, 0 };
        ::setrlimit(RLIMIT_CORE, &noCore);
        for (int sig : { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT })
            std::signal(sig, SIG_DFL);
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        check(payload);
        ::_exit(0);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            *how = QStringLiteral("waitpid() failed");
            return false;
        }
    }
    if (WIFSIGNALED(status)) {
        *how = QStringLiteral("the decoder died of signal %1").arg(WTERMSIG(status));
        return false;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *how = QStringLiteral("the child exited with %1").arg(WEXITSTATUS(status));
        return false;
    }
    return true;
}

class Mutator
{
public:
    Mutator(quint32 seed, QList<QByteArray> corpus) : m_random(seed), m_corpus(std::move(corpus)) {}

    QRandomGenerator &random() { return m_random; }
    int bounded(int n) { return int(m_random.bounded(quint32(n))); }
    const QByteArray &pick() { return m_corpus.at(bounded(int(m_corpus.size()))); }

    QByteArray mutate()
    {
        QByteArray data = pick();
        mutate(data);
        return data;
    }

    void mutate(QByteArray &data)
    {
        const int rounds = 1 + bounded(4);
        for (int i = 0; i < rounds; ++i)
            mutateOnce(data);
    }

    quint32 interestingLength(qsizetype remaining)
    {
        static const quint32 values[] = { 0, 1, 2, 4, 5, 8, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF,
                                          0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF };
        switch (bounded(4)) {
        case 0: return quint32(qMax<qsizetype>(remaining, 0));
        case 1: return quint32(qMax<qsizetype>(remaining + bounded(3) - 1, 0));
        case 2: return m_random.generate();
        default: return values[bounded(int(std::size(values)))];
        }
    }

private:
    void mutateOnce(QByteArray &data)
    {
        const int size = int(data.size());
        switch (bounded(size == 0 ? 2 : 10)) {
        case 0: { // insert bytes
            const int at = bounded(size + 1);
            QByteArray bytes(1 + bounded(8), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(bounded(256));
            data.insert(at, bytes);
            break;
        }
        case 1: { // splice: our head, another frame's tail
            const QByteArray &other = pick();
            data = data.left(bounded(size + 1)) + other.mid(bounded(int(other.size()) + 1));
            break;
        }
        case 2: // flip a bit
        case 3: {
            const int at = bounded(size);
            data[at] = char(data.at(at) ^ (1 << bounded(8)));
            break;
        }
        case 4: { // an interesting byte: a tag, a kind, an extreme
            static const quint8 bytes[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                                            16, 17, 18, 19, 20, 0x7F, 0x80, 0xFE, 0xFF };
            data[bounded(size)] = char(bytes[bounded(int(std::size(bytes)))]);
            break;
        }
        case 5: { // rewrite a 32-bit length or count
            const int at = bounded(size);
            const quint32 value = interestingLength(size - at - 4);
            if (at + 4 > size)
                data.resize(at + 4);
            qToBigEndian<quint32>(value, data.data() + at);
            break;
        }
        case 6: { // delete bytes
            const int at = bounded(size);
            data.remove(at, 1 + bounded(qMin(8, size - at)));
            break;
        }
        case 7: { // duplicate a run of bytes elsewhere: repeats containers and headers
            const int at = bounded(size);
            const QByteArray run = data.mid(at, 1 + bounded(qMin(32, size - at)));
            data.insert(bounded(size + 1), run);
            break;
        }
        case 8: // truncate
            data.truncate(bounded(size));
            break;
        default: { // swap two bytes
            const int a = bounded(size);
            const int b = bounded(size);
            std::swap(data[a], data[b]);
            break;
        }
        }
    }

    QRandomGenerator m_random;
    QList<QByteArray> m_corpus;
};

// Counts messages instead of printing them: unknown type ids make QMetaType warn, and the fuzzer
// makes many of them.
class QuietMessages
{
public:
    QuietMessages() { s_count = 0; m_previous = qInstallMessageHandler(count); }
    ~QuietMessages() { qInstallMessageHandler(m_previous); }
    static int messages() { return s_count; }

private:
    static void count(QtMsgType, const QMessageLogContext &, const QString &) { ++s_count; }
    static inline int s_count = 0;
    QtMessageHandler m_previous;
};

} // namespace

class tst_FuzzDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusIsValid();
    void mutations();
    void otherTypes();
    void crashers_data();
    void crashers();

private:
    QList<QByteArray> m_corpus;
};

void tst_FuzzDecoder::initTestCase()
{
    // The corpus holds a QVariantHash: with a random hash seed its order, hence the bytes that
    // get mutated, would differ from run to run.
    QHashSeed::setDeterministicGlobalSeed();
    qRegisterMetaType<Point3>();
    m_corpus = buildCorpus();
    QVERIFY(m_corpus.size() > 30);
}

void tst_FuzzDecoder::corpusIsValid()
{
    QSet<quint8> kinds;
    for (const QByteArray &payload : std::as_const(m_corpus)) {
        bool decoded = false;
        const QString problem = check(payload, &decoded);
        QVERIFY2(decoded && problem.isEmpty(), qPrintable(problem + QLatin1Char(' ') + QString::fromLatin1(payload.toHex())));
        kinds.insert(quint8(payload.at(0)));
    }
    QCOMPARE(kinds.size(), 12); // every message kind of the protocol
}

void tst_FuzzDecoder::mutations()
{
    const int iterations = envInt("LIBMANAGER_FUZZ_ITERATIONS", 200000);
    const quint32 seed = quint32(envInt("LIBMANAGER_FUZZ_SEED", 20240601));
    const QString dump = qEnvironmentVariable("LIBMANAGER_FUZZ_DUMP");

    Mutator mutator(seed, m_corpus);
    FrameReader reader(ReaderLimit);
    int decoded = 0;
    int skipped = 0;
    int framesOut = 0;
    int tooLarge = 0;
    QString failure;
    QElapsedTimer timer;
    timer.start();
    {
        QuietMessages quiet;
        for (int i = 0; i < iterations && failure.isEmpty(); ++i) {
            const QByteArray payload = mutator.mutate();
            if (!knownCrash(payload).isEmpty()) {
                ++skipped;
                continue;
            }
            if (!dump.isEmpty()) {
                QFile file(dump);
                if (file.open(QIODevice::WriteOnly))
                    file.write(payload);
            }

            bool ok = false;
            QString problem = check(payload, &ok);
            decoded += ok;
            if (!problem.isEmpty()) {
                failure = QStringLiteral("iteration %1 (seed %2): %3; input saved as %4")
                                  .arg(i).arg(seed).arg(problem, saveInput(payload, QString::number(i)));
                break;
            }

            // The same bytes as a stream: framed, now and then with a lying length, in pieces.
            QByteArray frame;
            Wire::appendFrame(&frame, payload);
            if (mutator.bounded(10) == 0)
                qToBigEndian<quint32>(mutator.interestingLength(payload.size()), frame.data());
            for (qsizetype pos = 0; pos < frame.size();) {
                const qsizetype piece = qMin<qsizetype>(1 + mutator.bounded(int(frame.size())), frame.size() - pos);
                if (mutator.bounded(2)) {
                    reader.append(frame.constData() + pos, piece);
                } else {
                    std::memcpy(reader.appendBuffer(piece + 16), frame.constData() + pos, size_t(piece));
                    reader.commitAppend(piece);
                }
                pos += piece;
                const char *data = nullptr;
                qsizetype size = 0;
                FrameReader::Status status;
                while ((status = reader.next(&data, &size)) == FrameReader::Frame) {
                    ++framesOut;
                    if (!knownCrash(QByteArray::fromRawData(data, size)).isEmpty()) {
                        ++skipped;
                        continue;
                    }
                    problem = check(QByteArray(data, size));
                    if (!problem.isEmpty()) {
                        failure = QStringLiteral("iteration %1 (seed %2), from the frame reader: %3; input saved as %4")
                                          .arg(i).arg(seed).arg(problem, saveInput(QByteArray(data, size), QString::number(i)));
                        break;
                    }
                }
                if (!failure.isEmpty())
                    break;
                if (status == FrameReader::TooLarge) {
                    // The connection would close here; a new one starts clean.
                    if (qsizetype(reader.announcedSize()) <= ReaderLimit) {
                        failure = QStringLiteral("iteration %1: TooLarge for %2 bytes").arg(i).arg(reader.announcedSize());
                        break;
                    }
                    ++tooLarge;
                    reader = FrameReader(ReaderLimit);
                } else if (reader.bufferedBytes() >= Protocol::FrameHeaderSize + ReaderLimit) {
                    failure = QStringLiteral("iteration %1: %2 bytes buffered, more than one frame")
                                      .arg(i).arg(reader.bufferedBytes());
                    break;
                }
            }
        }
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qDebug("%d mutations in %lld ms: %d decoded, %d frames cut by the reader, %d too large, "
           "%d Qt warnings, %d inputs that hit a known crash skipped",
           iterations, qint64(timer.elapsed()), decoded, framesOut, tooLarge, QuietMessages::messages(), skipped);
    // A fuzzer whose mutations all fail to decode explores nothing behind the first check.
    QVERIFY2(decoded > iterations / 50, "too few mutations decode; the mutator is too destructive");
}

void tst_FuzzDecoder::otherTypes()
{
    // Tag::Other hands the bytes to Qt's own stream operator of whatever type the peer names, so
    // give every built-in type (and ours) bodies of random and of extreme numbers.
    const int rounds = envInt("LIBMANAGER_FUZZ_OTHER_ROUNDS", 2000);
    const quint32 seed = quint32(envInt("LIBMANAGER_FUZZ_SEED", 20240601));
    Mutator mutator(seed, m_corpus);
    int tried = 0;
    int decoded = 0;
    int skipped = 0;
    QString failure;
    QList<QByteArray> names;
    {
        QuietMessages quiet; // QMetaType warns about the ids that are no type
        for (int id = 1; id <= QMetaType::LastCoreType; ++id) {
            if (QMetaType(id).isValid())
                names.append(QMetaType(id).name());
        }
        names.append(QMetaType::fromType<Point3>().name());
        names.append(QMetaType::fromType<Token>().name());
        for (const QByteArray &name : std::as_const(names)) {
            const QMetaType type = QMetaType::fromName(name);
            QByteArray head;
            {
                QDataStream out(&head, QIODevice::WriteOnly);
                out.setVersion(Protocol::DataStreamVersion);
                out.setByteOrder(QDataStream::BigEndian);
                out << quint8(Kind::Result) << quint32(1) << quint8(Tag::Other);
                if (type.id() >= QMetaType::User)
                    out << quint32(QMetaType::User) << qint8(0) << name;
                else
                    out << quint32(type.id()) << qint8(0);
            }
            // A default value as the type writes it, to mutate; or random bytes.
            QByteArray valid;
            if (type.hasRegisteredDataStreamOperators()) {
                QDataStream out(&valid, QIODevice::WriteOnly);
                out.setVersion(Protocol::DataStreamVersion);
                out.setByteOrder(QDataStream::BigEndian);
                const QVariant value(type);
                type.save(out, value.constData());
            }
            for (int round = 0; round < rounds && failure.isEmpty(); ++round) {
                QByteArray body;
                if (!valid.isEmpty() && mutator.bounded(3) != 0) {
                    body = valid;
                    mutator.mutate(body);
                } else {
                    body.resize(mutator.bounded(48));
                    for (char &c : body)
                        c = char(mutator.bounded(256));
                }
                const QByteArray payload = head + body;
                ++tried;
                if (!knownCrash(payload).isEmpty()) {
                    ++skipped;
                    continue;
                }
                bool ok = false;
                const QString problem = check(payload, &ok);
                decoded += ok;
                if (!problem.isEmpty()) {
                    failure = QStringLiteral("%1: %2; input saved as %3")
                                      .arg(QString::fromLatin1(name), problem,
                                           saveInput(payload, QString::fromLatin1(name).remove(QLatin1Char('*'))));
                }
            }
        }
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qDebug("%d types, %d bodies: %d decoded, %d that hit a known crash skipped",
           int(names.size()), tried, decoded, skipped);
}

void tst_FuzzDecoder::crashers_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("malformed");
    QTest::addColumn<bool>("crashes"); // an open bug, see knownCrash()

    const QDir dir(QStringLiteral(LIBMANAGER_CRASHERS_DIR));
    QVERIFY2(dir.exists(), LIBMANAGER_CRASHERS_DIR);
    const QStringList names = dir.entryList({ QStringLiteral("*.bin") }, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "no fixtures in " LIBMANAGER_CRASHERS_DIR);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QTest::newRow(qPrintable(name)) << file.readAll() << name.startsWith(QLatin1String("malformed-"))
                                        << name.startsWith(QLatin1String("known-crash-"));
    }
}

void tst_FuzzDecoder::crashers()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, malformed);
    QFETCH(bool, crashes);

    // First in a child, so that a crash fails this row only.
    QString how;
    const bool survives = survivesInChild(payload, &how);
    if (crashes)
        QEXPECT_FAIL("", "an open bug (see knownCrash()); once fixed, rename the fixture", Abort);
    QVERIFY2(survives, qPrintable(how));

    QuietMessages quiet;
    bool decoded = false;
    QString problem = check(payload, &decoded);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (malformed)
        QVERIFY2(!decoded, "a malformed-* fixture decoded");

    // Through the frame reader, a byte at a time, with the handshake limit and the normal one.
    for (const qsizetype limit : { qsizetype(Protocol::MaxHandshakeFrame), Protocol::DefaultMaxFrameSize }) {
        QByteArray frame;
        Wire::appendFrame(&frame, payload);
        FrameReader reader(limit);
        const char *data = nullptr;
        qsizetype size = 0;
        FrameReader::Status status = FrameReader::NeedMore;
        for (qsizetype i = 0; i < frame.size() && status == FrameReader::NeedMore; ++i) {
            reader.append(frame.constData() + i, 1);
            status = reader.next(&data, &size);
        }
        if (payload.size() > limit) {
            QCOMPARE(status, FrameReader::TooLarge);
            QCOMPARE(qsizetype(reader.announcedSize()), payload.size());
        } else {
            QCOMPARE(status, FrameReader::Frame);
            QVERIFY(QByteArray(data, size) == payload);
            problem = check(QByteArray(data, size));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

QTEST_GUILESS_MAIN(tst_FuzzDecoder)
#include "tst_fuzzdecoder.moc"
