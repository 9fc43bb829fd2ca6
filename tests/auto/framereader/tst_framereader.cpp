// SPDX-License-Identifier: BSD-3-Clause
#include <libmanager/wire/framereader_p.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qbuffer.h>
#include <QtCore/qendian.h>
#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <algorithm>
#include <cstring>

using LibManager::FrameReader;
namespace Protocol = LibManager::Protocol;

namespace {

QByteArray frame(const QByteArray &payload)
{
    QByteArray out;
    LibManager::Wire::appendFrame(&out, payload);
    return out;
}

QByteArray header(quint32 length)
{
    QByteArray out(Protocol::FrameHeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(length, out.data());
    return out;
}

// Payloads of assorted sizes, zero included, with contents that show where they were cut.
QList<QByteArray> samplePayloads(int count, int maxSize, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QByteArray> payloads;
    for (int i = 0; i < count; ++i) {
        const int size = i % 5 == 0 ? 0 : random.bounded(maxSize + 1);
        QByteArray payload(size, Qt::Uninitialized);
        for (int j = 0; j < size; ++j)
            payload[j] = char(random.bounded(256));
        payloads.append(payload);
    }
    return payloads;
}

QByteArray stream(const QList<QByteArray> &payloads)
{
    QByteArray out;
    for (const QByteArray &payload : payloads)
        LibManager::Wire::appendFrame(&out, payload);
    return out;
}

// Takes every complete frame out of \a reader; copies, since the next append may move them.
QList<QByteArray> drain(FrameReader &reader, FrameReader::Status *last = nullptr)
{
    QList<QByteArray> frames;
    const char *payload = nullptr;
    qsizetype size = -1;
    FrameReader::Status status;
    while ((status = reader.next(&payload, &size)) == FrameReader::Frame)
        frames.append(QByteArray(payload, size));
    if (last)
        *last = status;
    return frames;
}

} // namespace

class tst_FrameReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void empty();
    void byteByByte();
    void chunked_data();
    void chunked();
    void severalFramesInOneAppend();
    void framesStayValidUntilMoreBytes();
    void zeroLengthFrames();
    void appendBuffer();
    void readFromBuffer_data();
    void readFromBuffer();
    void readFromClosedDevice();
    void tooLarge_data();
    void tooLarge();
    void tooLargeAfterGoodFrames();
    void largeFrame();
    void takeBuffer();
};

void tst_FrameReader::defaults()
{
    QCOMPARE(FrameReader().maxFrameSize(), Protocol::DefaultMaxFrameSize);
    QCOMPARE(FrameReader(0).maxFrameSize(), Protocol::DefaultMaxFrameSize);
    QCOMPARE(FrameReader(-1).maxFrameSize(), Protocol::DefaultMaxFrameSize);
    QCOMPARE(FrameReader(Protocol::MaxHandshakeFrame).maxFrameSize(), qsizetype(Protocol::MaxHandshakeFrame));
    FrameReader reader;
    reader.setMaxFrameSize(10);
    QCOMPARE(reader.maxFrameSize(), qsizetype(10));
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_FrameReader::empty()
{
    FrameReader reader;
    const char *payload = nullptr;
    qsizetype size = -1;
    QCOMPARE(reader.next(&payload, &size), FrameReader::NeedMore);
    reader.append(QByteArray());
    QCOMPARE(reader.next(&payload, &size), FrameReader::NeedMore);
    QCOMPARE(payload, nullptr);
    QCOMPARE(size, qsizetype(-1));
}

void tst_FrameReader::byteByByte()
{
    const QList<QByteArray> payloads = samplePayloads(12, 300, 1);
    const QByteArray bytes = stream(payloads);

    // Where each frame's last byte is.
    QList<qsizetype> ends;
    qsizetype end = 0;
    for (const QByteArray &payload : payloads)
        ends.append(end += Protocol::FrameHeaderSize + payload.size());

    FrameReader reader;
    QList<QByteArray> frames;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        reader.append(bytes.constData() + i, 1);
        FrameReader::Status last;
        frames += drain(reader, &last);
        QCOMPARE(last, FrameReader::NeedMore);
        // A frame comes out exactly when its last byte arrives, never earlier.
        const auto complete = std::count_if(ends.cbegin(), ends.cend(), [i](qsizetype e) { return e <= i + 1; });
        QVERIFY2(frames.size() == complete,
                 qPrintable(QStringLiteral("%1 frames after %2 bytes, expected %3").arg(frames.size()).arg(i + 1).arg(complete)));
    }
    QCOMPARE(frames, payloads);
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_FrameReader::chunked_data()
{
    QTest::addColumn<int>("chunk");
    for (int chunk : { 2, 3, 4, 5, 7, 13, 64, 1000, 4096, 65536 })
        QTest::addRow("%d bytes at a time", chunk) << chunk;
}

void tst_FrameReader::chunked()
{
    QFETCH(int, chunk);
    const QList<QByteArray> payloads = samplePayloads(200, 5000, 2);
    const QByteArray bytes = stream(payloads);

    FrameReader reader;
    QList<QByteArray> frames;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        reader.append(bytes.mid(i, chunk));
        frames += drain(reader);
    }
    QCOMPARE(frames.size(), payloads.size());
    QCOMPARE(frames, payloads);
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_FrameReader::severalFramesInOneAppend()
{
    const QList<QByteArray> payloads{ "one", "two", QByteArray(), "four", QByteArray(100, 'x') };
    QByteArray bytes = stream(payloads);
    const QByteArray sixth = frame("sixth");
    bytes += sixth.left(6);

    FrameReader reader;
    reader.append(bytes);
    QCOMPARE(reader.bufferedBytes(), bytes.size());
    FrameReader::Status last;
    QCOMPARE(drain(reader, &last), payloads);
    QCOMPARE(last, FrameReader::NeedMore);
    QCOMPARE(reader.bufferedBytes(), qsizetype(6));

    reader.append(sixth.mid(6));
    QCOMPARE(drain(reader, &last), QList<QByteArray>{ "sixth" });
    QCOMPARE(last, FrameReader::NeedMore);
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_FrameReader::framesStayValidUntilMoreBytes()
{
    FrameReader reader;
    reader.append(frame("first") + frame("second"));
    const char *first = nullptr;
    qsizetype firstSize = 0;
    const char *second = nullptr;
    qsizetype secondSize = 0;
    QCOMPARE(reader.next(&first, &firstSize), FrameReader::Frame);
    QCOMPARE(reader.next(&second, &secondSize), FrameReader::Frame);
    QCOMPARE(QByteArray(first, firstSize), QByteArray("first"));
    QCOMPARE(QByteArray(second, secondSize), QByteArray("second"));
}

void tst_FrameReader::zeroLengthFrames()
{
    FrameReader reader;
    reader.append(header(0));
    const char *payload = nullptr;
    qsizetype size = -1;
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(size, qsizetype(0));
    QVERIFY(payload);
    QCOMPARE(reader.next(&payload, &size), FrameReader::NeedMore);

    reader.append(header(0) + header(0) + header(0) + frame("x") + header(0));
    FrameReader::Status last;
    QCOMPARE(drain(reader, &last), (QList<QByteArray>{ QByteArray(), QByteArray(), QByteArray(), "x", QByteArray() }));
    QCOMPARE(last, FrameReader::NeedMore);

    // With no room at all for a payload, an empty frame still fits.
    FrameReader tiny(1);
    tiny.append(header(0));
    QCOMPARE(tiny.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(size, qsizetype(0));
}

void tst_FrameReader::appendBuffer()
{
    const QList<QByteArray> payloads = samplePayloads(50, 3000, 3);
    const QByteArray bytes = stream(payloads);

    FrameReader reader;
    QList<QByteArray> frames;
    QRandomGenerator random(4);
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        // Ask for more room than gets used, as a socket read does.
        const qsizetype room = 1 + random.bounded(8192);
        const qsizetype written = qMin<qsizetype>(random.bounded(room + 1), bytes.size() - pos);
        char *buffer = reader.appendBuffer(room);
        QVERIFY(buffer);
        std::memcpy(buffer, bytes.constData() + pos, size_t(written));
        reader.commitAppend(written);
        pos += written;
        frames += drain(reader);
    }
    QCOMPARE(frames, payloads);
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));

    // Room asked for but nothing written adds nothing.
    reader.appendBuffer(100);
    reader.commitAppend(0);
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
    const char *payload = nullptr;
    qsizetype size = 0;
    QCOMPARE(reader.next(&payload, &size), FrameReader::NeedMore);
}

void tst_FrameReader::readFromBuffer_data()
{
    QTest::addColumn<int>("frames");
    QTest::addColumn<int>("maxSize");
    QTest::newRow("one small frame") << 1 << 10;
    QTest::newRow("less than one read") << 10 << 100;
    QTest::newRow("many reads") << 100 << 10000;
}

void tst_FrameReader::readFromBuffer()
{
    QFETCH(int, frames);
    QFETCH(int, maxSize);
    const QList<QByteArray> payloads = samplePayloads(frames, maxSize, 5);
    QByteArray bytes = stream(payloads);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    FrameReader reader;
    QCOMPARE(reader.readFrom(&buffer), qint64(bytes.size()));
    QCOMPARE(reader.bufferedBytes(), bytes.size());
    QCOMPARE(drain(reader), payloads);
    // Nothing more to read.
    QCOMPARE(reader.readFrom(&buffer), qint64(0));
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_FrameReader::readFromClosedDevice()
{
    QBuffer buffer;
    FrameReader reader;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
    QCOMPARE(reader.readFrom(&buffer), qint64(-1));
    QCOMPARE(reader.bufferedBytes(), qsizetype(0));
}

void tst_FrameReader::tooLarge_data()
{
    QTest::addColumn<qsizetype>("maxFrameSize");
    QTest::addColumn<quint32>("announced");
    QTest::newRow("one over the limit") << qsizetype(100) << 101u;
    QTest::newRow("handshake limit") << qsizetype(Protocol::MaxHandshakeFrame)
                                     << quint32(Protocol::MaxHandshakeFrame + 1);
    QTest::newRow("default limit") << qsizetype(0) << quint32(Protocol::DefaultMaxFrameSize + 1);
    QTest::newRow("0xFFFFFFFF") << qsizetype(0) << 0xFFFFFFFFu;
    QTest::newRow("0x80000000") << qsizetype(0) << 0x80000000u;
}

void tst_FrameReader::tooLarge()
{
    QFETCH(qsizetype, maxFrameSize);
    QFETCH(quint32, announced);

    FrameReader reader(maxFrameSize);
    const QByteArray head = header(announced);
    // Three bytes of a header are not enough to judge.
    reader.append(head.left(3));
    const char *payload = nullptr;
    qsizetype size = 0;
    QCOMPARE(reader.next(&payload, &size), FrameReader::NeedMore);
    // The fourth is, with none of the body there.
    reader.append(head.mid(3));
    QCOMPARE(reader.next(&payload, &size), FrameReader::TooLarge);
    QCOMPARE(reader.announcedSize(), announced);
    // It stays too large.
    reader.append(QByteArray(10, 'x'));
    QCOMPARE(reader.next(&payload, &size), FrameReader::TooLarge);
    QCOMPARE(reader.announcedSize(), announced);

    // A frame of exactly the limit is fine.
    FrameReader exact(maxFrameSize);
    exact.append(header(quint32(exact.maxFrameSize())));
    QCOMPARE(exact.next(&payload, &size), FrameReader::NeedMore);
    QCOMPARE(exact.announcedSize(), 0u);
}

void tst_FrameReader::tooLargeAfterGoodFrames()
{
    FrameReader reader(Protocol::MaxHandshakeFrame);
    reader.append(frame(QByteArray(Protocol::MaxHandshakeFrame, 'h')) + header(1000) + QByteArray(1000, 'x'));
    const char *payload = nullptr;
    qsizetype size = 0;
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(size, qsizetype(Protocol::MaxHandshakeFrame));
    QCOMPARE(reader.next(&payload, &size), FrameReader::TooLarge);
    QCOMPARE(reader.announcedSize(), 1000u);

    // After the handshake the connection raises the limit, and the same frame passes.
    reader.setMaxFrameSize(Protocol::DefaultMaxFrameSize);
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(QByteArray(payload, size), QByteArray(1000, 'x'));
}

void tst_FrameReader::largeFrame()
{
    const qsizetype size = 5 * 1024 * 1024;
    QByteArray payload(size, Qt::Uninitialized);
    QRandomGenerator random(6);
    random.fillRange(reinterpret_cast<quint32 *>(payload.data()), size / 4);
    QByteArray bytes = frame("before") + frame(payload) + frame("after");

    // In socket-sized pieces through appendBuffer()/commitAppend().
    {
        FrameReader reader;
        QList<QByteArray> frames;
        const qsizetype piece = 64 * 1024;
        for (qsizetype pos = 0; pos < bytes.size(); pos += piece) {
            const qsizetype n = qMin(piece, bytes.size() - pos);
            std::memcpy(reader.appendBuffer(piece), bytes.constData() + pos, size_t(n));
            reader.commitAppend(n);
            frames += drain(reader);
        }
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames.at(0), QByteArray("before"));
        QVERIFY(frames.at(1) == payload);
        QCOMPARE(frames.at(2), QByteArray("after"));
    }

    // All at once from a device.
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        FrameReader reader;
        QCOMPARE(reader.readFrom(&buffer), qint64(bytes.size()));
        const QList<QByteArray> frames = drain(reader);
        QCOMPARE(frames.size(), 3);
        QVERIFY(frames.at(1) == payload);
    }

    // Over a limit just below it: refused from the header alone.
    {
        FrameReader reader(size - 1);
        reader.append(bytes.left(10 + 2 * Protocol::FrameHeaderSize));
        QCOMPARE(drain(reader), QList<QByteArray>{ "before" });
        const char *p = nullptr;
        qsizetype s = 0;
        QCOMPARE(reader.next(&p, &s), FrameReader::TooLarge);
        QCOMPARE(reader.announcedSize(), quint32(size));
    }
}

// The buffer holding a frame can be handed over; the bytes after that frame stay behind.
void tst_FrameReader::takeBuffer()
{
    const QByteArray big(300 * 1024, 'x');
    FrameReader reader;
    reader.append(stream({ QByteArray("first"), big, QByteArray("after") }) + header(5).left(2));
    const char *payload = nullptr;
    qsizetype size = 0;
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(QByteArray(payload, size), QByteArray("first"));
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(size, big.size());
    const QByteArray taken = reader.takeBuffer();
    // The frame's payload lies inside the buffer handed over, unchanged.
    QVERIFY(payload >= taken.constData() && payload + size <= taken.constData() + taken.size());
    QCOMPARE(QByteArray(payload, size), big);
    // What came after it is still there: a whole frame and part of a header.
    QCOMPARE(reader.bufferedBytes(), qsizetype(4 + 5 + 2));
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(QByteArray(payload, size), QByteArray("after"));
    QCOMPARE(reader.next(&payload, &size), FrameReader::NeedMore);
    reader.append(header(5).mid(2) + QByteArray("later"));
    QCOMPARE(reader.next(&payload, &size), FrameReader::Frame);
    QCOMPARE(QByteArray(payload, size), QByteArray("later"));
}

QTEST_APPLESS_MAIN(tst_FrameReader)
#include "tst_framereader.moc"
