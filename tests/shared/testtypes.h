// SPDX-License-Identifier: BSD-3-Clause
// Custom shared types used by the multi-process tests. They live in the helper program, whose
// main() hands over to serverMain() so that TestManager::start() can re-execute it.
#ifndef LMHELPER_TESTTYPES_H
#define LMHELPER_TESTTYPES_H

#include <libmanager/basemanager.h>
#include <libmanager/deferred.h>

#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>
#include <QtCore/qvariant.h>

#include <cstdio>
#include <stdexcept>

// The seed's FooClass, plus a few methods the tests need.
class FooClass : public QObject
{
    Q_OBJECT
    // What observers (clients with the server's observer key) may call; bar() and the rest
    // count as writes.
    Q_CLASSINFO("LibManager.ReadMethods", "name, add echo")
public:
    Q_INVOKABLE explicit FooClass(QObject *parent = nullptr) : QObject(parent) { }
    Q_INVOKABLE explicit FooClass(const QString &name) { setObjectName(name); }

    Q_INVOKABLE QString bar()
    {
        std::puts("BAR");
        std::fflush(stdout);
        return QStringLiteral("BAR");
    }
    Q_INVOKABLE QString baz()
    {
        std::puts("BAZ");
        std::fflush(stdout);
        return QStringLiteral("BAZ");
    }
    Q_INVOKABLE int add(int a, int b) const { return a + b; }
    Q_INVOKABLE double add(double a, double b, double c) const { return a + b + c; }
    Q_INVOKABLE QVariant echo(const QVariant &value) const { return value; }
    Q_INVOKABLE void fail() { throw std::runtime_error("FooClass::fail was asked to fail"); }
    Q_INVOKABLE QString name() const { return objectName(); }
    /*! Keeps the server's event loop busy for \a ms: a server that cannot answer. */
    Q_INVOKABLE void block(int ms) const { QThread::msleep(ulong(ms)); }

public Q_SLOTS:
    int count() { return ++m_count; }

protected:
    Q_INVOKABLE void hiddenProtected() { }

private:
    int m_count = 0;
};

// Exposes only what its registration lists.
class Restricted : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE QString open() const { return QStringLiteral("open"); }
    Q_INVOKABLE QString secret() const { return QStringLiteral("secret"); }
    Q_INVOKABLE QString toString() const { return QStringLiteral("Restricted(open, secret)"); }
};

// Answers later, through a Deferred: proves the server parks calls without blocking.
class Later : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE LibManager::Deferred echoAfter(int ms, const QVariant &value)
    {
        LibManager::Deferred answer;
        QTimer::singleShot(ms, this, [answer, value] { answer.resolve(value); });
        return answer;
    }
    Q_INVOKABLE LibManager::Deferred failAfter(int ms)
    {
        LibManager::Deferred answer;
        QTimer::singleShot(ms, this, [answer] {
            answer.reject(LibManager::Error::ValueError, QStringLiteral("failed later on purpose"));
        });
        return answer;
    }
    // Answered at once although the type could wait: the early-answer path.
    Q_INVOKABLE LibManager::Deferred now(const QVariant &value)
    {
        LibManager::Deferred answer;
        answer.resolve(value);
        return answer;
    }
    // Never answered unless cancelled; counts cancellations.
    Q_INVOKABLE LibManager::Deferred never()
    {
        LibManager::Deferred answer;
        answer.onCancelled(this, [this] { ++m_cancelled; });
        m_kept.append(answer);
        return answer;
    }
    Q_INVOKABLE int cancelledCount() const { return m_cancelled; }

private:
    QList<LibManager::Deferred> m_kept;
    int m_cancelled = 0;
};

// Methods that return shared objects (Python's method_to_typeid).
class Pool : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE explicit Pool(QObject *parent = nullptr) : QObject(parent)
    {
        m_kept = new FooClass(this);
        m_kept->setObjectName(QStringLiteral("kept"));
    }
    // A registered class: shared by its class.
    Q_INVOKABLE FooClass *spawn(const QString &name) { return new FooClass(name); }
    // Declared with registerMethodResult() (the signature says only QObject).
    Q_INVOKABLE QObject *anything(const QString &name) { return new FooClass(name); }
    // It has a parent: shared, never deleted by the server.
    Q_INVOKABLE FooClass *kept() { return m_kept; }
    Q_INVOKABLE bool hasKept() const { return !m_kept.isNull(); }
    // No registered type.
    Q_INVOKABLE QObject *stranger() { return new QTimer; }
    Q_INVOKABLE QObject *nothing() { return nullptr; }

private:
    QPointer<FooClass> m_kept;
};

// A minimal blocking queue built on Deferred (the remote-queue example of the seed).
class MessageQueue : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    Q_INVOKABLE void put(const QVariant &item)
    {
        while (!m_waiters.isEmpty()) {
            // A waiter that gave up or went away does not swallow the item.
            if (m_waiters.takeFirst().resolve(item))
                return;
        }
        m_items.append(item);
    }
    Q_INVOKABLE LibManager::Deferred get()
    {
        LibManager::Deferred answer;
        if (!m_items.isEmpty())
            answer.resolve(m_items.takeFirst());
        else
            m_waiters.append(answer);
        return answer;
    }
    Q_INVOKABLE int qsize() const { return int(m_items.size()); }

private:
    QVariantList m_items;
    QList<LibManager::Deferred> m_waiters;
};

class TestManager : public LibManager::BaseManager
{
    Q_OBJECT
public:
    explicit TestManager(QObject *parent = nullptr) : BaseManager(parent) { registerAll(); }
    TestManager(const QString &address, const QByteArray &key, QObject *parent = nullptr)
        : BaseManager(address, key, parent)
    {
        registerAll();
    }

private:
    void registerAll()
    {
        registerType<FooClass>(); // typeid "FooClass", from the class name
        registerType<Pool>();
        registerMethodResult(QStringLiteral("Pool"), QStringLiteral("anything"), QStringLiteral("FooClass"));
        registerType<Restricted>(QStringLiteral("Restricted"), QStringList { QStringLiteral("open") });
        registerType<Later>(QStringLiteral("Later"));
        registerType(QStringLiteral("get_proxy"),
                     [this](const QVariantList &) -> QObject * { return &m_queue; });
        registerType(QStringLiteral("Broken"), [](const QVariantList &) -> QObject * {
            throw std::runtime_error("the Broken factory always fails");
        });
    }
    // One long-lived queue, handed out to every client like the seed's `lambda: queue`;
    // it has a parent, so the server never deletes it.
    MessageQueue m_queue { this };
};

#endif // LMHELPER_TESTTYPES_H
