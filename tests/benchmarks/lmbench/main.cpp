// SPDX-License-Identifier: BSD-3-Clause
// lmbench: libmanager against the physical limit (raw POSIX sockets) and against Python's
// multiprocessing SyncManager, side by side in one invocation. See tests/benchmarks/README.md.
//
//   lmbench [--quick] [--only NAME[,NAME]] [--json FILE] [--rounds N] [--n N]
//           [--placement pinned|unpinned|both] [--no-python]
//
// Figures are reported, never asserted: the exit code is 0 unless something breaks
// functionally (a failed call, a wrong value, an inexact counter, a client not served), then 1.
//
// Other modes of this same program (fork+exec, never a bare fork in a Qt program):
//   lmbench --echo-server unix PATH | tcp       the raw socket echo server (rawsocket.h)
//   lmbench --worker KIND ...                   a client process of a workload (worker.h)

#include "suite.h"

#include <QtCore/qcommandlineparser.h>

#include <cstring>

using namespace Bench;

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--echo-server") == 0 && i == 1)
            return runEchoServer(argc, argv);
        if (std::strcmp(argv[i], "--worker") == 0 && i == 1)
            return runWorker(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lmbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "libmanager benchmark: libmanager against raw sockets and Python's multiprocessing "
            "manager, in one invocation. Figures are reported, never asserted."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A short smoke run: small sizes, one round."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only these workloads (comma-separated): %1.").arg(workloadNames().join(QStringLiteral(", "))),
                                  QStringLiteral("names"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to <file>."), QStringLiteral("file"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds per figure (default 5, 1 with --quick)."), QStringLiteral("n"));
    const QCommandLineOption placement(QStringLiteral("placement"), QStringLiteral("pinned, unpinned or both (default)."), QStringLiteral("which"));
    const QCommandLineOption noPython(QStringLiteral("no-python"), QStringLiteral("Skip the Python baseline."));
    const QCommandLineOption n(QStringLiteral("n"), QStringLiteral("Operations per round of the single-call workloads (default 3000, 200 with --quick)."), QStringLiteral("n"));
    parser.addOptions({ quick, only, json, rounds, placement, noPython, n });
    parser.process(app);

    Config config;
    if (parser.isSet(quick))
        config.makeQuick();
    if (parser.isSet(only)) {
        for (const QString &name : parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!workloadNames().contains(name.trimmed())) {
                std::fprintf(stderr, "lmbench: unknown workload '%s'; known: %s\n", qPrintable(name),
                             qPrintable(workloadNames().join(QStringLiteral(", "))));
                return 2;
            }
            config.only.append(name.trimmed());
        }
    }
    if (parser.isSet(rounds)) {
        bool ok = false;
        config.rounds = parser.value(rounds).toInt(&ok);
        if (!ok || config.rounds < 1) {
            std::fprintf(stderr, "lmbench: --rounds wants a positive number\n");
            return 2;
        }
        config.memoryRounds = std::min(config.memoryRounds, config.rounds);
    }
    if (parser.isSet(placement)) {
        const QString which = parser.value(placement);
        if (which == QLatin1String("pinned") || which == QLatin1String("unpinned"))
            config.placements = QStringList { which };
        else if (which != QLatin1String("both")) {
            std::fprintf(stderr, "lmbench: --placement is pinned, unpinned or both\n");
            return 2;
        }
    }
    if (parser.isSet(n)) {
        bool ok = false;
        config.n = parser.value(n).toInt(&ok);
        if (!ok || config.n < 1) {
            std::fprintf(stderr, "lmbench: --n wants a positive number\n");
            return 2;
        }
    }
    config.jsonPath = parser.value(json);
    config.python = !parser.isSet(noPython);

    Suite suite(config);
    return suite.run();
}
