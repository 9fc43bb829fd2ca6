#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""The Python side of lmbench: the same workloads on multiprocessing's SyncManager.

lmbench runs this script (stdlib only) with the same sizes it uses itself and reads the JSON it
prints on standard output:

    {"python": "3.11.7", "results": {WORKLOAD: {TRANSPORT: [value per round, ...]}},
     "errors": {WORKLOAD: "what went wrong"}}

Units match lmbench's: microseconds per operation for the single-call workloads, create+drop
and producer->consumer; operations per second for the counters and the multi-client
aggregates; milliseconds for the Array workloads; bytes per entry for the memory workload.

Every process it starts dies with its parent (PR_SET_PDEATHSIG), and the script itself ends
when its standard input closes (lmbench died; --exit-on-stdin-eof) or its watchdog expires, so nothing is left behind.
"""

import argparse
import array
import ctypes
import json
import multiprocessing as mp
import multiprocessing.managers
import os
import signal
import sys
import threading
import time

CTX = mp.get_context("fork")  # the Linux default up to 3.13; pinned so results stay comparable


def die_with_parent():
    """Linux: this process gets SIGKILL when the process that started it dies."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except Exception:  # not Linux: the watchdog still ends things
        pass


def install_watchdogs(seconds, stdin_eof):
    def expire():
        time.sleep(seconds)
        sys.stderr.write("python_baseline: watchdog expired\n")
        os._exit(99)

    def stdin_closed():
        # os.read, not sys.stdin: a thread blocked in sys.stdin holds its lock, and the
        # processes multiprocessing forks would deadlock closing their copy of sys.stdin.
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        os._exit(98)

    threading.Thread(target=expire, daemon=True).start()
    if stdin_eof:
        threading.Thread(target=stdin_closed, daemon=True).start()


def start_manager(transport):
    address = ("127.0.0.1", 0) if transport == "tcp" else None  # None: a Unix socket on Linux
    manager = mp.managers.SyncManager(address=address, ctx=CTX)
    manager.start(initializer=die_with_parent)
    return manager


def rss_bytes(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


KEYS = ["k%d" % i for i in range(100)]


def timed_us(n, body):
    t0 = time.perf_counter_ns()
    body(n)
    return (time.perf_counter_ns() - t0) / 1000.0 / n


# --- single-call workloads: (setup(manager) -> state, body(state, n)), microseconds per op ---

def setup_dict(m):
    d = m.dict()
    for i, k in enumerate(KEYS):
        d[k] = i
    return d


def body_dict_set(d, n):
    for i in range(n):
        d[KEYS[i % 100]] = i


def body_dict_get(d, n):
    for i in range(n):
        if d[KEYS[i % 100]] != i % 100:
            raise RuntimeError("dict get returned a wrong value")


def body_dict_popset(d, n):
    for i in range(n):
        k = KEYS[i % 100]
        d.pop(k)
        d[k] = i % 100


def body_dict_delset(d, n):
    for i in range(n):
        k = KEYS[i % 100]
        del d[k]
        d[k] = i % 100


def body_list_append(l, n):
    for i in range(n):
        l.append(i)


def setup_list100(m):
    return m.list(range(100))


def body_list_len(l, n):
    for _ in range(n):
        if len(l) != 100:
            raise RuntimeError("list len is wrong")


def body_ns(ns, n):
    for i in range(n):
        ns.x = i
        if ns.x != i:
            raise RuntimeError("namespace getattr returned a wrong value")


def body_value(v, n):
    for i in range(n):
        v.value = i
        if v.value != i:
            raise RuntimeError("value get returned a wrong value")


def body_lock(lock, n):
    for _ in range(n):
        lock.acquire()
        lock.release()


def body_queue(q, n):
    for i in range(n):
        q.put(i)
        if q.get() != i:
            raise RuntimeError("queue get returned a wrong item")


SINGLE = {
    "dict_set": (setup_dict, body_dict_set),
    "dict_get": (setup_dict, body_dict_get),
    "dict_popset": (setup_dict, body_dict_popset),
    "dict_delset": (setup_dict, body_dict_delset),
    "list_append": (lambda m: m.list(), body_list_append),
    "list_len": (setup_list100, body_list_len),
    "ns_setget": (lambda m: m.Namespace(), body_ns),
    "value_getset": (lambda m: m.Value("i", 0), body_value),
    "lock": (lambda m: m.Lock(), body_lock),
    "queue_putget": (lambda m: m.Queue(), body_queue),
}


def run_single(name, transport, args):
    setup, body = SINGLE[name]
    m = start_manager(transport)
    try:
        out = []
        for _ in range(args.rounds):
            state = setup(m)  # fresh per round (list_append grows)
            body(state, min(200, args.n))  # warm-up
            if name == "list_append":
                state = setup(m)
            out.append(timed_us(args.n, lambda n: body(state, n)))
            del state
        return out
    finally:
        m.shutdown()


# --- multi-process workloads ---

def producer(q, n, go):
    die_with_parent()
    go.wait()
    for i in range(n):
        q.put(i)


def run_prodcons(transport, args):
    n = args.prodcons_n
    m = start_manager(transport)
    try:
        out = []
        for _ in range(args.rounds):
            q = m.Queue()
            go = CTX.Event()
            p = CTX.Process(target=producer, args=(q, n, go))
            p.start()
            q.qsize()  # connected
            go.set()
            t0 = time.perf_counter_ns()
            for i in range(n):
                if q.get() != i:
                    raise RuntimeError("consumer got items out of order")
            out.append((time.perf_counter_ns() - t0) / 1000.0 / n)
            p.join()
        return out
    finally:
        m.shutdown()


def run_workers(procs, target, args):
    """Runs target(*args, barrier, results) in procs processes; returns what each put in results."""
    barrier, results = CTX.Barrier(procs), CTX.Queue()
    ps = [CTX.Process(target=target, args=args + (barrier, results)) for _ in range(procs)]
    for p in ps:
        p.start()
    out = [results.get(timeout=600) for _ in ps]
    for p in ps:
        p.join()
    return out


def counter_worker(v, lock, n, barrier, results):
    die_with_parent()
    v.value  # connect before the start
    barrier.wait()
    t0 = time.monotonic_ns()
    for _ in range(n):
        lock.acquire()
        v.value = v.value + 1
        lock.release()
    results.put((t0, time.monotonic_ns()))


def run_counter(transport, args):
    procs, n = 4, args.contention_n
    m = start_manager(transport)
    try:
        out = []
        for _ in range(args.rounds):
            v, lock = m.Value("i", 0), m.Lock()
            times = run_workers(procs, counter_worker, (v, lock, n))
            if v.value != procs * n:
                raise RuntimeError("counter is %d, expected %d" % (v.value, procs * n))
            wall = max(t[1] for t in times) - min(t[0] for t in times)
            out.append(procs * n / (wall / 1e9))
        return out
    finally:
        m.shutdown()


def getter(d, n, barrier, results):
    die_with_parent()
    d["k0"]
    barrier.wait()
    t0 = time.monotonic_ns()
    for i in range(n):
        if d[KEYS[i % 100]] != i % 100:
            raise RuntimeError("wrong value")
    results.put((t0, time.monotonic_ns(), n))


def run_clients8(transport, args):
    procs, n = 8, args.clients8_n
    m = start_manager(transport)
    try:
        out = []
        d = setup_dict(m)
        for _ in range(args.rounds):
            times = run_workers(procs, getter, (d, n))
            wall = max(t[1] for t in times) - min(t[0] for t in times)
            out.append(sum(t[2] for t in times) / (wall / 1e9))
        return out
    finally:
        m.shutdown()


def many_worker(d, threads, k, barrier, results):
    """One process with `threads` threads, each on its own connection (Python's proxies keep
    one connection per thread), each doing k gets."""
    die_with_parent()
    connected = threading.Barrier(threads + 1)
    go = threading.Event()
    spans = [None] * threads

    def run(t):
        ok = 0
        d["k0"]  # this thread's connection
        connected.wait()
        go.wait()
        t0 = time.monotonic_ns()
        for i in range(k):
            if d[KEYS[i % 100]] == i % 100:
                ok += 1
        spans[t] = (t0, time.monotonic_ns(), ok)

    ts = [threading.Thread(target=run, args=(t,)) for t in range(threads)]
    for t in ts:
        t.start()
    connected.wait()
    barrier.wait()
    go.set()
    for t in ts:
        t.join()
    served = sum(1 for s in spans if s[2] == k)
    results.put((min(s[0] for s in spans), max(s[1] for s in spans),
                 sum(s[2] for s in spans), served))


def run_clients256(transport, args):
    procs, threads, k = 8, 32, args.clients256_k
    m = start_manager(transport)
    try:
        out = []
        d = setup_dict(m)
        for _ in range(args.rounds):
            rs = run_workers(procs, many_worker, (d, threads, k))
            served = sum(r[3] for r in rs)
            if served != procs * threads:
                raise RuntimeError("only %d of %d clients were served" % (served, procs * threads))
            wall = max(r[1] for r in rs) - min(r[0] for r in rs)
            out.append(sum(r[2] for r in rs) / (wall / 1e9))
        return out
    finally:
        m.shutdown()


def run_create_drop(transport, args):
    n = args.create_drop_n
    m = start_manager(transport)
    try:
        out = []
        for _ in range(args.rounds):
            t0 = time.perf_counter_ns()
            for _ in range(n):
                d = m.dict()
                del d
            out.append((time.perf_counter_ns() - t0) / 1000.0 / n)
        return out
    finally:
        m.shutdown()


def run_array(transport, args):
    """Two series: create and fetch whole, in milliseconds."""
    n = args.array_n
    data = [float(i) for i in range(n)]
    m = start_manager(transport)
    try:
        create, fetch = [], []
        for _ in range(args.rounds):
            t0 = time.perf_counter_ns()
            a = m.Array("d", data)
            t1 = time.perf_counter_ns()
            whole = a[:]
            t2 = time.perf_counter_ns()
            if len(whole) != n or whole[n - 1] != float(n - 1):
                raise RuntimeError("array fetched wrong")
            create.append((t1 - t0) / 1e6)
            fetch.append((t2 - t1) / 1e6)
            del a, whole
        return create, fetch
    finally:
        m.shutdown()


def run_memory(transport, args):
    n = args.memory_n
    out = []
    for _ in range(args.rounds):
        m = start_manager(transport)
        try:
            d = m.dict()
            pid = m._process.pid
            before = rss_bytes(pid)
            batch = 10000
            for start in range(0, n, batch):
                d.update({"k%d" % i: i for i in range(start, min(n, start + batch))})
            if len(d) != n:
                raise RuntimeError("dict has %d entries, expected %d" % (len(d), n))
            out.append((rss_bytes(pid) - before) / n)
            del d
        finally:
            m.shutdown()
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated workloads (default: all)")
    parser.add_argument("--transports", default="local,tcp")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--prodcons-n", type=int, default=5000)
    parser.add_argument("--contention-n", type=int, default=2000)
    parser.add_argument("--clients8-n", type=int, default=2000)
    parser.add_argument("--clients256-k", type=int, default=50)
    parser.add_argument("--create-drop-n", type=int, default=1000)
    parser.add_argument("--array-n", type=int, default=1000000)
    parser.add_argument("--memory-n", type=int, default=1000000)
    parser.add_argument("--watchdog", type=float, default=1800, help="seconds")
    parser.add_argument("--exit-on-stdin-eof", action="store_true",
                        help="end when standard input closes (lmbench holds it open)")
    args = parser.parse_args()
    install_watchdogs(args.watchdog, args.exit_on_stdin_eof)

    transports = [t for t in args.transports.split(",") if t]
    only = set(w for w in args.only.split(",") if w)
    multi = {
        "queue_prodcons": run_prodcons,
        "counter_lock": run_counter,
        "clients8": run_clients8,
        "clients256": run_clients256,
        "create_drop": run_create_drop,
        "memory": run_memory,
    }
    results, errors = {}, {}

    def want(name):
        return not only or name in only

    def record(name, transport, fn):
        try:
            results.setdefault(name, {})[transport] = fn()
        except Exception as e:  # reported to lmbench, which prints it
            errors[name] = "%s: %s" % (type(e).__name__, e)

    for name in SINGLE:
        if want(name):
            for t in transports:
                record(name, t, lambda: run_single(name, t, args))
    for name, fn in multi.items():
        if want(name):
            for t in transports:
                record(name, t, lambda: fn(t, args))
    if want("array"):
        for t in transports:
            try:
                create, fetch = run_array(t, args)
                results.setdefault("array_create", {})[t] = create
                results.setdefault("array_fetch", {})[t] = fetch
            except Exception as e:
                errors["array"] = "%s: %s" % (type(e).__name__, e)

    json.dump({"python": sys.version.split()[0], "results": results, "errors": errors},
              sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()
    os._exit(0)  # no lingering finalizers: every manager was shut down above


if __name__ == "__main__":
    main()
