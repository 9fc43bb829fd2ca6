// SPDX-License-Identifier: BSD-3-Clause
// containerworker: the other process of tst_containers. It connects to a SyncManager's server,
// makes its own typed proxy from a token, and changes or watches the shared object. Values on
// the command line and in the output are QVariants in workerformat.h's encoding (V below).
// Like lmhelper it has a watchdog (exit 99 after LMHELPER_WATCHDOG_MS, default 60 s) and exits
// as soon as its standard input closes, so a failing test never leaves an orphan.
//
//   containerworker apply ADDRESS KEYHEX TOKEN OP...
//       Runs the operations in order; each prints exactly one line: "OK", "RESULT V",
//       "ERROR <ErrorName> <message>" (a failed call is reported, not fatal), then "END".
//   containerworker watch ADDRESS KEYHEX TOKEN
//       Connects to every change signal of the proxy, prints "READY", then one line per
//       signal received: "SIG <signalName> V...".
//   containerworker unwatch ADDRESS KEYHEX TOKEN handle|pointer|receiver
//       Like watch, with a second proxy of the object as a control ("CONTROL SIG ..." lines);
//       after the first signal it disconnects the first proxy's signals in the way named
//       (a QMetaObject::Connection, sender and receiver, or deleting the receiver) and prints
//       "DISCONNECTED".
//
// Operations by proxy type (N: an integer, NAME: plain text):
//   any        mark TEXT (prints "MARK TEXT")   gate (prints "GATE", waits for a line on stdin)
//              waitparked N (until the server has N parked calls in all)   str   burst N
//              latency (a dict or list: prints "LOOPING", then calls len() back to back until
//              a line comes on stdin, then prints "RESULT [calls, slowest us]")
//   Namespace  set NAME V | del NAME | get NAME | has NAME | attrs
//   dict       set K V | del K | get K | pop K | popitem | setdefault K V | update V(map)
//              | clear | items | len | nestedappend K V (append V to the list proxy stored at K)
//              | churn N FIRST (N random changes: inserts "n<i>" -> i for i = FIRST, FIRST+1...,
//              and removals of random keys it inserted; prints "COUNT inserted removed")
//   list       append V | extend V(list) | insert N V | set N V | get N | pop N | remove V
//              | delslice N N | setslice N N V(list) | sort | rsort | reverse | clear | list
//              | slide N (N times: append the next integer, and pop the first item once the list
//              holds 50: the list stays a run of consecutive integers)
//   Value      set V | get | add V | cas V V | addloop N
//   Array      set N V | get N | setslice N V(list) | list | len
//   Queue      put V MS | get MS | qsize | taskdone | join MS | getdone N MS
//   Event      set | clear | isset | wait MS
// "burst N" makes N changes of the proxy's type in a fixed pseudo-random order, then prints
// "COUNT c" (changes that succeeded) and "FINAL V" (the object's contents afterwards).

#include "introspection.h"
#include "transport.h"
#include "watchdog.h"
#include "workerformat.h"

#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qtimer.h>

#include <cstdio>
#include <functional>
#include <unistd.h>
#include <utility>

using namespace LibManager;
using ContainerWorker::decode;
using ContainerWorker::encode;

namespace {

void say(const QString &line)
{
    static QTextStream out(stdout);
    out << line << Qt::endl;
}

[[noreturn]] void usage(const QString &why)
{
    std::fprintf(stderr, "containerworker: %s\n", qPrintable(why));
    std::_Exit(2);
}

// Standard input's lines (what opens the "gate"), from the watchdog that also watches its end.
class StdinWatch : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void lineReceived(const QByteArray &line);
};

StdinWatch *installWatchdogs(QCoreApplication &app)
{
    auto *watch = new StdinWatch(&app);
    TestSupport::installWatchdog("containerworker",
                                 [watch](const QByteArray &line) { Q_EMIT watch->lineReceived(line); });
    return watch;
}

void sayError(Error error, const QString &message)
{
    say(QStringLiteral("ERROR %1 %2").arg(errorName(error), message));
}

void report(const Reply &reply)
{
    if (reply.isValid())
        say(QStringLiteral("RESULT ") + encode(reply.value()));
    else
        sayError(reply.error(), reply.message());
}

void reportValue(const QVariant &value)
{
    say(QStringLiteral("RESULT ") + encode(value));
}

void reportDone(bool ok, const Proxy &proxy)
{
    if (ok)
        say(QStringLiteral("OK"));
    else
        sayError(proxy.lastError(), proxy.lastErrorString());
}

// The remaining command-line words.
class Args
{
public:
    explicit Args(QStringList words)
        : m_words(std::move(words))
    {
    }
    bool atEnd() const { return m_next >= m_words.size(); }
    QString text()
    {
        if (atEnd())
            usage(QStringLiteral("missing argument"));
        return m_words.at(m_next++);
    }
    int number()
    {
        bool ok = false;
        const QString word = text();
        const int n = word == QLatin1String("End") ? ListProxy::End : word.toInt(&ok);
        if (!ok && word != QLatin1String("End"))
            usage(QStringLiteral("not a number: ") + word);
        return n;
    }
    QVariant value()
    {
        bool ok = false;
        const QString word = text();
        const QVariant v = decode(word, &ok);
        if (!ok)
            usage(QStringLiteral("not an encoded value: ") + word);
        return v;
    }

private:
    QStringList m_words;
    qsizetype m_next = 0;
};

// A fixed pseudo-random sequence, the same on every run.
class Dice
{
public:
    int roll(int n)
    {
        m_state = m_state * 1103515245u + 12345u;
        return n > 0 ? int((m_state >> 8) % quint32(n)) : 0;
    }

private:
    quint32 m_state = 20240229u;
};

int parkedCalls(BaseManager &manager)
{
    const auto server = manager.introspector();
    return server ? TestSupport::parkedCalls(*server) : -1;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QVariantList pairsToList(const VariantPairList &pairs)
{
    QVariantList out;
    for (const VariantPair &pair : pairs)
        out.append(QVariant(QVariantList { pair.first, pair.second }));
    return out;
}

// --- per type: one operation, or false if the type has no such operation ---

bool applyNamespace(NamespaceProxy &ns, const QString &op, Args &args)
{
    if (op == QLatin1String("set")) {
        const QString name = args.text();
        reportDone(ns.setValue(name, args.value()), ns);
    } else if (op == QLatin1String("del")) {
        reportDone(ns.remove(args.text()), ns);
    } else if (op == QLatin1String("get")) {
        report(ns.value(args.text()));
    } else if (op == QLatin1String("has")) {
        reportValue(ns.contains(args.text()));
    } else if (op == QLatin1String("attrs")) {
        reportValue(ns.attributes());
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        Dice dice;
        int count = 0;
        const QStringList names { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                  QStringLiteral("d") };
        for (int i = 1; i <= n; ++i) {
            const QString name = names.at(dice.roll(names.size()));
            if (dice.roll(4) == 0)
                count += ns.remove(name) ? 1 : 0;
            else
                count += ns.setValue(name, i) ? 1 : 0;
        }
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(ns.attributes());
    } else {
        return false;
    }
    return true;
}

bool applyDict(DictProxy &dict, const QString &op, Args &args)
{
    if (op == QLatin1String("set")) {
        const QVariant key = args.value();
        reportDone(dict.setValue(key, args.value()), dict);
    } else if (op == QLatin1String("del")) {
        reportDone(dict.remove(args.value()), dict);
    } else if (op == QLatin1String("get")) {
        report(dict.value(args.value()));
    } else if (op == QLatin1String("pop")) {
        report(dict.pop(args.value()));
    } else if (op == QLatin1String("popitem")) {
        report(dict.popItem());
    } else if (op == QLatin1String("setdefault")) {
        const QVariant key = args.value();
        reportValue(dict.setDefault(key, args.value()));
    } else if (op == QLatin1String("update")) {
        reportDone(dict.update(args.value().toMap()), dict);
    } else if (op == QLatin1String("clear")) {
        reportDone(dict.clear(), dict);
    } else if (op == QLatin1String("items")) {
        reportValue(pairsToList(dict.items()));
    } else if (op == QLatin1String("len")) {
        reportValue(dict.size());
    } else if (op == QLatin1String("nestedappend")) {
        // A proxy stored in the dict comes back, in this process, as a working typed proxy.
        const Reply stored = dict.value(args.value());
        const QVariant item = args.value();
        if (!stored.isValid()) {
            report(stored);
            return true;
        }
        auto proxy = dict.proxyForValue(stored.value());
        if (!proxy) {
            sayError(dict.lastError(), dict.lastErrorString());
            return true;
        }
        auto *list = qobject_cast<ListProxy *>(proxy.get());
        if (!list) {
            sayError(Error::TypeError,
                     QStringLiteral("not a ListProxy but ")
                         + QString::fromLatin1(proxy->metaObject()->className()));
            return true;
        }
        if (!list->append(item)) {
            sayError(list->lastError(), list->lastErrorString());
            return true;
        }
        reportValue(
            QVariantList { QString::fromLatin1(list->metaObject()->className()), list->toList() });
    } else if (op == QLatin1String("churn")) {
        const int n = args.number();
        int next = args.number();
        Dice dice;
        QList<int> live;
        int inserted = 0;
        int removed = 0;
        for (int i = 0; i < n; ++i) {
            if (live.isEmpty() || dice.roll(3) != 0) {
                if (dict.setValue(QStringLiteral("n%1").arg(next), next)) {
                    live.append(next);
                    ++inserted;
                }
                ++next;
            } else {
                const int at = dice.roll(int(live.size()));
                if (dict.remove(QStringLiteral("n%1").arg(live.at(at)))) {
                    live.removeAt(at);
                    ++removed;
                }
            }
        }
        say(QStringLiteral("COUNT %1 %2").arg(inserted).arg(removed));
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        Dice dice;
        int count = 0;
        for (int i = 1; i <= n; ++i) {
            // String and integer keys, so that the events carry both kinds.
            const int k = dice.roll(12);
            const QVariant key = k % 3 == 0 ? QVariant(k) : QVariant(QStringLiteral("k%1").arg(k));
            switch (dice.roll(8)) {
            case 0:
            case 1:
            case 2:
                count += dict.setValue(key, i) ? 1 : 0;
                break;
            case 3:
                count += dict.remove(key) ? 1 : 0;
                break;
            case 4:
                count += dict.pop(key).isValid() ? 1 : 0;
                break;
            case 5:
                dict.setDefault(key, i);
                break;
            case 6:
                count += dict.update(VariantPairList { { key, i },
                                                       { QStringLiteral("u%1").arg(i % 5), -i } })
                    ? 1
                    : 0;
                break;
            default:
                if (i % 50 == 0)
                    count += dict.clear() ? 1 : 0;
                else
                    count += dict.popItem().isValid() ? 1 : 0;
                break;
            }
        }
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(pairsToList(dict.items()));
    } else {
        return false;
    }
    return true;
}

bool applyList(ListProxy &list, const QString &op, Args &args)
{
    if (op == QLatin1String("append")) {
        reportDone(list.append(args.value()), list);
    } else if (op == QLatin1String("extend")) {
        reportDone(list.extend(args.value().toList()), list);
    } else if (op == QLatin1String("insert")) {
        const int index = args.number();
        reportDone(list.insert(index, args.value()), list);
    } else if (op == QLatin1String("set")) {
        const int index = args.number();
        reportDone(list.set(index, args.value()), list);
    } else if (op == QLatin1String("get")) {
        report(list.at(args.number()));
    } else if (op == QLatin1String("pop")) {
        report(list.pop(args.number()));
    } else if (op == QLatin1String("remove")) {
        reportDone(list.remove(args.value()), list);
    } else if (op == QLatin1String("delslice")) {
        const int start = args.number();
        reportDone(list.removeSlice(start, args.number()), list);
    } else if (op == QLatin1String("setslice")) {
        const int start = args.number();
        const int stop = args.number();
        reportDone(list.setSlice(start, stop, args.value().toList()), list);
    } else if (op == QLatin1String("sort")) {
        reportDone(list.sort(), list);
    } else if (op == QLatin1String("rsort")) {
        reportDone(list.sort(Qt::DescendingOrder), list);
    } else if (op == QLatin1String("reverse")) {
        reportDone(list.reverse(), list);
    } else if (op == QLatin1String("clear")) {
        reportDone(list.clear(), list);
    } else if (op == QLatin1String("list")) {
        reportValue(list.toList());
    } else if (op == QLatin1String("slide")) {
        const int n = args.number();
        const QVariantList first = list.slice(-1).value().toList();
        int next = first.isEmpty() ? 0 : first.at(0).toInt() + 1;
        int size = list.size();
        for (int i = 0; i < n; ++i) {
            list.append(next++);
            if (++size > 50) {
                list.pop(0);
                --size;
            }
        }
        say(QStringLiteral("COUNT %1").arg(n));
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        Dice dice;
        int count = 0;
        for (int i = 1; i <= n; ++i) {
            const int size = list.size();
            int choice = dice.roll(13);
            if (size > 40 && choice <= 3)
                choice = 4; // keep it small: pop instead of growing
            switch (choice) {
            case 0:
            case 1:
            case 2:
                count += list.append(i) ? 1 : 0;
                break;
            case 3: // also negative and beyond-the-end positions, which Python clamps
                count
                    += list.insert(dice.roll(size + 3) - 1 - (dice.roll(2) ? size : 0), i) ? 1 : 0;
                break;
            case 4:
                count += list.pop(size ? dice.roll(size) - (dice.roll(2) ? size : 0) : 0).isValid()
                    ? 1
                    : 0;
                break;
            case 5:
                count
                    += list.set(size ? dice.roll(size) - (dice.roll(2) ? size : 0) : 0, i) ? 1 : 0;
                break;
            case 6:
                count += list.extend({ i, i + 1000 }) ? 1 : 0;
                break;
            case 7: {
                const int start = dice.roll(size + 1);
                count += list.removeSlice(start, start + 1 + dice.roll(3)) ? 1 : 0;
                break;
            }
            case 8: { // may grow or shrink the list
                const int start = dice.roll(size + 1);
                QVariantList values;
                for (int j = dice.roll(4); j > 0; --j)
                    values.append(i + 2000 * j);
                count += list.setSlice(start, start + dice.roll(3), values) ? 1 : 0;
                break;
            }
            case 9: { // a stepped assignment: same length
                QVariantList values;
                for (int j = 0; j < (size + 1) / 2; ++j)
                    values.append(i + 5000 + j);
                count += list.setSlice(0, ListProxy::End, values, 2) ? 1 : 0;
                break;
            }
            case 10:
                count += (i % 2 ? list.sort(i % 4 == 1 ? Qt::AscendingOrder : Qt::DescendingOrder)
                                : list.reverse())
                    ? 1
                    : 0;
                break;
            case 11:
                if (size)
                    count += list.remove(list.at(dice.roll(size)).value()) ? 1 : 0;
                break;
            default:
                if (i % 40 == 0)
                    count += list.clear() ? 1 : 0;
                else
                    count += list.append(-i) ? 1 : 0;
                break;
            }
        }
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(list.toList());
    } else {
        return false;
    }
    return true;
}

bool applyValue(ValueProxy &value, const QString &op, Args &args)
{
    if (op == QLatin1String("set")) {
        reportDone(value.setValue(args.value()), value);
    } else if (op == QLatin1String("get")) {
        const QVariant v = value.value();
        if (value.lastError() == Error::NoError)
            reportValue(v);
        else
            sayError(value.lastError(), value.lastErrorString());
    } else if (op == QLatin1String("add")) {
        report(value.fetchAdd(args.value()));
    } else if (op == QLatin1String("cas")) {
        const QVariant expected = args.value();
        const QVariant desired = args.value();
        QVariant current;
        const bool swapped = value.compareExchange(expected, desired, &current);
        if (!swapped && value.lastError() != Error::NoError)
            sayError(value.lastError(), value.lastErrorString());
        else
            reportValue(QVariantList { swapped, current });
    } else if (op == QLatin1String("addloop")) {
        // The lock-free counter: fetchAdd(1) n times, as fast as the server answers.
        const int n = args.number();
        int done = 0;
        for (int i = 0; i < n; ++i)
            done += value.fetchAdd(1).isValid() ? 1 : 0;
        reportValue(done);
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        int count = 0;
        for (int i = 1; i <= n; ++i)
            count += value.setValue(i) ? 1 : 0;
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(value.value());
    } else {
        return false;
    }
    return true;
}

bool applyArray(ArrayProxy &array, const QString &op, Args &args)
{
    if (op == QLatin1String("set")) {
        const int index = args.number();
        reportDone(array.set(index, args.value()), array);
    } else if (op == QLatin1String("get")) {
        report(array.at(args.number()));
    } else if (op == QLatin1String("setslice")) {
        const int start = args.number();
        reportDone(array.setSlice(start, args.value().toList()), array);
    } else if (op == QLatin1String("list")) {
        reportValue(array.toList());
    } else if (op == QLatin1String("len")) {
        reportValue(array.size());
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        const int size = array.size();
        Dice dice;
        int count = 0;
        for (int i = 1; i <= n; ++i) {
            if (i % 5 == 0)
                count += array.setSlice(dice.roll(size - 1), { i, -i }) ? 1 : 0;
            else
                count += array.set(dice.roll(size) - (dice.roll(2) ? size : 0), i) ? 1 : 0;
        }
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(array.toList());
    } else {
        return false;
    }
    return true;
}

bool applyQueue(QueueProxy &queue, const QString &op, Args &args)
{
    if (op == QLatin1String("put")) {
        const QVariant item = args.value();
        reportDone(queue.put(item, args.number()), queue);
    } else if (op == QLatin1String("get")) {
        report(queue.get(args.number()));
    } else if (op == QLatin1String("qsize")) {
        reportValue(queue.qsize());
    } else if (op == QLatin1String("taskdone")) {
        reportDone(queue.taskDone(), queue);
    } else if (op == QLatin1String("join")) {
        reportDone(queue.join(args.number()), queue);
    } else if (op == QLatin1String("getdone")) {
        // A worker of a JoinableQueue: get n items, marking each done.
        const int n = args.number();
        const int timeout = args.number();
        QVariantList got;
        for (int i = 0; i < n; ++i) {
            const Reply reply = queue.get(timeout);
            if (!reply.isValid() || !queue.taskDone())
                break;
            got.append(reply.value());
        }
        reportValue(got);
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        int count = 0;
        for (int i = 1; i <= n; ++i)
            count += queue.put(i, 0) ? 1 : 0;
        for (int i = 0; i < n / 2; ++i)
            count += queue.get(0).isValid() ? 1 : 0;
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(queue.qsize());
    } else {
        return false;
    }
    return true;
}

bool applyEvent(EventProxy &event, const QString &op, Args &args)
{
    if (op == QLatin1String("set")) {
        reportDone(event.set(), event);
    } else if (op == QLatin1String("clear")) {
        reportDone(event.clear(), event);
    } else if (op == QLatin1String("isset")) {
        reportValue(event.isSet());
    } else if (op == QLatin1String("wait")) {
        reportValue(event.wait(args.number()));
    } else if (op == QLatin1String("burst")) {
        const int n = args.number();
        int count = 0;
        for (int i = 0; i < n; ++i)
            count += (i % 2 ? event.clear() : event.set()) ? 1 : 0;
        say(QStringLiteral("COUNT %1").arg(count));
        reportValue(event.isSet());
    } else {
        return false;
    }
    return true;
}

int apply(SyncManager &manager, Proxy &proxy, Args &args, StdinWatch *stdinWatch)
{
    while (!args.atEnd()) {
        const QString op = args.text();
        if (op == QLatin1String("mark")) {
            say(QStringLiteral("MARK ") + args.text());
        } else if (op == QLatin1String("str")) {
            say(QStringLiteral("STR ") + proxy.toString());
        } else if (op == QLatin1String("gate")) {
            QEventLoop loop;
            QObject::connect(stdinWatch, &StdinWatch::lineReceived, &loop, &QEventLoop::quit);
            say(QStringLiteral("GATE"));
            loop.exec();
        } else if (op == QLatin1String("latency")) {
            // Small calls back to back while the test does something big on the server.
            bool stop = false;
            const QMetaObject::Connection stopper = QObject::connect(
                stdinWatch, &StdinWatch::lineReceived, stdinWatch, [&stop] { stop = true; });
            say(QStringLiteral("LOOPING"));
            qint64 calls = 0;
            qint64 slowestUs = 0;
            QElapsedTimer timer;
            while (!stop) {
                timer.start();
                if (!proxy.callMethod(QStringLiteral("__len__")).isValid()) {
                    sayError(proxy.lastError(), proxy.lastErrorString());
                    break;
                }
                slowestUs = qMax(slowestUs, timer.nsecsElapsed() / 1000);
                ++calls;
                QCoreApplication::processEvents();
            }
            QObject::disconnect(stopper);
            reportValue(QVariantList { calls, slowestUs });
        } else if (op == QLatin1String("waitparked")) {
            const int wanted = args.number();
            while (parkedCalls(manager) < wanted)
                spin(10);
            say(QStringLiteral("PARKED"));
        } else {
            bool known = false;
            if (auto *ns = qobject_cast<NamespaceProxy *>(&proxy))
                known = applyNamespace(*ns, op, args);
            else if (auto *dict = qobject_cast<DictProxy *>(&proxy))
                known = applyDict(*dict, op, args);
            else if (auto *list = qobject_cast<ListProxy *>(&proxy))
                known = applyList(*list, op, args);
            else if (auto *value = qobject_cast<ValueProxy *>(&proxy))
                known = applyValue(*value, op, args);
            else if (auto *array = qobject_cast<ArrayProxy *>(&proxy))
                known = applyArray(*array, op, args);
            else if (auto *queue = qobject_cast<QueueProxy *>(&proxy))
                known = applyQueue(*queue, op, args);
            else if (auto *event = qobject_cast<EventProxy *>(&proxy))
                known = applyEvent(*event, op, args);
            if (!known)
                usage(QStringLiteral("no operation '%1' for %2")
                          .arg(op, QString::fromLatin1(proxy.metaObject()->className())));
        }
    }
    say(QStringLiteral("END"));
    return 0;
}

// --- watch: every change signal as a line ---

// Prints one received signal as "<prefix>SIG name V...", then calls \c then if set.
struct Printer
{
    QString prefix;
    std::function<void()> then;

    void operator()(const char *name, const QVariantList &args) const
    {
        QString line = prefix + QLatin1String("SIG ") + QLatin1String(name);
        for (const QVariant &arg : args)
            line += QLatin1Char(' ') + encode(arg);
        say(line);
        if (then)
            then();
    }
};

/*! Connects every change signal of \a proxy to \a print, with \a context as the receiver;
    returns the connections (none: the proxy has no change signals). */
QList<QMetaObject::Connection> watch(Proxy &proxy, QObject *context, const Printer &print)
{
    QList<QMetaObject::Connection> c;
    QObject *p = &proxy;
    if (auto *ns = qobject_cast<NamespaceProxy *>(p)) {
        c << QObject::connect(ns, &NamespaceProxy::attributeChanged, context,
                              [print](const QString &n, const QVariant &v) {
                                  print("attributeChanged", { n, v });
                              });
        c << QObject::connect(ns, &NamespaceProxy::attributeRemoved, context,
                              [print](const QString &n) { print("attributeRemoved", { n }); });
    } else if (auto *dict = qobject_cast<DictProxy *>(p)) {
        c << QObject::connect(dict, &DictProxy::itemInserted, context,
                              [print](const QVariant &k, const QVariant &v) {
                                  print("itemInserted", { k, v });
                              });
        c << QObject::connect(dict, &DictProxy::itemChanged, context,
                              [print](const QVariant &k, const QVariant &v) {
                                  print("itemChanged", { k, v });
                              });
        c << QObject::connect(dict, &DictProxy::itemRemoved, context,
                              [print](const QVariant &k) { print("itemRemoved", { k }); });
        c << QObject::connect(dict, &DictProxy::cleared, context,
                              [print] { print("cleared", {}); });
    } else if (auto *list = qobject_cast<ListProxy *>(p)) {
        c << QObject::connect(list, &ListProxy::itemsInserted, context,
                              [print](int i, const QVariantList &v) {
                                  print("itemsInserted", { i, QVariant(v) });
                              });
        c << QObject::connect(list, &ListProxy::itemsRemoved, context, [print](int i, int n) {
            print("itemsRemoved", { i, n });
        });
        c << QObject::connect(list, &ListProxy::itemsChanged, context,
                              [print](int i, const QVariantList &v) {
                                  print("itemsChanged", { i, QVariant(v) });
                              });
        c << QObject::connect(list, &ListProxy::listReset, context, [print](const QVariantList &v) {
            print("listReset", { QVariant(v) });
        });
    } else if (auto *value = qobject_cast<ValueProxy *>(p)) {
        c << QObject::connect(value, &ValueProxy::valueChanged, context,
                              [print](const QVariant &v) { print("valueChanged", { v }); });
    } else if (auto *array = qobject_cast<ArrayProxy *>(p)) {
        c << QObject::connect(array, &ArrayProxy::itemsChanged, context,
                              [print](int i, const QVariantList &v) {
                                  print("itemsChanged", { i, QVariant(v) });
                              });
    } else if (auto *queue = qobject_cast<QueueProxy *>(p)) {
        c << QObject::connect(queue, &QueueProxy::sizeChanged, context,
                              [print](int n) { print("sizeChanged", { n }); });
    } else if (auto *event = qobject_cast<EventProxy *>(p)) {
        c << QObject::connect(event, &EventProxy::eventSet, context,
                              [print] { print("eventSet", {}); });
        c << QObject::connect(event, &EventProxy::eventCleared, context,
                              [print] { print("eventCleared", {}); });
    }
    return c;
}

/*!
    unwatch: watch, plus a second proxy of the same object as a control ("CONTROL SIG" lines).
    After the first signal of the watched proxy, its connections are undone the way \a how
    says, outside the signal's emission, and "DISCONNECTED" is printed: "handle"
    (QObject::disconnect(QMetaObject::Connection)), "pointer" (QObject::disconnect() with
    sender and receiver) or "receiver" (the receiving object is deleted).
*/
int unwatch(SyncManager &manager, Proxy &proxy, const QString &how)
{
    if (how != QLatin1String("handle") && how != QLatin1String("pointer")
        && how != QLatin1String("receiver"))
        usage(QStringLiteral("unwatch: handle, pointer or receiver, not ") + how);
    std::unique_ptr<Proxy> control = manager.proxyForToken(proxy.token());
    if (!control) {
        sayError(manager.error(), manager.errorString());
        return 1;
    }
    auto *receiver = new QObject;
    QList<QMetaObject::Connection> connections;
    bool started = false;
    Printer print;
    print.then = [&] {
        if (std::exchange(started, true))
            return;
        QTimer::singleShot(0, [&] {
            if (how == QLatin1String("handle")) {
                for (const QMetaObject::Connection &connection : std::as_const(connections))
                    QObject::disconnect(connection);
            } else if (how == QLatin1String("pointer")) {
                QObject::disconnect(&proxy, nullptr, receiver, nullptr);
            } else {
                delete receiver;
            }
            say(QStringLiteral("DISCONNECTED"));
        });
    };
    connections = watch(proxy, receiver, print);
    if (connections.isEmpty()
        || watch(*control, control.get(), Printer { QStringLiteral("CONTROL "), {} }).isEmpty())
        usage(QStringLiteral("nothing to watch on ")
              + QString::fromLatin1(proxy.metaObject()->className()));
    // Calls after the connections: the server has both subscriptions once they are answered.
    proxy.toString();
    control->toString();
    say(QStringLiteral("READY"));
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    StdinWatch *stdinWatch = installWatchdogs(app);
    const QStringList words = app.arguments().mid(1);
    if (words.size() < 4)
        usage(QStringLiteral(
            "usage: containerworker apply|watch|unwatch ADDRESS KEYHEX TOKEN [OP...]"));
    const QString mode = words.at(0);
    const QByteArray key = QByteArray::fromHex(words.at(2).toLatin1());
    auto manager = TestSupport::connectTo<SyncManager>(words.at(1), key, 10000);
    if (!manager->isConnected()) {
        sayError(manager->error(), manager->errorString());
        return 1;
    }
    const Token token = Token::fromString(words.at(3));
    auto proxy = manager->proxyForToken(token);
    if (!proxy) {
        sayError(manager->error(), manager->errorString());
        return 1;
    }
    Args args(words.mid(4));
    if (mode == QLatin1String("apply"))
        return apply(*manager, *proxy, args, stdinWatch);
    if (mode == QLatin1String("watch")) {
        if (watch(*proxy, proxy.get(), Printer()).isEmpty())
            usage(QStringLiteral("nothing to watch on ")
                  + QString::fromLatin1(proxy->metaObject()->className()));
        // A call after the connections: the server has the subscription by the time it answers.
        proxy->toString();
        say(QStringLiteral("READY"));
        return app.exec();
    }
    if (mode == QLatin1String("unwatch"))
        return unwatch(*manager, *proxy, args.text());
    usage(QStringLiteral("unknown mode ") + mode);
}

#include "main.moc"
