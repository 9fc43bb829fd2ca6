// SPDX-License-Identifier: BSD-3-Clause
//
// libmanager-inspector: a live view of a running libmanager server.
#include "connectiondialog.h"
#include "connectionprofile.h"
#include "connectionsettings.h"
#include "containereditor.h"
#include "inspectorsession.h"
#include "mainwindow.h"
#include "theme.h"

#include <libmanager/authkey.h>
#include <libmanager/introspector.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qlibraryinfo.h>
#include <QtCore/qpointer.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qtimer.h>
#include <QtCore/qtranslator.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qtabwidget.h>

#include <cstdio>

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2, ScreenshotFailed = 3 };

// qtbase, then the library (errorText()), then the inspector, for \a locale.
void installTranslators(QApplication &app, const QLocale &locale)
{
    const QString dirs[] = { QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
                             QStringLiteral(LIBMANAGER_TRANSLATIONS_BUILDDIR),
                             QStringLiteral(LIBMANAGER_TRANSLATIONS_INSTALLDIR) };
    const auto load = [&](const QString &name, const QStringList &where) {
        auto *translator = new QTranslator(&app);
        for (const QString &dir : where) {
            if (translator->load(locale, name, QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(translator);
                return true;
            }
        }
        delete translator;
        return false;
    };
    load(QStringLiteral("qtbase"), { QLibraryInfo::path(QLibraryInfo::TranslationsPath) });
    load(QStringLiteral("libmanager"), QStringList(std::begin(dirs), std::end(dirs)));
    // Without a catalogue of its own language (the C locale, or one not translated) the
    // English plural forms still apply: "1 object", "2 objects".
    if (!load(QStringLiteral("inspector"), QStringList(std::begin(dirs), std::end(dirs)))) {
        auto *english = new QTranslator(&app);
        for (const QString &dir : dirs) {
            if (english->load(QStringLiteral("inspector_en"), dir)) {
                QCoreApplication::installTranslator(english);
                english = nullptr;
                break;
            }
        }
        delete english;
    }
}

int fail(int code, const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("libmanager"));
    QCoreApplication::setApplicationName(QStringLiteral("libmanager-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIBMANAGER_VERSION_STRING));

    // The language first, so that --help is translated too.
    QLocale locale;
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            locale = QLocale(QString::fromLocal8Bit(argv[i + 1]));
    }
    QLocale::setDefault(locale);
    installTranslators(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "A live view of the shared objects, clients, locks and waiters of a libmanager server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption address(QStringLiteral("address"),
            QCoreApplication::translate("main", "Connect to <address> at start: a socket path, a name, "
                                                "local:NAME, host:port, [v6]:port or tcp://host:port."),
            QStringLiteral("address"));
    const QCommandLineOption keyFile(QStringLiteral("authkey-file"),
            QCoreApplication::translate("main", "Read the key from <file> (its bytes, less one final line break)."),
            QStringLiteral("file"));
    const QCommandLineOption keyEnv(QStringLiteral("authkey-env"),
            QCoreApplication::translate("main", "Read the key from the environment variable <name>."),
            QStringLiteral("name"));
    const QCommandLineOption tlsCa(QStringLiteral("tls-ca"),
            QCoreApplication::translate("main", "TLS (tls://host:port): trust the CA certificates in <file> (PEM) "
                                                "for the server's certificate, instead of the system's."),
            QStringLiteral("file"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
            QCoreApplication::translate("main", "TLS: this client's certificate in <file> (PEM), for servers that "
                                                "require one; with --tls-key."),
            QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
            QCoreApplication::translate("main", "TLS: the private key of --tls-cert in <file> (PEM)."),
            QStringLiteral("file"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
            QCoreApplication::translate("main", "Offer no action that changes anything on the server."));
    const QCommandLineOption open(QStringLiteral("open"),
            QCoreApplication::translate("main", "Open the editor of the object with the id or name <object> "
                                                "(repeatable)."),
            QStringLiteral("object"));
    const QCommandLineOption noLive(QStringLiteral("no-live"),
            QCoreApplication::translate("main", "Start paused."));
    const QCommandLineOption lang(QStringLiteral("lang"),
            QCoreApplication::translate("main", "The language of the interface: en, de or fr."),
            QStringLiteral("code"));
    const QCommandLineOption settingsDir(QStringLiteral("settings-dir"),
            QCoreApplication::translate("main", "Keep the settings in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Testing: save the main window to <file.png> once shown."),
            QStringLiteral("file.png"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
            QCoreApplication::translate("main", "Testing: quit after <ms> milliseconds (with --screenshot, "
                                                "take it then)."),
            QStringLiteral("ms"));
    const QCommandLineOption theme(QStringLiteral("theme"),
            QCoreApplication::translate("main", "The look: system, light or dark."), QStringLiteral("name"));
    const QCommandLineOption show(QStringLiteral("show"),
            QCoreApplication::translate("main", "Bring the dock <name> to the front: objects, details, "
                                                "activity, clients, problems or history, or show the "
                                                "connection dialog: connection (repeatable)."),
            QStringLiteral("name"));
    const QCommandLineOption goTo(QStringLiteral("go-to"),
            QCoreApplication::translate("main", "In the last object --open opened, go to the row or key <where>."),
            QStringLiteral("where"));
    parser.addOptions({ address, keyFile, keyEnv, tlsCa, tlsCert, tlsKey, readOnly, open, noLive, lang, settingsDir,
                        theme, show, goTo, screenshot, quitAfter });
    parser.process(app);

    if (parser.isSet(settingsDir)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, parser.value(settingsDir));
    }

    QByteArray key;
    if (parser.isSet(keyFile) && parser.isSet(keyEnv))
        return fail(UsageError, QCoreApplication::translate("main", "give --authkey-file or --authkey-env, not both"));
    if (parser.isSet(keyFile)) {
        QString error;
        key = LibManager::readAuthKeyFile(parser.value(keyFile), &error);
        if (key.isEmpty())
            return fail(UsageError, error);
    } else if (parser.isSet(keyEnv)) {
        key = qgetenv(parser.value(keyEnv).toLocal8Bit().constData());
        if (key.isEmpty())
            return fail(UsageError, QCoreApplication::translate("main", "the environment variable %1 is empty or not set")
                                            .arg(parser.value(keyEnv)));
    }

    const QString themeName = parser.isSet(theme)
            ? parser.value(theme)
            : QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    if (!Inspector::applyTheme(themeName))
        return fail(UsageError, QCoreApplication::translate("main", "unknown theme %1 (system, light or dark)")
                                        .arg(themeName));

    Inspector::InspectorSession session;
    session.setReadOnlyRequested(parser.isSet(readOnly));
    {
        LibManager::TlsConfiguration tls;
        QString why;
        if ((parser.isSet(tlsCa) && !tls.loadCaCertificates(parser.value(tlsCa), &why))
            || (parser.isSet(tlsCert) && !tls.loadCertificateChain(parser.value(tlsCert), &why))
            || (parser.isSet(tlsKey) && !tls.loadPrivateKey(parser.value(tlsKey), &why))) {
            return fail(UsageError, why);
        }
        session.setTlsConfiguration(tls);
    }
    session.setPaused(parser.isSet(noLive));
    Inspector::ConnectionDialog::setReadOnlyForcedByDefault(parser.isSet(readOnly));
    Inspector::MainWindow window(&session);

    // What the command line says, for the dialog and the recent list (never a typed key).
    Inspector::ConnectionProfile profile;
    profile.address = parser.value(address);
    // --read-only is for this run; the remembered choice of the connection stays.
    profile.readOnly = Inspector::ConnectionSettings::find(profile.address).readOnly;
    if (parser.isSet(keyEnv)) {
        profile.keySource = Inspector::ConnectionProfile::KeySource::Environment;
        profile.keyEnv = parser.value(keyEnv);
    } else if (parser.isSet(keyFile)) {
        profile.keySource = Inspector::ConnectionProfile::KeySource::File;
        profile.keyFile = QFileInfo(parser.value(keyFile)).absoluteFilePath();
    }
    // Testing runs (--screenshot, --quit-after) never wait for a dialog.
    const bool testing = parser.isSet(screenshot) || parser.isSet(quitAfter);
    const bool haveKey = parser.isSet(keyFile) || parser.isSet(keyEnv);

    bool connected = false;
    QString error;
    if (parser.isSet(address) && (haveKey || testing)) {
        session.setAddress(profile.address);
        session.setAuthKey(key);
        connected = session.open();
        if (!connected && parser.isSet(screenshot))
            return fail(ScreenshotFailed, session.lastErrorString());
        if (connected && haveKey)
            Inspector::ConnectionSettings::remember(profile);
        if (!connected) {
            error = session.lastErrorString();
            fail(Failure, error);
        }
    }
    window.show();
    // --show connection: the connection dialog over the window, which --screenshot takes.
    QPointer<QWidget> shown = &window;
    const QStringList docks = parser.values(show);
    for (const QString &dock : docks) {
        if (dock == QLatin1String("connection")) {
            auto *dialog = new Inspector::ConnectionDialog(&window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            shown = dialog;
            continue;
        }
        if (!window.showDock(dock))
            return fail(UsageError, QCoreApplication::translate("main", "no dock is called %1").arg(dock));
    }
    if (!connected && !testing) {
        // Without --address, or without its key, or when it failed: ask.
        using Focus = Inspector::ConnectionDialog::Focus;
        const Focus focus = parser.isSet(address) && !haveKey ? Focus::Key : Focus::Address;
        connected = Inspector::ConnectionDialog::connectSession(&session, &window, profile, focus, error);
    }
    if (connected) {
        const QStringList wanted = parser.values(open);
        for (const QString &what : wanted) {
            bool isId = false;
            const quint64 id = what.toULongLong(&isId);
            if (isId) {
                window.openObject(id);
                continue;
            }
            // A name: looked up in the object pages (this blocks, once, at start-up only).
            LibManager::Introspector *introspector = session.introspector();
            bool found = false;
            for (quint64 after = 0; introspector && !found;) {
                const LibManager::ObjectPage page = introspector->objectsPage(after, 1000);
                for (const LibManager::ObjectInfo &info : page.objects) {
                    if (info.names.contains(what)) {
                        window.openObject(info.id, info.typeId);
                        found = true;
                        break;
                    }
                }
                if (page.atEnd || page.objects.isEmpty())
                    break;
                after = page.next;
            }
            if (!found)
                fail(Failure, QCoreApplication::translate("main", "no object is named %1").arg(what));
        }
        if (parser.isSet(goTo)) {
            // Once the editor has its first page.
            const QString where = parser.value(goTo);
            QTimer::singleShot(300, &window, [&window, where] {
                if (auto *editor = qobject_cast<Inspector::ContainerEditor *>(window.tabs()->currentWidget()))
                    editor->goTo(where);
            });
        }
    }

    if (parser.isSet(quitAfter) || parser.isSet(screenshot)) {
        const int ms = parser.isSet(quitAfter) ? parser.value(quitAfter).toInt() : 2000;
        QTimer::singleShot(ms, &app, [&] {
            if (parser.isSet(screenshot)) {
                QWidget *target = shown ? shown.data() : &window;
                if (!target->grab().save(parser.value(screenshot))) {
                    fail(ScreenshotFailed, QCoreApplication::translate("main", "cannot write %1")
                                                   .arg(parser.value(screenshot)));
                    QCoreApplication::exit(ScreenshotFailed);
                    return;
                }
            }
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
