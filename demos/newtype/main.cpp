// SPDX-License-Identifier: BSD-3-Clause
// The seed's "Customized managers" example: a manager subclass that can create FooClass
// objects in its server process, and proxies that call their methods.
//
//   class NewManager(BaseManager):
//       Foo = CreatorMethod(FooClass)
//   manager = NewManager(); manager.start()
//   foo = manager.Foo(); foo.bar(); foo.baz()      # the server prints BAR, then BAZ
//   manager.shutdown()

#include <libmanager/basemanager.h>
#include <libmanager/servermain.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

#include <cstdio>

// Lives in the server process; clients see its public Q_INVOKABLE methods.
class FooClass : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE void bar() { std::puts("BAR"), std::fflush(stdout); }
    Q_INVOKABLE void baz() { std::puts("BAZ"), std::fflush(stdout); }
};

class NewManager : public LibManager::BaseManager
{
    Q_OBJECT
public:
    explicit NewManager(QObject *parent = nullptr) : BaseManager(parent)
    {
        registerType<FooClass>(); // like CreatorMethod(FooClass): typeid "FooClass"
    }
    // The creator method: a new FooClass on the server, and a proxy to it.
    std::unique_ptr<LibManager::Proxy> Foo() { return create(QStringLiteral("FooClass")); }
};

int main(int argc, char *argv[])
{
    // FooClass's code must run in the server, so start() runs this program again as the
    // server: hand over before doing anything else.
    if (LibManager::isServerProcess())
        return LibManager::serverMain<NewManager>(argc, argv);

    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    NewManager manager;
    if (!manager.start()) {
        err << manager.errorString() << Qt::endl;
        return 1;
    }
    auto foo = manager.Foo();
    if (!foo) {
        err << manager.errorString() << Qt::endl;
        return 1;
    }
    for (const QString &method : { QStringLiteral("bar"), QStringLiteral("baz") }) {
        const LibManager::Reply reply = foo->callMethod(method); // prints BAR, then BAZ
        if (!reply.isValid()) {
            err << reply.errorString() << Qt::endl;
            return 1;
        }
    }
    QTextStream(stdout) << "foo is " << foo->toString() << Qt::endl;
    manager.shutdown();
    return 0;
}

#include "main.moc"
