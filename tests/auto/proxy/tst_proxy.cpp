// SPDX-License-Identifier: BSD-3-Clause
// Proxies across real processes, once per transport: calls and their errors, asynchronous and
// pipelined calls, parked (Deferred) calls, timeouts, tokens handed to other processes,
// reference counting, server death, and calls from other threads.

#include "transport.h"
#include "testtypes.h"
#include "helperprocess.h"
#include "introspection.h"

#include <libmanager/basemanager.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/servermain.h>

#include <QtCore/qregularexpression.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <thread>

using namespace LibManager;
using TestSupport::HelperProcess;
using TestSupport::processAlive;

// A typed proxy, as a custom manager registers for its typeid (the seed's proxytype).
class FooProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    int add(int a, int b) const { return callMethod(QStringLiteral("add"), { a, b }).value<int>(); }
};

class OtherProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
};

class TypedManager : public TestManager
{
    Q_OBJECT
public:
    using TestManager::TestManager;
    // Registers the same server type again, with its proxy type: what a client of a remote
    // server does with registerTypeId<P>().
    void useTypedProxies() { registerTypeId<FooProxy>(QStringLiteral("FooClass")); }
};

class tst_Proxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void callsExposedMethods();
    void variantPayloadsRoundTrip();
    void typedProxies();
    void exposureErrorsNameTheMethod();
    void argumentAndRemoteErrors();
    void creationErrors();
    void stringForms();
    void asynchronousCalls();
    void parkedCallsDoNotBlockTheServer();
    void answersArriveOutOfOrder();
    void timeoutCancelsTheParkedCall();
    void asyncTimeoutsInAnyOrder();
    void deferredAnswers();
    void objectsAreFreedWithTheirLastReference();
    void tokensWorkInOtherProcesses();
    void tokensNameTheServerNotTheAddress();
    void callTimeoutFollowsTheManager();
    void frozenServerFailsWaitingCallsWithinTheLivenessTimeout();
    void asyncCallsToAFrozenServerWithAFullSocketFailToo();
    void methodsReturnSharedObjects();
    void malformedTokensAreInvalidTokens_data();
    void malformedTokensAreInvalidTokens();
    void deadClientsReferencesAreDropped();
    void serverDeathFailsEveryCallPromptly();
    void callsFromOtherThreads();
    void eventLoopKeepsTurningDuringAsyncCalls();

private:
    int liveObjects();
    std::unique_ptr<TestManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("proxy-suite-key");
};

void tst_Proxy::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Proxy::init()
{
    m_manager = TestSupport::makeManager<TestManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_Proxy::cleanup()
{
    m_manager.reset();
}

int tst_Proxy::liveObjects()
{
    auto server = m_manager->introspector();
    return server ? server->callMethod(QStringLiteral("liveObjectCount")).value().toInt() : -1;
}

void tst_Proxy::callsExposedMethods()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY2(foo, qPrintable(m_manager->errorString()));
    QCOMPARE(foo->state(), Proxy::State::Connected);
    QCOMPARE(foo->typeId(), QStringLiteral("FooClass"));
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 2, 3 }).value().toInt(), 5);
    // Overloads are chosen by argument count.
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1.5, 2, 3 }).value().toDouble(), 6.5);
    // Arguments convert to the parameter types.
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { QStringLiteral("40"), 2 }).value().toInt(), 42);
    // Public slots are exposed too; the object keeps its state between calls.
    QCOMPARE(foo->callMethod(QStringLiteral("count")).value().toInt(), 1);
    QCOMPARE(foo->callMethod(QStringLiteral("count")).value().toInt(), 2);
    // A void method answers with a null value.
    const Reply none = m_manager->create(QStringLiteral("Later"))->callMethod(QStringLiteral("cancelledCount"));
    QVERIFY(none.isValid());
    QCOMPARE(foo->lastError(), Error::NoError);
}

void tst_Proxy::variantPayloadsRoundTrip()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    const QVariantMap nested {
        { QStringLiteral("list"), QVariantList { 1, QStringLiteral("two"), 3.0, QVariant() } },
        { QStringLiteral("bytes"), QByteArray("\0\1\2", 3) },
        { QStringLiteral("hash"), QVariantHash { { QStringLiteral("k"), qlonglong(1) << 40 } } },
        { QStringLiteral("strings"), QStringList { QStringLiteral("a"), QStringLiteral("b") } },
        { QStringLiteral("date"), QDateTime(QDate(2024, 2, 29), QTime(12, 30), Qt::UTC) },
        { QStringLiteral("uint"), 7u },
        { QStringLiteral("bool"), true },
    };
    const QVariantList values { QVariant(), true, 42, -(qlonglong(1) << 50), 3u, qulonglong(1) << 63,
                                2.5, QStringLiteral("héllo"), QByteArray("raw"), nested,
                                QVariant(QUuid::createUuid()), QVariant(QPointF(1.5, -2)) };
    for (const QVariant &value : values) {
        const Reply reply = foo->callMethod(QStringLiteral("echo"), { value });
        QVERIFY2(reply.isValid(), qPrintable(reply.errorString()));
        QCOMPARE(reply.value().metaType(), value.metaType());
        QCOMPARE(reply.value(), value);
    }
    // A value that cannot travel is refused here, before anything is sent: a local error, not
    // one the server reported (the server never saw the call).
    const Reply refused = foo->callMethod(QStringLiteral("echo"), { QVariant::fromValue(static_cast<QObject *>(this)) });
    QCOMPARE(refused.error(), Error::UnsupportedValue);
    QVERIFY(!isRemoteError(refused.error()));
    QVERIFY2(refused.message().contains(QLatin1String("only proxies")), qPrintable(refused.message()));
    PendingCall refusedAsync = foo->callMethodAsync(QStringLiteral("echo"), { QVariant::fromValue(static_cast<QObject *>(this)) });
    QVERIFY(refusedAsync.isFinished());
    QCOMPARE(refusedAsync.reply().error(), Error::UnsupportedValue);
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1, 1 }).value().toInt(), 2);
}

void tst_Proxy::typedProxies()
{
    const QString address = TestSupport::currentTransport().address;
    auto plain = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(plain);
    QCOMPARE(plain->metaObject(), &Proxy::staticMetaObject);
    // A client that knows the typeid with a proxy type gets that class.
    auto client = TestSupport::connectTo<TypedManager>(m_manager->address(), m_key);
    QVERIFY2(client->isConnected(), qPrintable(client->errorString()));
    client->useTypedProxies();
    auto typed = client->create<FooProxy>(QStringLiteral("FooClass"));
    QVERIFY2(typed, qPrintable(client->errorString()));
    QCOMPARE(typed->add(19, 23), 42);
    auto generic = client->create(QStringLiteral("FooClass"));
    QVERIFY(qobject_cast<FooProxy *>(generic.get()));
    // Asking for the wrong class is an error, not a bad cast.
    QVERIFY(!client->create<OtherProxy>(QStringLiteral("FooClass")));
    QCOMPARE(client->error(), Error::TypeError);
    QVERIFY2(client->errorString().contains(QLatin1String("OtherProxy")), qPrintable(client->errorString()));
    // Proxies made from tokens get the registered class too.
    auto fromToken = client->proxyForToken(plain->token());
    QVERIFY(qobject_cast<FooProxy *>(fromToken.get()));
    QCOMPARE(static_cast<FooProxy *>(fromToken.get())->add(1, 2), 3);
}

void tst_Proxy::exposureErrorsNameTheMethod()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    QSignalSpy errors(foo.get(), &Proxy::errorOccurred);
    for (const QString &method : { QStringLiteral("hiddenProtected"), QStringLiteral("deleteLater"),
                                   QStringLiteral("setObjectName"), QStringLiteral("nonexistent") }) {
        const Reply reply = foo->callMethod(method);
        QCOMPARE(reply.error(), Error::MethodNotExposed);
        QVERIFY2(reply.message().contains(QLatin1Char('\'') + method + QLatin1Char('\'')), qPrintable(reply.message()));
        QVERIFY(isRemoteError(reply.error()));
        QCOMPARE(foo->lastError(), Error::MethodNotExposed);
    }
    QCOMPARE(errors.count(), 4);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::MethodNotExposed);

    // An explicit exposed list overrides the default.
    auto restricted = m_manager->create(QStringLiteral("Restricted"));
    QVERIFY(restricted);
    QCOMPARE(restricted->callMethod(QStringLiteral("open")).value().toString(), QStringLiteral("open"));
    const Reply secret = restricted->callMethod(QStringLiteral("secret"));
    QCOMPARE(secret.error(), Error::MethodNotExposed);
    QVERIFY2(secret.message().contains(QLatin1String("(exposed: open)")), qPrintable(secret.message()));
    // ... while the string form is always available.
    QCOMPARE(restricted->toString(), QStringLiteral("Restricted(open, secret)"));
}

void tst_Proxy::argumentAndRemoteErrors()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    const Reply count = foo->callMethod(QStringLiteral("add"), { 1 });
    QCOMPARE(count.error(), Error::InvalidArguments);
    QVERIFY2(count.message().contains(QLatin1String("1 given")), qPrintable(count.message()));
    const Reply type = foo->callMethod(QStringLiteral("add"), { QVariantList { 1 }, 2 });
    QCOMPARE(type.error(), Error::InvalidArguments);
    QVERIFY2(type.message().contains(QLatin1String("cannot convert")), qPrintable(type.message()));
    const Reply thrown = foo->callMethod(QStringLiteral("fail"));
    QCOMPARE(thrown.error(), Error::RemoteException);
    QVERIFY2(thrown.message().contains(QLatin1String("asked to fail")), qPrintable(thrown.message()));
    QVERIFY2(thrown.errorString().startsWith(errorText(Error::RemoteException)), qPrintable(thrown.errorString()));
    // The object and the server are fine after all that.
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1, 1 }).value().toInt(), 2);
}

void tst_Proxy::creationErrors()
{
    QVERIFY(!m_manager->create(QStringLiteral("NoSuchType")));
    QCOMPARE(m_manager->error(), Error::UnknownTypeId);
    QVERIFY2(m_manager->errorString().contains(QLatin1String("'NoSuchType'"))
                     && m_manager->errorString().contains(QLatin1String("FooClass")),
             qPrintable(m_manager->errorString()));
    QVERIFY(!m_manager->create(QStringLiteral("Broken")));
    QCOMPARE(m_manager->error(), Error::RemoteException);
    QVERIFY2(m_manager->errorString().contains(QLatin1String("always fails")), qPrintable(m_manager->errorString()));
    QVERIFY(!m_manager->create(QStringLiteral("FooClass"), { 1, 2, 3 }));
    QCOMPARE(m_manager->error(), Error::InvalidArguments);
    // Constructor arguments reach a Q_INVOKABLE constructor.
    auto named = m_manager->create(QStringLiteral("FooClass"), { QStringLiteral("fred") });
    QVERIFY2(named, qPrintable(m_manager->errorString()));
    QCOMPARE(named->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("fred"));
    QCOMPARE(m_manager->error(), Error::NoError);
}

void tst_Proxy::stringForms()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"), { QStringLiteral("fred") });
    QVERIFY(foo);
    QVERIFY2(QRegularExpression(QStringLiteral("^<FooClass object \"fred\" at 0x[0-9a-f]+>$")).match(foo->toString()).hasMatch(),
             qPrintable(foo->toString()));
    QCOMPARE(foo->callMethod(QStringLiteral("__repr__")).value().toString(), foo->toString());
    QCOMPARE(foo->repr(), QStringLiteral("<LibManager::Proxy[FooClass] object %1 at %2>")
                                  .arg(foo->objectId()).arg(m_manager->address()));
    // The form proxy.h documents, for typed proxies too, and for one not attached yet.
    TypedManager typed(m_manager->address(), m_key);
    TestSupport::configure(typed);
    typed.useTypedProxies();
    QVERIFY(typed.connectToServer());
    auto typedFoo = typed.proxyForToken(foo->token());
    QVERIFY(typedFoo);
    QCOMPARE(typedFoo->repr(), QStringLiteral("<FooProxy[FooClass] object %1 at %2>")
                                       .arg(foo->objectId()).arg(m_manager->address()));
    Proxy unattached;
    QCOMPARE(unattached.repr(), QStringLiteral("<LibManager::Proxy, unattached>"));
    QCOMPARE(unattached.state(), Proxy::State::Unattached);
    QCOMPARE(unattached.callMethod(QStringLiteral("x")).error(), Error::NotConnected);
    QVERIFY(unattached.toString().contains(QLatin1String("unattached")));
}

void tst_Proxy::asynchronousCalls()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    PendingCall call = foo->callMethodAsync(QStringLiteral("add"), { 20, 22 });
    QVERIFY(!call.isFinished());
    QCOMPARE(call.reply().error(), Error::NotFinished);
    auto *watcher = new PendingCallWatcher(call, this);
    QSignalSpy finished(watcher, &PendingCallWatcher::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(watcher->reply().value().toInt(), 42);
    QVERIFY(call.isFinished());
    QCOMPARE(call.reply().value().toInt(), 42);
    delete watcher;

    // A watcher made after the end still says so, from the event loop.
    PendingCallWatcher late(call);
    QSignalSpy lateFinished(&late, &PendingCallWatcher::finished);
    QVERIFY(lateFinished.wait(5000));

    // Blocking on it, and errors coming back asynchronously.
    PendingCall failing = foo->callMethodAsync(QStringLiteral("fail"));
    QVERIFY(failing.waitForFinished());
    QCOMPARE(failing.reply().error(), Error::RemoteException);
}

void tst_Proxy::parkedCallsDoNotBlockTheServer()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(later && foo);
    // Several clients (processes) wait on parked calls while this one is served at once.
    PendingCall slow = later->callMethodAsync(QStringLiteral("echoAfter"), { 1500, QStringLiteral("late") });
    std::vector<std::unique_ptr<HelperProcess>> waiters;
    auto queue = m_manager->create(QStringLiteral("get_proxy"));
    QVERIFY(queue);
    for (int i = 0; i < 3; ++i) {
        waiters.push_back(std::make_unique<HelperProcess>(TestSupport::Helper::LmHelper, QStringList { QStringLiteral("get"), m_manager->address(), QString::fromLatin1(m_key.toHex()) }));
    }
    // Wait until the three gets are parked on the server.
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::parkedCalls(*introspector), 4, 10000);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50; ++i)
        QCOMPARE(foo->callMethod(QStringLiteral("add"), { i, 1 }).value().toInt(), i + 1);
    QVERIFY2(!slow.isFinished(), "the parked call finished before the quick ones");
    QVERIFY(slow.waitForFinished());
    QCOMPARE(slow.reply().value().toString(), QStringLiteral("late"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue->callMethod(QStringLiteral("put"), { QStringLiteral("item%1").arg(i) }).isValid());
    QStringList got;
    for (auto &waiter : waiters)
        got.append(waiter->waitForLine(QStringLiteral("GOT ")));
    got.sort();
    QCOMPARE(got, (QStringList { QStringLiteral("item0"), QStringLiteral("item1"), QStringLiteral("item2") }));
}

void tst_Proxy::answersArriveOutOfOrder()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    QStringList order;
    std::vector<std::unique_ptr<PendingCallWatcher>> watchers;
    const QList<QPair<int, QString>> calls { { 600, QStringLiteral("slow") }, { 0, QStringLiteral("first") },
                                             { 200, QStringLiteral("middle") } };
    for (const auto &[delay, label] : calls) {
        watchers.push_back(std::make_unique<PendingCallWatcher>(
                later->callMethodAsync(QStringLiteral("echoAfter"), { delay, label })));
        connect(watchers.back().get(), &PendingCallWatcher::finished, this,
                [&order](PendingCallWatcher *w) { order.append(w->reply().value().toString()); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 10000);
    QCOMPARE(order, (QStringList { QStringLiteral("first"), QStringLiteral("middle"), QStringLiteral("slow") }));
}

void tst_Proxy::timeoutCancelsTheParkedCall()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    QElapsedTimer timer;
    timer.start();
    const Reply reply = later->callMethod(QStringLiteral("never"), {}, 200);
    QCOMPARE(reply.error(), Error::Timeout);
    QVERIFY2(reply.message().contains(QLatin1String("never()")), qPrintable(reply.message()));
    QVERIFY(timer.elapsed() >= 150);
    // Not the 60 s of the calls before it: over TCP the wait sleeps in recv() with a socket
    // receive timeout, which has to follow the call's own.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    // The server heard that we gave up.
    QTRY_COMPARE_WITH_TIMEOUT(later->callMethod(QStringLiteral("cancelledCount")).value().toInt(), 1, 5000);
    // Asynchronous calls time out on their own, through the event loop.
    PendingCallWatcher watcher(later->callMethodAsync(QStringLiteral("never"), {}, 200));
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(watcher.reply().error(), Error::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(later->callMethod(QStringLiteral("cancelledCount")).value().toInt(), 2, 5000);
    // The connection is still good.
    QCOMPARE(later->callMethod(QStringLiteral("now"), { 5 }).value().toInt(), 5);
}

// Deadlines of asynchronous calls: a short one after a long one still fires first, and
// thousands of answered calls in between (whose deadlines are dropped lazily) change nothing.
void tst_Proxy::asyncTimeoutsInAnyOrder()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    PendingCallWatcher slow(later->callMethodAsync(QStringLiteral("never"), {}, 60000));
    QList<PendingCall> answered;
    for (int i = 0; i < 2000; ++i)
        answered.append(later->callMethodAsync(QStringLiteral("now"), { i }, 30000));
    PendingCallWatcher fast(later->callMethodAsync(QStringLiteral("never"), {}, 300));
    QSignalSpy fastFinished(&fast, &PendingCallWatcher::finished);
    for (int i = 0; i < answered.size(); ++i) {
        QVERIFY(answered[i].waitForFinished());
        QCOMPARE(answered.at(i).reply().value().toInt(), i);
    }
    // More answered calls after the short one, with later deadlines.
    for (int i = 0; i < 200; ++i)
        QCOMPARE(later->callMethodAsync(QStringLiteral("now"), { i }, 50000).reply().error(),
                 Error::NotFinished);
    QVERIFY(fastFinished.wait(5000));
    QCOMPARE(fast.reply().error(), Error::Timeout);
    QVERIFY(!slow.isFinished());
    // The connection is still good, and the long call still waits.
    QCOMPARE(later->callMethod(QStringLiteral("now"), { 5 }).value().toInt(), 5);
    QVERIFY(!slow.isFinished());
}

void tst_Proxy::deferredAnswers()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    QCOMPARE(later->callMethod(QStringLiteral("now"), { 42 }).value().toInt(), 42);
    QCOMPARE(later->callMethod(QStringLiteral("echoAfter"), { 50, QStringLiteral("x") }).value().toString(), QStringLiteral("x"));
    const Reply rejected = later->callMethod(QStringLiteral("failAfter"), { 50 });
    QCOMPARE(rejected.error(), Error::ValueError);
    QCOMPARE(rejected.message(), QStringLiteral("failed later on purpose"));
    // A client that dies with a parked call cancels it.
    HelperProcess dying(TestSupport::Helper::LmHelper, { QStringLiteral("get"), m_manager->address(), QString::fromLatin1(m_key.toHex()) });
    auto queue = m_manager->create(QStringLiteral("get_proxy"));
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::parkedCalls(*introspector), 1, 10000);
    dying.killHard();
    QVERIFY(dying.finish());
    // Its parked get is gone: the item stays for the next client instead of vanishing.
    QTRY_COMPARE_WITH_TIMEOUT(m_manager->introspector()->callMethod(QStringLiteral("clients")).value().toList().size(), 1, 5000);
    QVERIFY(queue->callMethod(QStringLiteral("put"), { QStringLiteral("kept") }).isValid());
    QCOMPARE(queue->callMethod(QStringLiteral("qsize")).value().toInt(), 1);
    QCOMPARE(queue->callMethod(QStringLiteral("get")).value().toString(), QStringLiteral("kept"));
}

void tst_Proxy::objectsAreFreedWithTheirLastReference()
{
    QCOMPARE(liveObjects(), 0);
    std::vector<std::unique_ptr<Proxy>> proxies;
    for (int i = 0; i < 3; ++i)
        proxies.push_back(m_manager->create(QStringLiteral("FooClass")));
    QCOMPARE(liveObjects(), 3);
    // A second proxy to the same object holds a second reference.
    auto second = m_manager->proxyForToken(proxies.front()->token());
    QVERIFY2(second, qPrintable(m_manager->errorString()));
    const QVariantList objects = m_manager->introspector()->callMethod(QStringLiteral("objects")).value().toList();
    QCOMPARE(objects.size(), 3);
    bool sawTwo = false;
    for (const QVariant &object : objects)
        sawTwo = sawTwo || object.toMap().value(QStringLiteral("references")).toInt() == 2;
    QVERIFY(sawTwo);
    const Token firstToken = proxies.front()->token();
    proxies.clear();
    QTRY_COMPARE(liveObjects(), 1);
    QCOMPARE(second->callMethod(QStringLiteral("add"), { 1, 2 }).value().toInt(), 3);
    second.reset();
    QTRY_COMPARE(liveObjects(), 0);
    // Gone for good: a token to it no longer makes a proxy, and says why.
    QVERIFY(!m_manager->proxyForToken(firstToken));
    QCOMPARE(m_manager->error(), Error::ObjectGone);
    // The long-lived queue (it has a parent) is handed out by identity and never deleted.
    auto q1 = m_manager->create(QStringLiteral("get_proxy"));
    auto q2 = m_manager->create(QStringLiteral("get_proxy"));
    QCOMPARE(q1->objectId(), q2->objectId());
    QVERIFY(q1->callMethod(QStringLiteral("put"), { 1 }).isValid());
    q1.reset();
    q2.reset();
    QTRY_COMPARE(liveObjects(), 0);
    auto q3 = m_manager->create(QStringLiteral("get_proxy"));
    QCOMPARE(q3->callMethod(QStringLiteral("qsize")).value().toInt(), 1);
}

void tst_Proxy::tokensWorkInOtherProcesses()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"), { QStringLiteral("shared") });
    QVERIFY(foo);
    const Token token = foo->token();
    QCOMPARE(Token::fromString(token.toString()), token);
    HelperProcess other(TestSupport::Helper::LmHelper, { QStringLiteral("call"), token.toString(), QString::fromLatin1(m_key.toHex()), QStringLiteral("name") });
    QCOMPARE(other.waitForLine(QStringLiteral("RESULT ")), QStringLiteral("shared"));
    QVERIFY(other.finish());
    QCOMPARE(other.process().exitCode(), 0);
    // The other process's reference went with it; ours keeps the object.
    QTRY_COMPARE(liveObjects(), 1);
    HelperProcess denied(TestSupport::Helper::LmHelper, { QStringLiteral("call"), token.toString(), QString::fromLatin1(m_key.toHex()), QStringLiteral("fail") });
    QCOMPARE(denied.waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0), QStringLiteral("RemoteException"));
    foo.reset();
    QTRY_COMPARE(liveObjects(), 0);
    HelperProcess late(TestSupport::Helper::LmHelper, { QStringLiteral("call"), token.toString(), QString::fromLatin1(m_key.toHex()), QStringLiteral("name") });
    QCOMPARE(late.waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0), QStringLiteral("ObjectGone"));
}

// A token names its server by the id the server drew when it started, not by the text of an
// address: it works through any address that reaches that server, and only there.
void tst_Proxy::tokensNameTheServerNotTheAddress()
{
    const QString address = TestSupport::currentTransport().address;
    const bool tcp = !address.isEmpty();
    const QByteArray key = QByteArrayLiteral("token-identity");
    const QString keyHex = QString::fromLatin1(key.toHex());
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString socketPath = directory.filePath(QStringLiteral("server.sock"));
    // TCP: the README's own form, all interfaces; local: a socket reached through a symlink.
    HelperProcess server(TestSupport::Helper::LmHelper, { QStringLiteral("serve"), tcp ? QStringLiteral("0.0.0.0:0") : socketPath, keyHex });
    const QString served = server.waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(!served.isEmpty(), qPrintable(server.output().join(QLatin1Char('\n'))));
    QString first;
    QString second;
    if (tcp) {
        QVERIFY2(served.startsWith(QLatin1String("0.0.0.0:")), qPrintable(served));
        const QString port = served.section(QLatin1Char(':'), 1);
        first = QStringLiteral("127.0.0.1:") + port;
        second = QStringLiteral("localhost:") + port;
    } else {
        first = served;
        second = directory.filePath(QStringLiteral("link.sock"));
        QVERIFY(QFile::link(served, second));
    }

    TestManager one(first, key);
    TestSupport::configure(one);
    QVERIFY2(one.connectToServer(), qPrintable(one.errorString()));
    auto foo = one.create(QStringLiteral("FooClass"), { QStringLiteral("named") });
    QVERIFY2(foo, qPrintable(one.errorString()));
    const Token token = foo->token();
    QCOMPARE(token.serverId().size(), 16);
    QCOMPARE(Token::fromString(token.toString()), token);
    QCOMPARE(Token::fromString(token.toString()).serverId(), token.serverId());

    // Another process, through the other address.
    HelperProcess other(TestSupport::Helper::LmHelper, { QStringLiteral("callvia"), second, token.toString(), keyHex, QStringLiteral("name") });
    QCOMPARE(other.waitForLine(QStringLiteral("RESULT ")), QStringLiteral("named"));
    QVERIFY(other.finish());
    // This process, through the other address, and back: the token it makes works through the first.
    TestManager two(second, key);
    TestSupport::configure(two);
    QVERIFY2(two.connectToServer(), qPrintable(two.errorString()));
    auto again = two.proxyForToken(token);
    QVERIFY2(again, qPrintable(two.errorString()));
    QCOMPARE(again->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("named"));
    QCOMPARE(again->token(), token);
    auto back = one.proxyForToken(again->token());
    QVERIFY2(back, qPrintable(one.errorString()));
    // A proxy stored as a value travels as its token and comes back the same way.
    auto stored = again->proxyForValue(QVariant::fromValue(foo->token()));
    QVERIFY2(stored, qPrintable(again->lastErrorString()));

    // A token of another server is refused, even where the address text would match.
    auto elsewhere = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(elsewhere);
    QVERIFY(!one.proxyForToken(elsewhere->token()));
    QCOMPARE(one.error(), Error::WrongServer);
    QVERIFY(!two.proxyForToken(elsewhere->token()));
    QCOMPARE(two.error(), Error::WrongServer);
    QVERIFY(!m_manager->proxyForToken(token));
    QCOMPARE(m_manager->error(), Error::WrongServer);
    QVERIFY(!again->proxyForValue(QVariant::fromValue(elsewhere->token())));
    QCOMPARE(again->lastError(), Error::WrongServer);
    const Token sameAddressOtherServer(token.address(), token.typeId(), token.objectId(), QByteArray(16, '\0'));
    QVERIFY(!one.proxyForToken(sameAddressOtherServer));
    QCOMPARE(one.error(), Error::WrongServer);
    QVERIFY2(one.errorString().contains(QString::fromLatin1(token.serverId().toHex())), qPrintable(one.errorString()));

    QVERIFY(one.requestServerShutdown());
    QVERIFY(server.finish());
}

// A server that stops turning its loop (here SIGSTOP) fails the calls that wait for it within
// the liveness timeout, with a distinct error, however long they meant to wait; one that only
// parks a call answers the pings meanwhile, and the call waits on.
void tst_Proxy::frozenServerFailsWaitingCallsWithinTheLivenessTimeout()
{
    const QString address = TestSupport::currentTransport().address;
    TestManager manager(address, m_key);
    TestSupport::configure(manager);
    manager.setLivenessTimeout(900);
    QCOMPARE(manager.livenessTimeout(), 900);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    auto later = manager.create(QStringLiteral("Later"));
    QVERIFY(later);
    PendingCall parked = later->callMethodAsync(QStringLiteral("never"), {}, Proxy::NoTimeout);
    // Nearly three liveness timeouts without an answer: the pings keep the call waiting.
    QTest::qWait(2500);
    QVERIFY(!parked.isFinished());
    QVERIFY(later->isConnected());

    const pid_t server = pid_t(manager.serverProcessId());
    QCOMPARE(::kill(server, SIGSTOP), 0);
    const auto thaw = qScopeGuard([server] { ::kill(server, SIGCONT); });
    QElapsedTimer clock;
    clock.start();
    const Reply frozen = later->callMethod(QStringLiteral("cancelledCount"), {}, Proxy::NoTimeout);
    QCOMPARE(frozen.error(), Error::ServerNotResponding);
    QVERIFY2(frozen.message().contains(QLatin1String("not even a ping")), qPrintable(frozen.message()));
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(parked.isFinished(), 10000);
    QCOMPARE(parked.reply().error(), Error::ServerNotResponding);
}

// Asynchronous calls whose arguments fill the socket to a stopped server: sending them waits
// for room (backpressure) only as long as the liveness timeout, then they fail with
// ServerNotResponding. (Before: the first call without a timeout waited for room for ever.)
void tst_Proxy::asyncCallsToAFrozenServerWithAFullSocketFailToo()
{
    const QString address = TestSupport::currentTransport().address;
    TestManager manager(address, m_key);
    TestSupport::configure(manager);
    manager.setLivenessTimeout(900);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    auto foo = manager.create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1, 2 }).value().toInt(), 3);

    const pid_t server = pid_t(manager.serverProcessId());
    QCOMPARE(::kill(server, SIGSTOP), 0);
    // Whatever happens here, the server goes on after 30 s, and so does this test.
    std::atomic<bool> done { false };
    std::thread thaw([server, &done] {
        for (int i = 0; i < 300 && !done; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        ::kill(server, SIGCONT);
    });
    const auto join = qScopeGuard([&] {
        done = true;
        thaw.join();
    });

    QElapsedTimer clock;
    clock.start();
    const QByteArray large(1024 * 1024, 'x');
    std::vector<PendingCall> calls;
    for (int i = 0; i < 32; ++i)
        calls.push_back(foo->callMethodAsync(QStringLiteral("echo"), { large }, Proxy::NoTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(calls.begin(), calls.end(),
                                         [](const PendingCall &call) { return call.isFinished(); }),
                             20000);
    const qint64 elapsed = clock.elapsed();
    // The first waited for room and gave up; those made after it find the connection lost,
    // for the same reason.
    QCOMPARE(calls.front().reply().error(), Error::ServerNotResponding);
    for (const PendingCall &call : calls) {
        const Reply reply = call.reply();
        QVERIFY2((reply.error() == Error::ServerNotResponding || reply.error() == Error::ConnectionLost)
                         && reply.message().contains(QLatin1String("not even a ping")),
                 qPrintable(QStringLiteral("%1 %2").arg(errorName(reply.error()), reply.message())));
    }
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    qInfo("32 calls of 1 MiB to a stopped server failed after %lld ms", elapsed);
}

// A proxy made before setCallTimeout() uses the new timeout, unless the proxy or the call has
// its own. The server is frozen (SIGSTOP), so only the timeout can end a call.
void tst_Proxy::callTimeoutFollowsTheManager()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    QCOMPARE(foo->callTimeout(), Proxy::DefaultTimeout);
    const pid_t server = pid_t(m_manager->serverProcessId());
    QCOMPARE(::kill(server, SIGSTOP), 0);
    auto thaw = qScopeGuard([server] { ::kill(server, SIGCONT); });
    // Against the 60 s default, each of these must end in well under a second; the bound
    // below only tells "the new timeout" from "the old one".
    const auto timedCall = [&](int perCallMs = Proxy::DefaultTimeout) {
        QElapsedTimer clock;
        clock.start();
        const Reply reply = foo->callMethod(QStringLiteral("add"), { 1, 2 }, perCallMs);
        return std::make_pair(reply.error(), clock.elapsed());
    };

    m_manager->setCallTimeout(200);
    auto [error, elapsed] = timedCall();
    QCOMPARE(error, Error::Timeout);
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));

    // The proxy's own timeout wins over the manager's...
    m_manager->setCallTimeout(60000);
    foo->setCallTimeout(150);
    QCOMPARE(foo->callTimeout(), 150);
    std::tie(error, elapsed) = timedCall();
    QCOMPARE(error, Error::Timeout);
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
    // ... and the call's over both.
    foo->setCallTimeout(Proxy::NoTimeout);
    std::tie(error, elapsed) = timedCall(100);
    QCOMPARE(error, Error::Timeout);
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));
    // Back to following the manager; also from another thread (its own connection).
    foo->setCallTimeout(Proxy::DefaultTimeout);
    m_manager->setCallTimeout(100);
    Error threadError = Error::NoError;
    std::thread other([&] { threadError = foo->callMethod(QStringLiteral("add"), { 1, 2 }).error(); });
    other.join();
    QCOMPARE(threadError, Error::Timeout);

    thaw.dismiss();
    QCOMPARE(::kill(server, SIGCONT), 0);
    m_manager->setCallTimeout(60000);
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1, 2 }).value().toInt(), 3);
}

// Python's method_to_typeid: a method that returns a shared object hands the caller a proxy,
// with the reference rules of create().
void tst_Proxy::methodsReturnSharedObjects()
{
    auto pool = m_manager->create(QStringLiteral("Pool"));
    QVERIFY2(pool, qPrintable(m_manager->errorString()));
    QCOMPARE(liveObjects(), 1);

    // By the returned object's registered class.
    auto child = pool->callMethodForProxy(QStringLiteral("spawn"), { QStringLiteral("a") });
    QVERIFY2(child, qPrintable(pool->lastErrorString()));
    QCOMPARE(child->typeId(), QStringLiteral("FooClass"));
    QCOMPARE(child->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("a"));
    QCOMPARE(liveObjects(), 2);
    // Declared for the method; and as a typed proxy.
    TypedManager typed(m_manager->address(), m_key);
    TestSupport::configure(typed);
    typed.useTypedProxies();
    QVERIFY2(typed.connectToServer(), qPrintable(typed.errorString()));
    auto typedPool = typed.proxyForToken(pool->token());
    QVERIFY(typedPool);
    auto declared = typedPool->callMethodForProxy<FooProxy>(QStringLiteral("anything"), { QStringLiteral("b") });
    QVERIFY2(declared, qPrintable(typedPool->lastErrorString()));
    QCOMPARE(declared->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("b"));
    QCOMPARE(liveObjects(), 3);
    // Its token works in another process, like any other.
    HelperProcess other(TestSupport::Helper::LmHelper, { QStringLiteral("call"), child->token().toString(), QString::fromLatin1(m_key.toHex()), QStringLiteral("name") });
    QCOMPARE(other.waitForLine(QStringLiteral("RESULT ")), QStringLiteral("a"));
    QVERIFY(other.finish());

    // A plain call: the value is the token, the reply holds the reference until it is taken...
    {
        const Reply reply = pool->callMethod(QStringLiteral("spawn"), { QStringLiteral("c") });
        QVERIFY2(reply.isValid(), qPrintable(reply.errorString()));
        QCOMPARE(reply.value<Token>().typeId(), QStringLiteral("FooClass"));
        QVERIFY(reply.hasProxy());
        QCOMPARE(liveObjects(), 4);
    }
    // ... and gives it back if nobody takes it: no object is left behind.
    QTRY_COMPARE(liveObjects(), 3);
    // Asynchronously.
    PendingCall call = pool->callMethodAsync(QStringLiteral("spawn"), { QStringLiteral("d") });
    QVERIFY(call.waitForFinished());
    auto fromAsync = call.reply().takeProxy();
    QVERIFY(fromAsync);
    QVERIFY(!call.reply().takeProxy()); // taken once
    QCOMPARE(fromAsync->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("d"));
    // The proxies own their objects: dropping them frees them (they have no parent).
    child.reset();
    declared.reset();
    fromAsync.reset();
    QTRY_COMPARE(liveObjects(), 2); // the pool, and typed's proxy to it

    // An object with a parent is shared, one id however often it is returned, and not deleted.
    auto kept = pool->callMethodForProxy(QStringLiteral("kept"));
    auto keptAgain = pool->callMethodForProxy(QStringLiteral("kept"));
    QVERIFY(kept && keptAgain);
    QCOMPARE(kept->objectId(), keptAgain->objectId());
    kept.reset();
    keptAgain.reset();
    QTRY_COMPARE(liveObjects(), 2);
    QCOMPARE(pool->callMethod(QStringLiteral("hasKept")).value().toBool(), true);

    // What cannot be shared says why, and leaves nothing behind.
    QVERIFY(!pool->callMethodForProxy(QStringLiteral("stranger")));
    QCOMPARE(pool->lastError(), Error::TypeError);
    QVERIFY2(pool->lastErrorString().contains(QLatin1String("QTimer"))
                     && pool->lastErrorString().contains(QLatin1String("registerMethodResult")),
             qPrintable(pool->lastErrorString()));
    QVERIFY(!pool->callMethodForProxy(QStringLiteral("hasKept")));
    QCOMPARE(pool->lastError(), Error::TypeError);
    QVERIFY2(pool->lastErrorString().contains(QLatin1String("no shared object")), qPrintable(pool->lastErrorString()));
    const Reply nothing = pool->callMethod(QStringLiteral("nothing"));
    QVERIFY(nothing.isValid());
    QVERIFY(nothing.value().isNull());
    QVERIFY(!nothing.hasProxy());
    QCOMPARE(liveObjects(), 2);
}

void tst_Proxy::malformedTokensAreInvalidTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("empty") << QString();
    QTest::newRow("no address") << QStringLiteral("FooClass/5@");
    QTest::newRow("no object id") << QStringLiteral("FooClass/@127.0.0.1:1");
    QTest::newRow("object id 0") << QStringLiteral("FooClass/0@127.0.0.1:1");
    QTest::newRow("object id not a number") << QStringLiteral("FooClass/five@127.0.0.1:1");
    QTest::newRow("no typeid") << QStringLiteral("/5/0a0b@127.0.0.1:1");
    QTest::newRow("no server id (the form before protocol 3)") << QStringLiteral("FooClass/5@127.0.0.1:1");
    QTest::newRow("server id not hex") << QStringLiteral("FooClass/5/xyz@127.0.0.1:1");
}

// Text that is not a token names no object: a distinct error, not ObjectGone (which says that
// an object existed), and the message tells what a token looks like.
void tst_Proxy::malformedTokensAreInvalidTokens()
{
    QFETCH(QString, text);
    const Token token = Token::fromString(text);
    QVERIFY(!token.isValid());
    QVERIFY(!m_manager->proxyForToken(token));
    QCOMPARE(m_manager->error(), Error::InvalidToken);
    QVERIFY2(m_manager->errorString().startsWith(QLatin1String("Invalid token: ")), qPrintable(m_manager->errorString()));
    QVERIFY2(m_manager->errorString().contains(QLatin1String("typeid/objectid/serverid@address")), qPrintable(m_manager->errorString()));
    QVERIFY(!isRemoteError(Error::InvalidToken));
    // The manager goes on: a real token still works.
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    auto again = m_manager->proxyForToken(foo->token());
    QVERIFY2(again, qPrintable(m_manager->errorString()));
    QCOMPARE(m_manager->error(), Error::NoError);
}

void tst_Proxy::deadClientsReferencesAreDropped()
{
    HelperProcess holder(TestSupport::Helper::LmHelper, { QStringLiteral("hold"), m_manager->address(), QString::fromLatin1(m_key.toHex()), QStringLiteral("5") });
    QVERIFY2(holder.waitFor(QStringLiteral("HOLDING")), qPrintable(holder.output().join(QLatin1Char('\n'))));
    QCOMPARE(liveObjects(), 5);
    holder.killHard();
    QVERIFY(holder.finish());
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), 0, 10000);
}

void tst_Proxy::serverDeathFailsEveryCallPromptly()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(later && foo);
    QSignalSpy state(foo.get(), &Proxy::stateChanged);
    PendingCallWatcher pending(later->callMethodAsync(QStringLiteral("never"), {}, 60000));
    QSignalSpy finished(&pending, &PendingCallWatcher::finished);
    QTRY_COMPARE_WITH_TIMEOUT(later->callMethod(QStringLiteral("cancelledCount")).isValid(), true, 5000);
    const qint64 pid = m_manager->serverProcessId();
    QVERIFY(processAlive(pid));
    QElapsedTimer timer;
    timer.start();
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(finished.wait(5000));
    QCOMPARE(pending.reply().error(), Error::ConnectionLost);
    const Reply after = foo->callMethod(QStringLiteral("add"), { 1, 1 });
    QCOMPARE(after.error(), Error::ConnectionLost);
    QVERIFY(timer.elapsed() < 5000);
    QTRY_COMPARE(state.count(), 1);
    QCOMPARE(foo->state(), Proxy::State::Disconnected);
    QVERIFY(!m_manager->create(QStringLiteral("FooClass")));
    QCOMPARE(m_manager->error(), Error::ConnectionLost);
}

void tst_Proxy::callsFromOtherThreads()
{
    auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    constexpr int Threads = 4;
    constexpr int Calls = 200;
    std::atomic<int> correct { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            // Each thread gets its own connection; the proxy's reference keeps the object.
            for (int i = 0; i < Calls; ++i) {
                if (foo->callMethod(QStringLiteral("add"), { t, i }).value().toInt() == t + i)
                    ++correct;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(correct.load(), Threads * Calls);
    QCOMPARE(foo->callMethod(QStringLiteral("count")).value().toInt(), 1);
    // A proxy destroyed in another thread still releases its reference.
    auto other = m_manager->create(QStringLiteral("FooClass"));
    std::thread([&other] { other.reset(); }).join();
    QTRY_COMPARE(liveObjects(), 1);
}

void tst_Proxy::eventLoopKeepsTurningDuringAsyncCalls()
{
    auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    // A GUI thread waits for a slow answer without blocking: its timers keep firing.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    PendingCallWatcher watcher(later->callMethodAsync(QStringLiteral("echoAfter"), { 500, 1 }));
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
}

int main(int argc, char *argv[])
{
    if (LibManager::isServerProcess())
        return LibManager::serverMain<TestManager>(argc, argv);
    QCoreApplication app(argc, argv);
    tst_Proxy test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_proxy.moc"
