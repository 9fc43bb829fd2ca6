// SPDX-License-Identifier: BSD-3-Clause
// The seed's Namespace example:
//
//     manager = Manager()
//     Global = manager.Namespace()
//     Global.x = 10
//     Global.y = 'hello'
//     Global._z = 12.3    # this is an attribute of the proxy
//     print(Global)
//
// prints "Namespace(x=10, y='hello')": _z stays on the proxy, so the shared object never sees it.

#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

using namespace LibManager;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    SyncManager manager;
    if (!manager.start()) {
        err << "error: " << manager.errorString() << Qt::endl;
        return 1;
    }
    auto global = manager.Namespace();
    if (!global) {
        err << "error: " << manager.errorString() << Qt::endl;
        return 1;
    }
    const bool ok = global->setValue(QStringLiteral("x"), 10)
        && global->setValue(QStringLiteral("y"), QStringLiteral("hello"))
        && global->setValue(QStringLiteral("_z"), 12.3); // an attribute of the proxy
    if (!ok) {
        err << "error: " << global->lastErrorString() << Qt::endl;
        return 1;
    }
    out << global->toString() << Qt::endl;
    return 0;
}
