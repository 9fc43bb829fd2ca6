// SPDX-License-Identifier: BSD-3-Clause
// lmbench --worker: the other processes of the multi-process workloads.
#ifndef LMBENCH_WORKER_H
#define LMBENCH_WORKER_H

namespace Bench {

/*!
    lmbench --worker KIND ADDRESS KEYHEX ARGS...: connects to the SyncManager at ADDRESS with
    the key KEYHEX, makes its proxies from tokens (Token::toString()), prints "READY", waits for
    a "GO" line on standard input, runs, and prints
    "DONE <startNs> <endNs> <operations> [<clients served>]" with CLOCK_MONOTONIC timestamps,
    or "ERROR <what>" and exits 1. Kinds:

      getter   DICTTOKEN N              N dict gets of k0..k99 (values checked)
      counter  VALUETOKEN LOCKTOKEN N   N x {lock; v = v + 1; unlock}
      fetchadd VALUETOKEN N             N x fetchAdd(1), no lock
      producer QUEUETOKEN N             puts 0..N-1
      producer-async QUEUETOKEN N       the same with 64 puts in flight (callMethodAsync)
      many     DICTTOKEN CONNS K        CONNS connections (one manager each), K rounds of one
                                        asynchronous get on every connection; also prints how
                                        many connections got all K answers right
      signal   DICTTOKEN                no GO: prints "GOT <value> <ns>" for every change of the
                                        dict, at the moment the proxy's signal is emitted
      writer   DICTTOKEN MS             dict sets of k0..k99 as fast as it can for MS ms
      stream                            no GO: watches the server's event stream (Introspector's
                                        signals), prints READY once it has started, and on a
                                        "STOP" line "STREAM <events> <changed> <changes they
                                        stand for> <gaps> <events lost>"
      hashrss  N                        no address, key or GO: builds a QVariantHash of the N
                                        entries of the memory workload and prints
                                        "RSS <before> <after>" (its own VmRSS, bytes)

    Watchdogs (see installWatchdogs()) end it if lmbench dies or it runs too long.
*/
int runWorker(int argc, char *argv[]);

} // namespace Bench

#endif // LMBENCH_WORKER_H
