// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_SERVERMAIN_H
#define LIBMANAGER_SERVERMAIN_H

#include <libmanager/basemanager.h>

#include <memory>
#include <utility>
#include <vector>

namespace LibManager {

/*!
    True in a process that BaseManager::start() re-executed to become a manager's server.

    start() runs a manager whose types are all standard (BaseManager, SyncManager) in the
    library's own server program, with no help from the application. A manager with custom
    types needs their code in the server process, so start() runs the application's own
    executable again, the way Python's spawn start method re-runs the main module. Its main()
    must hand over before doing anything else:
    \code
    int main(int argc, char *argv[])
    {
        if (LibManager::isServerProcess())
            return LibManager::serverMain<NewManager>(argc, argv);
        QCoreApplication app(argc, argv);
        ...
    }
    \endcode
    start() refuses (Error::StartFailed, saying so) to re-execute a program whose main() does
    not call serverMain() for that manager class, so a missing line never runs the application
    twice.
*/
LIBMANAGER_EXPORT bool isServerProcess();

namespace detail {
using ManagerMaker = std::unique_ptr<BaseManager> (*)();
LIBMANAGER_EXPORT bool registerServerEntry(const char *className);
LIBMANAGER_EXPORT int runServerProcess(int argc, char **argv,
                                       const std::vector<std::pair<const char *, ManagerMaker>> &makers);

template<class M>
struct ServerEntry
{
    // Initialised before main() in every program whose main() calls serverMain<M>(): that is
    // how start() knows that re-executing the program is safe.
    static inline const bool registered = registerServerEntry(M::staticMetaObject.className());
    static std::unique_ptr<BaseManager> make() { return std::make_unique<M>(); }
};
} // namespace detail

/*!
    Runs the server that BaseManager::start() asked this process to be, for whichever of
    \c Managers it names, and returns the process's exit code. Each manager class must be
    default-constructible, register its types in its constructor, and have its own Q_OBJECT.
*/
template<class... Managers>
int serverMain(int argc, char **argv)
{
    const bool registered[] = { detail::ServerEntry<Managers>::registered... };
    Q_UNUSED(registered);
    return detail::runServerProcess(argc, argv,
                                    { { Managers::staticMetaObject.className(),
                                        &detail::ServerEntry<Managers>::make }... });
}

} // namespace LibManager

#endif // LIBMANAGER_SERVERMAIN_H
