// SPDX-License-Identifier: BSD-3-Clause
//
// libmanager-server: the library's own server program.
//  - Started by BaseManager::start() (with --spawned) for managers whose types are all standard.
//  - Run by hand, it serves a manager on an address from its command line, optionally with
//    named objects that clients find with BaseManager::proxyForName():
//      libmanager-server --address 0.0.0.0:50000 --authkey-file /etc/app/key --object jobs=Queue

#include <libmanager/authkey.h>
#include <libmanager/authkey_p.h>
#include <libmanager/basemanager.h>
#include <libmanager/server/serverprocess_p.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

#include <limits>

using namespace LibManager;

namespace {

std::unique_ptr<BaseManager> makeStandardManager(const QString &className)
{
    if (className == QLatin1String("LibManager::SyncManager"))
        return std::make_unique<SyncManager>();
    if (className == QLatin1String("LibManager::BaseManager"))
        return std::make_unique<BaseManager>();
    return nullptr;
}

// "7" is a number, "2.5" too, anything else a string: what the standard types' arguments are
// (a Queue's maxsize, a Value's typecode and initial value).
QVariant argumentFromText(const QString &text)
{
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double real = text.toDouble(&ok);
    if (ok)
        return real;
    return text;
}

struct ObjectOption
{
    QString name;
    QString typeId;
    QVariantList args;
};

// NAME=TYPE or NAME=TYPE:ARG,ARG,...; false with \a why.
bool parseObjectOption(const QString &text, ObjectOption *object, QString *why)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString type = equals < 0 ? QString() : text.mid(equals + 1);
    const qsizetype colon = type.indexOf(QLatin1Char(':'));
    object->name = text.left(equals);
    object->typeId = type.left(colon);
    if (equals <= 0 || object->typeId.isEmpty()) {
        *why = QCoreApplication::translate(
                   "main",
                   "--object %1: expected NAME=TYPE or NAME=TYPE:ARG,... (for example jobs=Queue, "
                   "slots=Semaphore:4)")
                   .arg(text);
        return false;
    }
    object->args.clear();
    if (colon >= 0) {
        const QStringList args = type.mid(colon + 1).split(QLatin1Char(','));
        for (const QString &arg : args)
            object->args.append(argumentFromText(arg));
    }
    return true;
}

// A count or a size: digits, for sizes optionally followed by K, M or G (binary: 1K is 1024
// bytes; KiB, MiB and GiB say the same). -1 for anything else.
qint64 parseLimit(const QString &text, bool isSize)
{
    static const struct { const char *suffix; int shift; } suffixes[] = {
        { "KiB", 10 }, { "MiB", 20 }, { "GiB", 30 }, { "K", 10 }, { "M", 20 }, { "G", 30 },
    };
    QString digits = text.trimmed();
    int shift = 0;
    if (isSize) {
        for (const auto &suffix : suffixes) {
            if (digits.endsWith(QLatin1String(suffix.suffix), Qt::CaseInsensitive)) {
                digits.chop(qstrlen(suffix.suffix));
                shift = suffix.shift;
                break;
            }
        }
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 1 || value > (std::numeric_limits<qint64>::max() >> shift))
        return -1;
    return value << shift;
}

// One of the ServerLimits on the command line.
struct LimitOption
{
    QCommandLineOption option;
    bool isSize;
    void (*apply)(ServerLimits &limits, qint64 value);
};

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--spawned") == 0)
            return ServerProcess::runChild(argc, argv, makeStandardManager);
    }

    installServerEventDispatcher();
    QCoreApplication app(argc, argv);
    // Run by hand, it speaks its user's language (LANG, LC_ALL, LC_MESSAGES, LANGUAGE), and so
    // do the messages it makes for its clients. (Started with --spawned, runChild() installs the
    // starter's language instead.)
    installServerTranslators(QLocale());
    QCoreApplication::setApplicationName(QStringLiteral("libmanager-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIBMANAGER_VERSION));
    QCommandLineParser parser;
    // The first sentence is a text of its own, so that its translation stays.
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "main",
            "Serves libmanager shared objects on an address until it is asked to "
            "stop (SIGINT, SIGTERM, or a client's shutdown request).")
        + QLatin1String("\n\n")
        + QCoreApplication::translate(
            "main",
            "Addresses:\n"
            "  a local socket: a path (/run/user/1000/app.sock), local:NAME, or a bare NAME\n"
            "    without ':' (placed in the temporary directory, as QLocalServer places it);\n"
            "  TCP: HOST:PORT, [IPV6]:PORT, tcp://HOST:PORT, or :PORT for every interface;\n"
            "    port 0 picks a free port;\n"
            "  TLS over TCP: tls://HOST:PORT (with --tls-cert and --tls-key).\n"
            "Without --address the server listens on a fresh local socket in a directory only\n"
            "this user can enter. In every case it prints the real address on standard output,\n"
            "as \"libmanager-server: serving at ADDRESS\", once clients can connect.")
        + QLatin1String("\n\n")
        + QCoreApplication::translate(
            "main",
            "Key files: the key is the file's bytes, except that a file holding one line of text\n"
            "followed by a line break loses that line break. So a key made with\n"
            "\"openssl rand -hex 16 > key\" and a binary one made with\n"
            "\"head -c 32 /dev/urandom > key\" both work. Clients read the same file with\n"
            "LibManager::readAuthKeyFile(), which applies the same rule."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption addressOption(
        QStringLiteral("address"),
        QCoreApplication::translate(
            "main", "Where to listen (see Addresses). Default: a fresh local socket."),
        QStringLiteral("address"));
    const QCommandLineOption keyFileOption(
        QStringLiteral("authkey-file"),
        QCoreApplication::translate("main",
                                    "Read the authentication key from this file (see Key files)."),
        QStringLiteral("file"));
    const QCommandLineOption keyEnvOption(
        QStringLiteral("authkey-env"),
        QCoreApplication::translate("main",
                                    "Read the authentication key from this environment variable."),
        QStringLiteral("name"));
    const QCommandLineOption observerKeyFileOption(
        QStringLiteral("observer-key-file"),
        QCoreApplication::translate(
            "main",
            "Read a second, read-only key from this file (see Key files): clients that "
            "authenticate with it may introspect, subscribe and read, and nothing else."),
        QStringLiteral("file"));
    const QCommandLineOption managerOption(
        QStringLiteral("manager"),
        QCoreApplication::translate(
            "main", "Which manager to serve: sync (the standard types) or base (none)."),
        QStringLiteral("kind"), QStringLiteral("sync"));
    const QCommandLineOption objectOption(
        QStringLiteral("object"),
        QCoreApplication::translate(
            "main",
            "Serve an object of TYPE under NAME, made with the arguments ARG (numbers or "
            "text) before the first client connects; clients find it with "
            "proxyForName(NAME). May be repeated. Examples: jobs=Queue, results=dict, "
            "slots=Semaphore:4, hits=Value:i,0."),
        QStringLiteral("NAME=TYPE[:ARG,...]"));
    const QCommandLineOption livenessOption(
        QStringLiteral("liveness-timeout"),
        QCoreApplication::translate(
            "main",
            "TCP: drop a client whose host has acknowledged nothing for this many "
            "milliseconds (its locks and permits are released); 0: the system's keepalive "
            "defaults. Default: 30000."),
        QStringLiteral("ms"), QStringLiteral("30000"));
    // The limits' options, in one table: how each is read and which ServerLimits setter takes it.
    const auto translated = [](const char *text) { return QCoreApplication::translate("main", text); };
    const QString bytes = QStringLiteral("bytes");
    const LimitOption limitOptions[] = {
        { QCommandLineOption(
                  QStringLiteral("max-clients"),
                  translated(QT_TRANSLATE_NOOP("main", "Serve at most N clients at once; one more is told "
                                               "that the server is full. Default: %1."))
                          .arg(ServerLimits::DefaultMaxClients),
                  QStringLiteral("N")),
          false,
          [](ServerLimits &l, qint64 v) { l.setMaxClients(int(qMin<qint64>(v, INT_MAX))); } },
        { QCommandLineOption(
                  QStringLiteral("output-soft-limit"),
                  translated(QT_TRANSLATE_NOOP("main", "Stop reading a client's requests while this much "
                                               "of its output is unsent, until it reads it. Sizes "
                                               "take K, M or G (1024-based). Default: 8M.")),
                  bytes),
          true, [](ServerLimits &l, qint64 v) { l.setOutputSoftLimit(v); } },
        { QCommandLineOption(
                  QStringLiteral("output-hard-limit"),
                  translated(QT_TRANSLATE_NOOP("main", "Disconnect a client that lets this much output it "
                                               "did not ask for at the time (events, answers to "
                                               "waiting calls) pile up. Default: 512M.")),
                  bytes),
          true, [](ServerLimits &l, qint64 v) { l.setOutputHardLimit(v); } },
        { QCommandLineOption(
                  QStringLiteral("output-timeout"),
                  translated(QT_TRANSLATE_NOOP("main", "Disconnect a client that takes no byte of its "
                                               "waiting output for this many milliseconds. "
                                               "Default: %1."))
                          .arg(ServerLimits::DefaultOutputTimeout),
                  QStringLiteral("ms")),
          false,
          [](ServerLimits &l, qint64 v) { l.setOutputTimeout(int(qMin<qint64>(v, INT_MAX))); } },
        { QCommandLineOption(
                  QStringLiteral("max-objects-per-client"),
                  translated(QT_TRANSLATE_NOOP("main", "Shared objects one client may hold references "
                                               "to. Default: %1."))
                          .arg(ServerLimits::DefaultMaxObjectsPerClient),
                  QStringLiteral("N")),
          false, [](ServerLimits &l, qint64 v) { l.setMaxObjectsPerClient(v); } },
        { QCommandLineOption(
                  QStringLiteral("max-bytes-per-client"),
                  translated(QT_TRANSLATE_NOOP("main", "Approximate size of the shared objects one client "
                                               "created. Default: 4G.")),
                  bytes),
          true, [](ServerLimits &l, qint64 v) { l.setMaxBytesPerClient(v); } },
        { QCommandLineOption(
                  QStringLiteral("max-memory"),
                  translated(QT_TRANSLATE_NOOP("main", "Approximate size of all shared objects together. "
                                               "Default: half of the machine's memory, or less "
                                               "under a lower process limit.")),
                  bytes),
          true, [](ServerLimits &l, qint64 v) { l.setMaxMemory(v); } },
        { QCommandLineOption(
                  QStringLiteral("max-container-length"),
                  translated(QT_TRANSLATE_NOOP("main", "Elements of one list, dict, Namespace, Queue or "
                                               "Array. Default: %1."))
                          .arg(ServerLimits::DefaultMaxContainerLength),
                  QStringLiteral("N")),
          false, [](ServerLimits &l, qint64 v) { l.setMaxContainerLength(v); } },
    };
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate(
            "main", "TLS (a tls://host:port address): this server's certificate, in PEM, "
                    "followed by any intermediate certificates."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("main", "TLS: the private key of --tls-cert, in PEM, not "
                                            "encrypted."),
        QStringLiteral("file"));
    const QCommandLineOption tlsCaOption(
        QStringLiteral("tls-ca"),
        QCoreApplication::translate("main", "TLS: the CA certificates (PEM) that client "
                                            "certificates must chain to (--tls-verify-clients)."),
        QStringLiteral("file"));
    const QCommandLineOption tlsVerifyClientsOption(
        QStringLiteral("tls-verify-clients"),
        QCoreApplication::translate("main", "TLS: serve only clients with a certificate that "
                                            "chains to --tls-ca (mutual TLS)."));
    parser.addOptions({ addressOption, keyFileOption, keyEnvOption, observerKeyFileOption,
                        managerOption, objectOption, livenessOption, tlsCertOption, tlsKeyOption,
                        tlsCaOption, tlsVerifyClientsOption });
    for (const LimitOption &limit : limitOptions)
        parser.addOption(limit.option);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QByteArray key;
    if (parser.isSet(keyFileOption)) {
        QString why;
        key = readAuthKeyFile(parser.value(keyFileOption), &why);
        if (key.isEmpty()) {
            err << "libmanager-server: " << why << Qt::endl;
            return 2;
        }
    } else if (parser.isSet(keyEnvOption)) {
        const QString name = parser.value(keyEnvOption);
        key = qgetenv(name.toLocal8Bit().constData());
        if (!key.isEmpty()) {
            //: Where the key came from, after "from" in "32 bytes, SHA-256 1a2b3c4d, from the
            //: environment variable APP_KEY": put it in the form that follows that word.
            noteAuthKeyOrigin(
                key, QCoreApplication::translate("main", "the environment variable %1").arg(name));
        }
    }
    if (key.isEmpty()) {
        err << "libmanager-server: "
            << QCoreApplication::translate("main",
                                           "An authentication key is required "
                                           "(--authkey-file or --authkey-env).")
            << Qt::endl;
        return 2;
    }
    QByteArray observerKey;
    if (parser.isSet(observerKeyFileOption)) {
        QString why;
        observerKey = readAuthKeyFile(parser.value(observerKeyFileOption), &why);
        if (observerKey.isEmpty()) {
            err << "libmanager-server: " << why << Qt::endl;
            return 2;
        }
    }
    const QString kind = parser.value(managerOption);
    std::unique_ptr<BaseManager> manager;
    if (kind == QLatin1String("sync"))
        manager = std::make_unique<SyncManager>();
    else if (kind == QLatin1String("base"))
        manager = std::make_unique<BaseManager>();
    if (!manager) {
        err << "libmanager-server: "
            << QCoreApplication::translate("main", "Unknown manager kind: %1").arg(kind)
            << Qt::endl;
        return 2;
    }

    bool livenessOk = false;
    const int liveness = parser.value(livenessOption).toInt(&livenessOk);
    if (!livenessOk || liveness < 0) {
        err << "libmanager-server: "
            << QCoreApplication::translate("main",
                                           "--liveness-timeout takes a number of milliseconds, "
                                           "not \"%1\"")
                   .arg(parser.value(livenessOption))
            << Qt::endl;
        return 2;
    }
    manager->setLivenessTimeout(liveness);

    QStringList names;
    const QStringList objects = parser.values(objectOption);
    for (const QString &text : objects) {
        ObjectOption object;
        QString why;
        if (!parseObjectOption(text, &object, &why)) {
            err << "libmanager-server: " << why << Qt::endl;
            return 2;
        }
        if (!manager->typeIds().contains(object.typeId)) {
            const QString known = manager->typeIds().join(QLatin1String(", "));
            err << "libmanager-server: "
                << QCoreApplication::translate("main",
                                               "--object %1: unknown type '%2' (this "
                                               "server has: %3)")
                       .arg(text, object.typeId,
                            known.isEmpty() ? QCoreApplication::translate("main", "no types")
                                            : known)
                << Qt::endl;
            return 2;
        }
        if (names.contains(object.name)) {
            err << "libmanager-server: "
                << QCoreApplication::translate("main", "--object %1: the name '%2' is given twice")
                       .arg(text, object.name)
                << Qt::endl;
            return 2;
        }
        names.append(object.name);
        manager->addNamedObject(object.name, object.typeId, object.args);
    }

    ServerLimits limits;
    for (const LimitOption &limit : limitOptions) {
        if (!parser.isSet(limit.option))
            continue;
        const QString text = parser.value(limit.option);
        const qint64 value = parseLimit(text, limit.isSize);
        if (value < 0) {
            err << "libmanager-server: "
                << (limit.isSize
                            ? translated(QT_TRANSLATE_NOOP("main", "--%1 %2: not a size (a positive "
                                                           "number of bytes, optionally "
                                                           "followed by K, M or G)"))
                            : translated(QT_TRANSLATE_NOOP("main", "--%1 %2: not a positive number")))
                           .arg(limit.option.names().constFirst(), text)
                << Qt::endl;
            return 2;
        }
        limit.apply(limits, value);
    }
    manager->setServerLimits(limits);
    TlsConfiguration tls;
    {
        QString why;
        if ((parser.isSet(tlsCertOption) && !tls.loadCertificateChain(parser.value(tlsCertOption), &why))
            || (parser.isSet(tlsKeyOption) && !tls.loadPrivateKey(parser.value(tlsKeyOption), &why))
            || (parser.isSet(tlsCaOption) && !tls.loadCaCertificates(parser.value(tlsCaOption), &why))) {
            err << "libmanager-server: " << why << Qt::endl;
            return 2;
        }
        tls.setRequireClientCertificate(parser.isSet(tlsVerifyClientsOption));
    }
    manager->setTlsConfiguration(tls);
    manager->setAddress(parser.value(addressOption));
    manager->setAuthKey(key);
    manager->setObserverKey(observerKey);
    // What a client's "rejected our key" message is to be compared with.
    out << "libmanager-server: "
        << QCoreApplication::translate("main", "key: %1").arg(describeAuthKey(key)) << Qt::endl;
    if (!observerKey.isEmpty()) {
        out << "libmanager-server: "
            << QCoreApplication::translate("main", "observer key: %1").arg(describeAuthKey(observerKey))
            << Qt::endl;
    }
    // Not translated: programs that run the server read this line for the address.
    QObject::connect(manager.get(), &BaseManager::addressChanged, [&out](const QString &address) {
        out << "libmanager-server: serving at " << address << Qt::endl;
    });
    if (!manager->serveForever()) {
        err << "libmanager-server: " << manager->errorString() << Qt::endl;
        return 1;
    }
    return 0;
}
