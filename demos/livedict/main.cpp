// SPDX-License-Identifier: BSD-3-Clause
// Live change signals: one process watches a shared dict while another process changes it.
//
// The demo starts a SyncManager, makes a dict, connects to its proxy's change signals and runs
// itself again as a second process that gets the dict by token and changes it. Each change
// arrives here as a signal, in the order it was made, carrying enough to keep a local copy up
// to date without fetching the dict again. At the end the local copy is compared with the
// shared dict.
//
//   livedict                                run the demo; exits with 0 if the copy matches
//   livedict change ADDRESS KEYHEX TOKEN    the changing process (run by the demo itself)

#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qtimer.h>

using namespace LibManager;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// Python's form of the few kinds of values this demo uses.
QString show(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString)
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return value.toString();
}

QString show(const VariantPairList &pairs)
{
    QStringList items;
    for (const VariantPair &pair : pairs)
        items.append(show(pair.first) + QLatin1String(": ") + show(pair.second));
    return QLatin1Char('{') + items.join(QLatin1String(", ")) + QLatin1Char('}');
}

// --- The other process: changes the dict, one call per change ---------------------------------

int change(const QStringList &args)
{
    auto manager = BaseManager::fromAddress<SyncManager>(
        args.value(0), QByteArray::fromHex(args.value(1).toLatin1()));
    if (!manager->isConnected()) {
        err << "error: cannot connect: " << manager->errorString() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Proxy> proxy = manager->proxyForToken(Token::fromString(args.value(2)));
    auto *fruit = qobject_cast<DictProxy *>(proxy.get());
    if (!fruit) {
        err << "error: no dict: " << manager->errorString() << Qt::endl;
        return 1;
    }
    const bool ok = fruit->setValue(QStringLiteral("apple"), 3) // inserted
        && fruit->setValue(QStringLiteral("pear"), 5) // inserted
        && fruit->setValue(QStringLiteral("apple"), 4) // changed
        && fruit->update(VariantPairList { { QStringLiteral("plum"), 7 }, // inserted
                                           { QStringLiteral("pear"), 6 } }) // changed
        && fruit->pop(QStringLiteral("pear")).isValid() // removed
        && fruit->setDefault(QStringLiteral("kiwi"), 1).isValid() // inserted
        && fruit->remove(QStringLiteral("plum")) // removed
        && fruit->setValue(QStringLiteral("done"), true); // inserted
    if (!ok) {
        err << "error: " << fruit->lastErrorString() << Qt::endl;
        return 1;
    }
    return 0;
}

// --- The watching process ---------------------------------------------------------------------

int watch(QCoreApplication &app)
{
    const QByteArray key = QByteArrayLiteral("livedict-demo");
    SyncManager manager(QString(), key);
    if (!manager.start()) {
        err << "error: " << manager.errorString() << Qt::endl;
        return 1;
    }
    auto fruit = manager.dict();
    if (!fruit) {
        err << "error: " << manager.errorString() << Qt::endl;
        return 1;
    }

    // The local copy, kept up to date by the signals alone.
    VariantPairList copy;
    auto find = [&copy](const QVariant &key) {
        for (qsizetype i = 0; i < copy.size(); ++i) {
            if (copy.at(i).first == key)
                return i;
        }
        return qsizetype(-1);
    };
    QObject::connect(fruit.get(), &DictProxy::itemInserted,
                     [&](const QVariant &key, const QVariant &value) {
                         out << "inserted " << show(key) << " = " << show(value) << Qt::endl;
                         copy.append({ key, value });
                         if (key == QVariant(QStringLiteral("done")))
                             app.quit();
                     });
    QObject::connect(fruit.get(), &DictProxy::itemChanged,
                     [&](const QVariant &key, const QVariant &value) {
                         out << "changed " << show(key) << " = " << show(value) << Qt::endl;
                         copy[find(key)].second = value;
                     });
    QObject::connect(fruit.get(), &DictProxy::itemRemoved, [&](const QVariant &key) {
        out << "removed " << show(key) << Qt::endl;
        copy.removeAt(find(key));
    });
    QObject::connect(fruit.get(), &DictProxy::cleared, [&] {
        out << "cleared" << Qt::endl;
        copy.clear();
    });
    // A call after connecting: once it is answered, the server sends us every change.
    fruit->size();
    out << "watching a dict at " << manager.address() << Qt::endl;

    QProcess changer;
    changer.setProcessChannelMode(QProcess::ForwardedChannels);
    changer.start(QCoreApplication::applicationFilePath(),
                  { QStringLiteral("change"), manager.address(), QString::fromLatin1(key.toHex()),
                    fruit->token().toString() });
    bool timedOut = false;
    QTimer::singleShot(30000, &app, [&] {
        timedOut = true;
        app.quit();
    });
    app.exec();
    if (timedOut) {
        err << "error: the changes did not all arrive within 30 s" << Qt::endl;
        return 1;
    }
    // (waitForFinished() is false for a process that has already finished.)
    if (changer.state() != QProcess::NotRunning)
        changer.waitForFinished(10000);
    if (changer.state() != QProcess::NotRunning || changer.exitStatus() != QProcess::NormalExit
        || changer.exitCode() != 0) {
        err << "error: the changing process failed: "
            << (changer.state() != QProcess::NotRunning ? QStringLiteral("still running")
                    : changer.exitStatus() == QProcess::CrashExit
                    ? QStringLiteral("crashed")
                    : QStringLiteral("exit code %1").arg(changer.exitCode()))
            << Qt::endl;
        return 1;
    }
    const VariantPairList shared = fruit->items();
    if (copy != shared) {
        out << "the live copy " << show(copy) << " does NOT match the shared dict " << show(shared)
            << Qt::endl;
        return 1;
    }
    out << "the live copy matches the shared dict: " << fruit->toString() << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("change"))
        return change(args.mid(1));
    return watch(app);
}
