// SPDX-License-Identifier: BSD-3-Clause
#include <libmanager/wire/handshake_p.h>
#include <libmanager/wire/protocol_p.h>

#include <QtCore/qendian.h>
#include <QtCore/qmessageauthenticationcode.h>
#include <QtCore/qset.h>
#include <QtTest/qtest.h>

namespace Handshake = LibManager::Handshake;
namespace Protocol = LibManager::Protocol;

namespace {

QByteArray bytes(char fill, int size = Protocol::NonceSize)
{
    return QByteArray(size, fill);
}

// The MAC as protocol_p.h defines it, computed independently of the library.
QByteArray expectedMac(const QByteArray &key, const char *label, const QByteArray &a, const QByteArray &b,
                       const QByteArray &c = {})
{
    return QMessageAuthenticationCode::hash(QByteArray(label) + a + b + c, key, QCryptographicHash::Sha256);
}

QByteArray flipBit(QByteArray data, qsizetype byte, int bit)
{
    data[byte] = char(data.at(byte) ^ (1 << bit));
    return data;
}

} // namespace

class tst_Handshake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nonces();
    void serverHelloLayout();
    void clientHelloLayout();
    void welcomeLayout_data();
    void welcomeLayout();
    void parseReportsPeerVersions();
    void parseRejects_data();
    void parseRejects();
    void proofs();
    void serverRefusalLayout();
    void wrongKeyFails();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void tst_Handshake::nonces()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray nonce = Handshake::newNonce();
        QCOMPARE(nonce.size(), Protocol::NonceSize);
        QVERIFY2(nonce != bytes('\0'), "an all-zero nonce");
        QVERIFY2(!seen.contains(nonce), "a nonce came twice");
        seen.insert(nonce);
    }
}

void tst_Handshake::serverHelloLayout()
{
    const QByteArray nonce = Handshake::newNonce();
    const QByteArray hello = Handshake::serverHello(nonce);
    QCOMPARE(hello.size(), Protocol::ServerHelloSize);
    QCOMPARE(hello.size(), 40);
    QVERIFY(hello.size() <= Protocol::MaxHandshakeFrame);
    QCOMPARE(hello.left(4), QByteArray("LMGR"));
    QCOMPARE(qFromBigEndian<quint16>(hello.constData() + 4), Protocol::Version);
    QCOMPARE(qFromBigEndian<quint16>(hello.constData() + 6), Protocol::DataStreamVersion);
    QCOMPARE(hello.mid(8), nonce);

    Handshake::Hello parsed;
    QVERIFY(Handshake::parseServerHello(hello, &parsed));
    QCOMPARE(parsed.protocol, Protocol::Version);
    QCOMPARE(parsed.dataStream, Protocol::DataStreamVersion);
    QCOMPARE(parsed.nonce, nonce);
    QVERIFY(parsed.mac.isEmpty());
}

void tst_Handshake::clientHelloLayout()
{
    const QByteArray key("secret key");
    const QByteArray serverNonce = Handshake::newNonce();
    const QByteArray clientNonce = Handshake::newNonce();
    const QByteArray hello = Handshake::clientHello(key, serverNonce, clientNonce);
    QCOMPARE(hello.size(), Protocol::ClientHelloSize);
    QCOMPARE(hello.size(), 72);
    QVERIFY(hello.size() <= Protocol::MaxHandshakeFrame);
    QCOMPARE(hello.left(4), QByteArray("LMGR"));
    QCOMPARE(qFromBigEndian<quint16>(hello.constData() + 4), Protocol::Version);
    QCOMPARE(qFromBigEndian<quint16>(hello.constData() + 6), Protocol::DataStreamVersion);
    QCOMPARE(hello.mid(8, Protocol::NonceSize), clientNonce);
    QCOMPARE(hello.mid(8 + Protocol::NonceSize), expectedMac(key, "LMGR-C", serverNonce, clientNonce));

    Handshake::Hello parsed;
    QVERIFY(Handshake::parseClientHello(hello, &parsed));
    QCOMPARE(parsed.protocol, Protocol::Version);
    QCOMPARE(parsed.dataStream, Protocol::DataStreamVersion);
    QCOMPARE(parsed.nonce, clientNonce);
    QCOMPARE(parsed.mac.size(), Protocol::MacSize);
    QVERIFY(Handshake::constantTimeEquals(parsed.mac, Handshake::clientProof(key, serverNonce, clientNonce)));
}

void tst_Handshake::welcomeLayout_data()
{
    QTest::addColumn<quint8>("status");
    QTest::addColumn<bool>("proves");
    QTest::addColumn<QByteArray>("label");
    QTest::newRow("ok") << quint8(Protocol::WelcomeOk) << true << QByteArray("LMGR-S");
    QTest::newRow("observer") << quint8(Protocol::WelcomeObserver) << true << QByteArray("LMGR-O");
    QTest::newRow("bad key") << quint8(Protocol::WelcomeBadKey) << false << QByteArray();
    QTest::newRow("bad version") << quint8(Protocol::WelcomeBadVersion) << false << QByteArray();
}

void tst_Handshake::welcomeLayout()
{
    QFETCH(quint8, status);
    QFETCH(bool, proves);
    QFETCH(QByteArray, label);

    const QByteArray key("k");
    const QByteArray clientNonce = Handshake::newNonce();
    const QByteArray serverNonce = Handshake::newNonce();
    const QByteArray serverId = Handshake::newServerId();
    QCOMPARE(serverId.size(), Protocol::ServerIdSize);
    QVERIFY(serverId != Handshake::newServerId());
    const QByteArray welcome = Handshake::welcome(status, key, clientNonce, serverNonce, serverId);
    QCOMPARE(welcome.size(), Protocol::WelcomeSize);
    QCOMPARE(welcome.size(), 49);
    QCOMPARE(quint8(welcome.at(0)), status);
    if (proves) {
        // The proof covers the server id that follows it, so nobody can swap it unnoticed; and
        // the role, by its label: an observer's welcome does not pass for a full client's.
        const bool observer = status == Protocol::WelcomeObserver;
        const auto proof = observer ? &Handshake::observerProof : &Handshake::serverProof;
        QCOMPARE(welcome.mid(1, Protocol::MacSize), proof(key, clientNonce, serverNonce, serverId));
        QCOMPARE(welcome.mid(1, Protocol::MacSize), expectedMac(key, label.constData(), clientNonce, serverNonce, serverId));
        QCOMPARE(welcome.mid(1 + Protocol::MacSize), serverId);
        QVERIFY(proof(key, clientNonce, serverNonce, flipBit(serverId, 0, 0)) != welcome.mid(1, Protocol::MacSize));
        const auto otherProof = observer ? &Handshake::serverProof : &Handshake::observerProof;
        QVERIFY(otherProof(key, clientNonce, serverNonce, serverId) != welcome.mid(1, Protocol::MacSize));
    } else {
        // A refusal proves nothing, so it gives no oracle for the key either, nor names the server.
        QCOMPARE(welcome.mid(1), QByteArray(Protocol::MacSize + Protocol::ServerIdSize, '\0'));
    }
}

void tst_Handshake::parseReportsPeerVersions()
{
    // Parsing checks size and magic only; the versions come back for the caller to judge, so
    // that a mismatch can be named as one.
    QByteArray hello = Handshake::serverHello(bytes('n'));
    qToBigEndian<quint16>(Protocol::Version + 1, hello.data() + 4);
    qToBigEndian<quint16>(quint16(QDataStream::Qt_5_15), hello.data() + 6);
    Handshake::Hello parsed;
    QVERIFY(Handshake::parseServerHello(hello, &parsed));
    QCOMPARE(parsed.protocol, quint16(Protocol::Version + 1));
    QCOMPARE(parsed.dataStream, quint16(QDataStream::Qt_5_15));
    QCOMPARE(parsed.nonce, bytes('n'));
}

void tst_Handshake::parseRejects_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("client"); // parse as a ClientHello, else as a ServerHello

    const QByteArray server = Handshake::serverHello(bytes('s'));
    const QByteArray client = Handshake::clientHello("key", bytes('s'), bytes('c'));

    QTest::newRow("server: empty") << QByteArray() << false;
    QTest::newRow("client: empty") << QByteArray() << true;
    QTest::newRow("server: magic only") << QByteArray("LMGR") << false;
    QTest::newRow("server: one byte short") << server.chopped(1) << false;
    QTest::newRow("server: one byte long") << server + 'x' << false;
    QTest::newRow("client: one byte short") << client.chopped(1) << true;
    QTest::newRow("client: one byte long") << client + 'x' << true;
    QTest::newRow("server: a ClientHello") << client << false;
    QTest::newRow("client: a ServerHello") << server << true;
    QTest::newRow("server: handshake frame limit") << QByteArray(Protocol::MaxHandshakeFrame, 'L') << false;
    for (int i = 0; i < 4; ++i) {
        QTest::addRow("server: magic byte %d wrong", i) << flipBit(server, i, 0) << false;
        QTest::addRow("client: magic byte %d wrong", i) << flipBit(client, i, 5) << true;
    }
    QByteArray lower = server;
    lower.replace(0, 4, "lmgr");
    QTest::newRow("server: lower-case magic") << lower << false;
    QByteArray zeros(Protocol::ClientHelloSize, '\0');
    QTest::newRow("client: zeros") << zeros << true;
}

void tst_Handshake::parseRejects()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, client);

    Handshake::Hello parsed;
    parsed.protocol = 77;
    const bool ok = client ? Handshake::parseClientHello(payload, &parsed)
                           : Handshake::parseServerHello(payload, &parsed);
    QVERIFY(!ok);
    QCOMPARE(parsed.protocol, quint16(77)); // untouched
}

// Sent instead of a ServerHello: magic, versions, reason; nothing a client needs a key for.
void tst_Handshake::serverRefusalLayout()
{
    const QByteArray refusal = Handshake::serverRefusal(Protocol::RefusedFull);
    QCOMPARE(refusal.size(), Protocol::ServerRefusalSize);
    QVERIFY(refusal.startsWith("LMGR"));
    QCOMPARE(qFromBigEndian<quint16>(refusal.constData() + 4), Protocol::Version);
    quint8 reason = 0;
    QVERIFY(Handshake::parseServerRefusal(refusal, &reason));
    QCOMPARE(reason, quint8(Protocol::RefusedFull));
    QVERIFY(Handshake::parseServerRefusal(Handshake::serverRefusal(Protocol::RefusedNoResources), &reason));
    QCOMPARE(reason, quint8(Protocol::RefusedNoResources));

    // Never mistaken for a hello, nor a hello for it.
    Handshake::Hello hello;
    QVERIFY(!Handshake::parseServerHello(refusal, &hello));
    reason = 0;
    QVERIFY(!Handshake::parseServerRefusal(Handshake::serverHello(Handshake::newNonce()), &reason));
    QVERIFY(!Handshake::parseServerRefusal(refusal.left(8), &reason));
    QByteArray wrongMagic = refusal;
    wrongMagic[0] = 'X';
    QVERIFY(!Handshake::parseServerRefusal(wrongMagic, &reason));
    QCOMPARE(reason, quint8(0));
}

void tst_Handshake::proofs()
{
    const QByteArray key("the key");
    const QByteArray a = bytes('a');
    const QByteArray b = bytes('b');

    const QByteArray client = Handshake::clientProof(key, a, b);
    QCOMPARE(client.size(), Protocol::MacSize);
    QCOMPARE(client, expectedMac(key, "LMGR-C", a, b));
    QCOMPARE(Handshake::clientProof(key, a, b), client); // deterministic

    const QByteArray server = Handshake::serverProof(key, a, b, {});
    QCOMPARE(server.size(), Protocol::MacSize);
    QCOMPARE(server, expectedMac(key, "LMGR-S", a, b));

    // The label keeps a server's proof from passing as a client's (a reflection attack).
    QVERIFY(client != server);
    QVERIFY(Handshake::clientProof(key, b, a) != Handshake::serverProof(key, b, a, {}));

    // Each nonce, and their order, changes the proof.
    QVERIFY(Handshake::clientProof(key, a, b) != Handshake::clientProof(key, b, a));
    QVERIFY(Handshake::clientProof(key, flipBit(a, 0, 0), b) != client);
    QVERIFY(Handshake::clientProof(key, a, flipBit(b, Protocol::NonceSize - 1, 7)) != client);
    QVERIFY(Handshake::serverProof(key, flipBit(a, 5, 3), b, {}) != server);
    QVERIFY(Handshake::serverProof(key, a, flipBit(b, 5, 3), {}) != server);

    // Fresh nonces, fresh proofs.
    const QByteArray n1 = Handshake::newNonce();
    const QByteArray n2 = Handshake::newNonce();
    QVERIFY(Handshake::clientProof(key, n1, b) != Handshake::clientProof(key, n2, b));
}

void tst_Handshake::wrongKeyFails()
{
    const QByteArray serverNonce = Handshake::newNonce();
    const QByteArray clientNonce = Handshake::newNonce();

    // The server's check of a ClientHello.
    const QByteArray hello = Handshake::clientHello("wrong key", serverNonce, clientNonce);
    Handshake::Hello parsed;
    QVERIFY(Handshake::parseClientHello(hello, &parsed));
    QVERIFY(!Handshake::constantTimeEquals(parsed.mac, Handshake::clientProof("right key", serverNonce, clientNonce)));
    QVERIFY(Handshake::constantTimeEquals(parsed.mac, Handshake::clientProof("wrong key", serverNonce, clientNonce)));

    // The client's check of a Welcome.
    const QByteArray serverId = Handshake::newServerId();
    const QByteArray welcome = Handshake::welcome(Protocol::WelcomeOk, "wrong key", clientNonce, serverNonce, serverId);
    QVERIFY(!Handshake::constantTimeEquals(welcome.mid(1, Protocol::MacSize),
                                           Handshake::serverProof("right key", clientNonce, serverNonce, serverId)));

    // Keys that differ in one bit, in length, or that are empty, all differ. (Not by trailing
    // zero bytes: HMAC pads short keys with zeros, so "k" and "k\0" are the same key.)
    const QByteArray key("0123456789abcdef");
    const QByteArray proof = Handshake::clientProof(key, serverNonce, clientNonce);
    QVERIFY(Handshake::clientProof(flipBit(key, 0, 0), serverNonce, clientNonce) != proof);
    QVERIFY(Handshake::clientProof(flipBit(key, 15, 0), serverNonce, clientNonce) != proof);
    QVERIFY(Handshake::clientProof(key.chopped(1), serverNonce, clientNonce) != proof);
    QVERIFY(Handshake::clientProof(QByteArray(), serverNonce, clientNonce) != proof);
}

void tst_Handshake::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    const QByteArray mac = Handshake::clientProof("k", bytes('1'), bytes('2'));
    QTest::newRow("equal") << mac << QByteArray(mac.constData(), mac.size()) << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("null and empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("empty and not") << QByteArray() << mac << false;
    QTest::newRow("prefix") << mac.left(31) << mac << false;
    QTest::newRow("longer") << mac + '\0' << mac << false;
    QTest::newRow("first bit") << flipBit(mac, 0, 0) << mac << false;
    QTest::newRow("high bit of first byte") << flipBit(mac, 0, 7) << mac << false;
    QTest::newRow("middle bit") << flipBit(mac, 16, 4) << mac << false;
    QTest::newRow("last bit") << flipBit(mac, 31, 7) << mac << false;
    QTest::newRow("low bit of last byte") << flipBit(mac, 31, 0) << mac << false;
    QTest::newRow("every byte") << QByteArray(32, '\x55') << QByteArray(32, '\xaa') << false;
}

void tst_Handshake::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Handshake::constantTimeEquals(a, b), equal);
    QCOMPARE(Handshake::constantTimeEquals(b, a), equal);
}

QTEST_APPLESS_MAIN(tst_Handshake)
#include "tst_handshake.moc"
