// SPDX-License-Identifier: BSD-3-Clause
// lmbench: the workloads of many clients, fairness, introspection, signals, pages, event streams and memory.

#include "suite.h"

namespace Bench {

// --- workloads with many clients, events and memory ----------------------------------------

QList<Row> Suite::clients8()
{
    Row r = row(QStringLiteral("clients8"), QStringLiteral("8 client processes, dict get"),
                QStringLiteral("local"), QStringLiteral("ops/s"), true);
    r.note = QStringLiteral("aggregate, %1 gets each").arg(m_config.clients8N);
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    if (!d) {
        fail(r, QStringLiteral("no dict"));
        return { r };
    }
    for (int round = 0; round < m_config.rounds; ++round) {
        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, 8, workerArgs(QStringLiteral("getter"), m, { d->token().toString(), QString::number(m_config.clients8N) }), r))
            return { r };
        for (auto &w : workers)
            w->write("GO\n");
        qint64 s, e, ops;
        if (!collectDone(workers, r, &s, &e, &ops))
            return { r };
        r.lm.values.append(ops / (double(e - s) / 1e9));
    }
    return { r };
}

// What another client's pipelined traffic costs a small call: one process pipelines gets of a
// 256 KiB string in bursts of 1,000 (reading every answer; each costs the server tens of
// microseconds) while this one makes small synchronous gets and times each. The server takes
// turns of at most ServerConnection::TurnBudgetUs per client, so the slowest small get should
// stay within a few milliseconds however much the other client has in flight.
QList<Row> Suite::fairness()
{
    Row p99 = row(QStringLiteral("fairness"), QStringLiteral("dict get while another client floods, p99"),
                  QStringLiteral("local"), QStringLiteral("us"));
    Row worst = row(QStringLiteral("fairness"), QStringLiteral("dict get while another client floods, max"),
                    QStringLiteral("local"), QStringLiteral("us"));
    p99.pyKey.clear();
    worst.pyKey.clear();
    p99.pyNote = worst.pyNote = QStringLiteral("n/a");
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    if (!d) {
        fail(p99, QStringLiteral("no dict"));
        return { p99, worst };
    }
    const QVariantList keys = plainKeys();
    const int n = qMax(200, m_config.n / 10);
    if (!d->setValue(QStringLiteral("large"), QString(128 * 1024, QLatin1Char('x')))) {
        fail(p99, QStringLiteral("cannot set the large value"));
        return { p99, worst };
    }
    QList<double> idleMedians;
    for (int round = 0; round < m_config.rounds; ++round) {
        QList<double> idle;
        for (int i = 0; i < n; ++i) {
            const qint64 t0 = monotonicNs();
            d->value(keys.at(i % 100));
            idle.append((monotonicNs() - t0) / 1000.0);
        }
        std::sort(idle.begin(), idle.end());
        idleMedians.append(idle.at(idle.size() / 2));

        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, 1, workerArgs(QStringLiteral("flood"), m, { d->token().toString(), QStringLiteral("1000"), QStringLiteral("large") }), p99))
            return { p99, worst };
        workers.front()->write("GO\n");
        QString line;
        if (!workers.front()->expect(QStringLiteral("FLOODING"), &line, 60000)) {
            fail(p99, workers.front()->errorString());
            return { p99, worst };
        }
        // For a time, not a count: the flood comes in bursts, and a count of fast calls could
        // fall between two of them.
        QList<double> busy;
        const qint64 sampleNs = (m_config.quick ? 300 : 2000) * qint64(1000000);
        const qint64 start = monotonicNs();
        for (int i = 0; monotonicNs() - start < sampleNs; ++i) {
            const qint64 t0 = monotonicNs();
            const Reply reply = d->value(keys.at(i % 100));
            busy.append((monotonicNs() - t0) / 1000.0);
            if (!reply.isValid() || reply.value().toInt() != i % 100) {
                fail(p99, reply.isValid() ? QStringLiteral("wrong value") : reply.errorString());
                return { p99, worst };
            }
        }
        workers.front()->kill();
        std::sort(busy.begin(), busy.end());
        p99.lm.values.append(busy.at(qMin(busy.size() - 1, busy.size() * 99 / 100)));
        worst.lm.values.append(busy.constLast());
    }
    std::sort(idleMedians.begin(), idleMedians.end());
    p99.note = QStringLiteral("small gets for %1 s per round against bursts of 1,000 pipelined 256 KiB gets; idle: median %2 us")
                       .arg(m_config.quick ? 0.3 : 2)
                       .arg(number(idleMedians.at(idleMedians.size() / 2)));
    worst.note = QStringLiteral("slowest of the same gets");
    return { p99, worst };
}

// An inspector's page of the object list on a server with many objects and a big dict: the
// page's cost should not depend on either (objectsPage() describes the objects asked for, and
// never formats a container's contents). Pages of 100 and of 10, before and after the big dict
// exists: the first pair shows that the dict costs nothing, the second what an object costs.
QList<Row> Suite::introspection()
{
    const int objects = m_config.quick ? 100 : 1000;
    const int entries = m_config.quick ? 20000 : 1000000;
    const auto makeRow = [&](int pageSize, bool withDict) {
        Row r = row(QStringLiteral("introspection"),
                    withDict ? QStringLiteral("objects page of %1 (%2 objects, a %3-entry dict)")
                                       .arg(pageSize)
                                       .arg(objects)
                                       .arg(entries)
                             : QStringLiteral("objects page of %1 (%2 objects, no big dict)")
                                       .arg(pageSize)
                                       .arg(objects),
                    QStringLiteral("local"), QStringLiteral("us/op"));
        r.pyKey.clear();
        r.pyNote = QStringLiteral("n/a");
        r.rawMode = RawMode::RoundTrips;
        r.rawKey = QStringLiteral("unix64");
        r.note = QStringLiteral("Introspector::objectsPage(0, %1)").arg(pageSize);
        return r;
    };
    Row plain = makeRow(100, false), r = makeRow(100, true), small = makeRow(10, true);
    QList<Row *> all { &plain, &r, &small };
    const auto failAll = [&](const QString &why) {
        for (Row *each : all)
            fail(*each, why);
        return QList<Row> { plain, r, small };
    };
    SyncManager *m = manager(QStringLiteral("local"));
    auto big = m ? m->dict() : nullptr;
    auto introspector = m ? m->introspector() : nullptr;
    if (!big || !introspector)
        return failAll(QStringLiteral("no server"));
    std::vector<std::unique_ptr<DictProxy>> held;
    for (int i = 0; i < objects; ++i)
        held.push_back(m->dict());
    const int calls = m_config.quick ? 50 : 500;
    const auto measure = [&](Row &row, int pageSize) {
        for (int round = 0; round < m_config.rounds; ++round) {
            sampleRaw(row);
            const qint64 t0 = monotonicNs();
            for (int i = 0; i < calls; ++i) {
                const ObjectPage page = introspector->objectsPage(0, pageSize);
                if (page.objects.size() != pageSize) {
                    fail(row, QStringLiteral("a page of %1 objects: %2")
                                      .arg(page.objects.size())
                                      .arg(introspector->lastErrorString()));
                    return;
                }
            }
            row.lm.values.append(double(monotonicNs() - t0) / 1000.0 / calls);
        }
    };
    measure(plain, 100);
    for (int from = 0; from < entries; from += 50000) {
        QVariantHash chunk;
        for (int i = from; i < qMin(entries, from + 50000); ++i)
            chunk.insert(QStringLiteral("k%1").arg(i), i);
        if (!big->update(chunk))
            return failAll(big->lastErrorString());
    }
    measure(r, 100);
    measure(small, 10);
    if (!r.lm.isEmpty() && !small.lm.isEmpty())
        small.note += QStringLiteral("; an object costs %1 us more (from the pages of 100 and 10)")
                              .arg(number((r.lm.median() - small.lm.median()) / 90));
    return { plain, r, small };
}

QList<Row> Suite::clients256()
{
    Row r = row(QStringLiteral("clients256"), QStringLiteral("256 connections on one server, dict get"),
                QStringLiteral("local"), QStringLiteral("ops/s"), true);
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    auto introspector = m ? m->introspector() : nullptr;
    if (!d || !introspector) {
        fail(r, QStringLiteral("no dict"));
        return { r };
    }
    const int procs = 8, perProcess = 32;
    int seen = 0;
    for (int round = 0; round < m_config.rounds; ++round) {
        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, procs,
                          workerArgs(QStringLiteral("many"), m, { d->token().toString(), QString::number(perProcess), QString::number(m_config.clients256K) }),
                          r))
            return { r };
        seen = int(introspector->callMethod(QStringLiteral("clients")).value().toList().size());
        for (auto &w : workers)
            w->write("GO\n");
        qint64 s, e, ops, served;
        if (!collectDone(workers, r, &s, &e, &ops, &served))
            return { r };
        if (served != procs * perProcess) {
            fail(r, QStringLiteral("only %1 of %2 clients were served").arg(served).arg(procs * perProcess));
            return { r };
        }
        r.lm.values.append(ops / (double(e - s) / 1e9));
    }
    r.note = QStringLiteral("%1 rounds of 1 async get per connection; all %2 served; server saw %3 connections")
                     .arg(m_config.clients256K)
                     .arg(procs * perProcess)
                     .arg(seen);
    return { r };
}

QList<Row> Suite::signalLatency()
{
    Row r = row(QStringLiteral("signal_latency"), QStringLiteral("change signal latency, other process"),
                QStringLiteral("local"), QStringLiteral("us"));
    r.pyKey.clear();
    r.pyNote = QStringLiteral("n/a (no signals)");
    r.rawMode = RawMode::RoundTrips;
    r.rawKey = QStringLiteral("unix64");
    r.note = QStringLiteral("mean one-way latency, CLOCK_MONOTONIC in both processes");
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict() : nullptr;
    const QString ping = QStringLiteral("ping");
    if (!d || !d->setValue(ping, -1)) {
        fail(r, QStringLiteral("no dict"));
        return { r };
    }
    std::vector<std::unique_ptr<Child>> workers;
    if (!startWorkers(workers, 1, workerArgs(QStringLiteral("signal"), m, { d->token().toString() }), r))
        return { r };
    Child &watcher = *workers.front();
    // Wait until the watcher's subscription is live: its first signal.
    bool live = false;
    QString line;
    for (int attempt = 0; attempt < 20 && !live; ++attempt) {
        d->setValue(ping, -2);
        live = watcher.expect(QStringLiteral("GOT -2"), &line, 500);
    }
    if (!live) {
        fail(r, QStringLiteral("the other process never saw a change signal"));
        return { r };
    }
    QList<double> relays;
    for (int round = 0; round < m_config.rounds; ++round) {
        sampleRaw(r);
        QString relayError;
        if (const double relay = rawRelayUs(m_config.quick ? 200 : 3000, &relayError); relay > 0)
            relays.append(relay);
        double total = 0;
        for (int i = 0; i < m_config.signalN; ++i) {
            const qint64 t0 = monotonicNs();
            if (!d->setValue(ping, i)) {
                fail(r, d->lastErrorString());
                return { r };
            }
            const QString want = QStringLiteral("GOT %1 ").arg(i);
            if (!watcher.expect(want, &line, 10000)) {
                fail(r, QStringLiteral("signal %1 did not arrive: %2").arg(i).arg(watcher.errorString()));
                return { r };
            }
            total += double(line.section(QLatin1Char(' '), 2).toLongLong() - t0) / 1000.0;
        }
        r.lm.values.append(total / m_config.signalN);
    }
    // The floor: two hops (setter to server, server to watcher) of raw 64-byte writes between
    // three processes placed as these are.
    if (!relays.isEmpty()) {
        std::sort(relays.begin(), relays.end());
        r.note += QStringLiteral("; raw floor, 64 B passed on once between three processes: %1 us")
                          .arg(number(relays.at(relays.size() / 2)));
    }
    return { r };
}

QList<Row> Suite::dictPages()
{
    // A page of 100 items from a dict of 1,000 entries, from one of a million, and from the
    // million with every third entry removed (the order index then maps positions through
    // its tree): the cost must not grow with the dict.
    const QString big = m_config.pageDictN == 1000000 ? QStringLiteral("1M")
                                                       : QString::number(m_config.pageDictN);
    QList<Row> rows {
        row(QStringLiteral("dict_page"), QStringLiteral("dict page (100 items), 1,000 entries"),
            QStringLiteral("local"), QStringLiteral("us/op")),
        row(QStringLiteral("dict_page"), QStringLiteral("dict page (100 items), %1 entries").arg(big),
            QStringLiteral("local"), QStringLiteral("us/op")),
        row(QStringLiteral("dict_page"), QStringLiteral("  same, every 3rd entry removed"),
            QStringLiteral("local"), QStringLiteral("us/op")),
    };
    for (Row &r : rows) {
        r.rawMode = RawMode::RoundTrips;
        r.rawKey = QStringLiteral("unix64");
        r.pyKey.clear();
        r.pyNote = QStringLiteral("n/a (no paging)");
        r.note = QStringLiteral("itemsRange(offset, 100) at spread offsets; 1 call per op");
    }
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(rows.first(), QStringLiteral("no server"));
        return rows;
    }
    const auto fill = [](DictProxy &d, int n) {
        for (int start = 0; start < n; start += 10000) {
            QVariantHash batch;
            for (int i = start; i < std::min(n, start + 10000); ++i)
                batch.insert(QStringLiteral("k%1").arg(i), i);
            if (!d.update(batch))
                return false;
        }
        return true;
    };
    const auto measure = [this](Row &r, DictProxy &d) {
        const qint64 length = d.size();
        for (int round = 0; round < m_config.rounds; ++round) {
            sampleRaw(r);
            const qint64 t0 = monotonicNs();
            for (int i = 0; i < m_config.pageN; ++i) {
                const qint64 offset = (qint64(i) * 7919 + round * 104729) % (length - 100);
                const DictPage page = d.itemsRange(offset, 100);
                if (page.items.size() != 100 || page.length != length) {
                    fail(r, d.lastError() != Error::NoError ? d.lastErrorString() : QStringLiteral("a short page"));
                    return false;
                }
            }
            r.lm.values.append(double(monotonicNs() - t0) / 1000.0 / m_config.pageN);
        }
        return true;
    };
    auto small = m->dict();
    if (!small || !fill(*small, 1000)) {
        fail(rows[0], small ? small->lastErrorString() : m->errorString());
        return rows;
    }
    if (!measure(rows[0], *small))
        return rows;
    small.reset();
    auto d = m->dict();
    if (!d || !fill(*d, m_config.pageDictN)) {
        fail(rows[1], d ? d->lastErrorString() : m->errorString());
        return rows;
    }
    if (!measure(rows[1], *d))
        return rows;
    // The removals pipelined: a third of a million synchronous calls would take seconds.
    std::vector<PendingCall> calls;
    const QString remove = QStringLiteral("__delitem__");
    for (int i = 0; i < m_config.pageDictN; i += 3) {
        calls.push_back(d->callMethodAsync(remove, { QStringLiteral("k%1").arg(i) }));
        if (calls.size() == 1000 || i + 3 >= m_config.pageDictN) {
            for (PendingCall &call : calls) {
                call.waitForFinished();
                if (!call.reply().isValid()) {
                    fail(rows[2], call.reply().errorString());
                    return rows;
                }
            }
            calls.clear();
        }
    }
    measure(rows[2], *d);
    return rows;
}

// What the server-wide event stream costs writers: 10 processes set keys of a dict each (one
// dict per writer) as fast as they can for ~2 s, nobody watching, then with an observer
// process subscribed to the stream (Introspector's signals), the two runs interleaved round
// by round. The observer's changes come coalesced (at most one event per dict every 10 ms), so
// the writers should lose at most a few percent; the note says whether the observer kept up.
QList<Row> Suite::eventStream()
{
    Row without = row(QStringLiteral("event_stream"), QStringLiteral("event stream: 10 writers, no observer"),
                      QStringLiteral("local"), QStringLiteral("ops/s"), true);
    Row with = row(QStringLiteral("event_stream"), QStringLiteral("event stream: 10 writers, an observer"),
                   QStringLiteral("local"), QStringLiteral("ops/s"), true);
    without.pyKey.clear();
    with.pyKey.clear();
    without.pyNote = with.pyNote = QStringLiteral("n/a");
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(without, QStringLiteral("no server"));
        return { without, with };
    }
    constexpr int Writers = 10;
    const int ms = m_config.quick ? 300 : 2000;
    std::vector<std::unique_ptr<DictProxy>> dicts;
    QStringList tokens;
    for (int i = 0; i < Writers; ++i) {
        dicts.push_back(m->dict());
        if (!dicts.back()) {
            fail(without, m->errorString());
            return { without, with };
        }
        tokens.append(dicts.back()->token().toString());
    }
    qint64 events = 0, changed = 0, represented = 0, gaps = 0, lost = 0, sets = 0;
    for (int round = 0; round < m_config.rounds; ++round) {
        for (const bool watched : { false, true }) {
            Row &r = watched ? with : without;
            std::vector<std::unique_ptr<Child>> observer;
            if (watched && !startWorkers(observer, 1, workerArgs(QStringLiteral("stream"), m, {}), r))
                return { without, with };
            std::vector<std::unique_ptr<Child>> workers;
            for (int i = 0; i < Writers; ++i) {
                workers.push_back(std::make_unique<Child>());
                if (!workers.back()->start(workerArgs(QStringLiteral("writer"), m, { tokens.at(i), QString::number(ms) }))) {
                    fail(r, workers.back()->errorString());
                    return { without, with };
                }
            }
            for (auto &worker : workers) {
                if (!worker->expect(QStringLiteral("READY"), nullptr, 60000)) {
                    fail(r, QStringLiteral("writer: %1").arg(worker->errorString()));
                    return { without, with };
                }
            }
            for (auto &w : workers)
                w->write("GO\n");
            qint64 s, e, ops;
            if (!collectDone(workers, r, &s, &e, &ops))
                return { without, with };
            r.lm.values.append(ops / (double(e - s) / 1e9));
            if (!watched)
                continue;
            sets += ops;
            // The last coalesced report leaves within 10 ms; then the observer counts.
            QThread::msleep(100);
            observer.front()->write("STOP\n");
            QString line;
            if (!observer.front()->expect(QStringLiteral("STREAM"), &line, 30000)) {
                fail(r, QStringLiteral("observer: %1").arg(observer.front()->errorString()));
                return { without, with };
            }
            const QStringList f = line.split(QLatin1Char(' '));
            events += f.value(1).toLongLong();
            changed += f.value(2).toLongLong();
            represented += f.value(3).toLongLong();
            gaps += f.value(4).toLongLong();
            lost += f.value(5).toLongLong();
            observer.front()->waitForExit(10000);
        }
    }
    const double ratio = with.lm.median() / without.lm.median();
    without.note = QStringLiteral("~%1 s per run, one dict per writer, runs with and without an observer interleaved").arg(ms / 1000.0);
    with.note = QStringLiteral("with/without %1 (target >= 0.90); observer: %2 events, %3 changed standing for %4 "
                               "changes (%5 of the %6 sets, %7 per event), %8 gaps, %9 events lost")
                        .arg(number(ratio))
                        .arg(events)
                        .arg(changed)
                        .arg(represented)
                        .arg(sets > 0 ? QStringLiteral("%1%").arg(number(100.0 * represented / sets)) : QStringLiteral("-"))
                        .arg(sets)
                        .arg(changed > 0 ? number(double(represented) / changed) : QStringLiteral("-"))
                        .arg(gaps)
                        .arg(lost);
    progress(QStringLiteral("event_stream: %1").arg(with.note));
    return { without, with };
}

QList<Row> Suite::memory()
{
    const int n = m_config.memoryN;
    const QString size = n == 1000000 ? QStringLiteral("1M") : QString::number(n);
    Row r = row(QStringLiteral("memory"), QStringLiteral("dict of %1 entries: server RSS").arg(size),
                QStringLiteral("local"), QStringLiteral("B/entry"));
    r.rawMode = RawMode::MemoryRatio;
    r.rawKey = QStringLiteral("qvarianthash");
    r.note = QStringLiteral("key \"k<i>\" -> int i; VmRSS after - before / entries");
    Row hash = row(QStringLiteral("raw"), QStringLiteral("plain QVariantHash, %1 entries").arg(size),
                   QStringLiteral("-"), QStringLiteral("B/entry"));
    hash.note = QStringLiteral("QString -> QVariant(int), in a fresh lmbench process");
    for (int round = 0; round < m_config.memoryRounds; ++round) {
        {
            Child child;
            QString line;
            if (!child.start({ QStringLiteral("--worker"), QStringLiteral("hashrss"), QString::number(n) })
                || !child.expect(QStringLiteral("RSS"), &line, 120000)) {
                fail(hash, child.errorString());
                return { r };
            }
            const QStringList f = line.split(QLatin1Char(' '));
            hash.lm.values.append(double(f.value(2).toLongLong() - f.value(1).toLongLong()) / n);
        }
        SyncManager m;
        if (!m.start()) {
            fail(r, m.errorString());
            return { r };
        }
        auto d = m.dict();
        const qint64 pid = m.serverProcessId();
        const qint64 before = residentBytes(pid);
        for (int start = 0; start < n; start += 10000) {
            QVariantHash batch;
            for (int i = start; i < std::min(n, start + 10000); ++i)
                batch.insert(QStringLiteral("k%1").arg(i), i);
            if (!d->update(batch)) {
                fail(r, d->lastErrorString());
                return { r };
            }
        }
        if (d->size() != n) {
            fail(r, QStringLiteral("the dict has %1 entries, expected %2").arg(d->size()).arg(n));
            return { r };
        }
        const qint64 after = residentBytes(pid);
        r.lm.values.append(double(after - before) / n);
        d.reset();
        m.shutdown();
    }
    m_baselines[QStringLiteral("-")][QStringLiteral("qvarianthash")] = hash;
    progress(QStringLiteral("QVariantHash: %1 B/entry").arg(spread(hash.lm)));
    return { r };
}

} // namespace Bench
