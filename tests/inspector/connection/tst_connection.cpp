// SPDX-License-Identifier: BSD-3-Clause
//
// The connection dialog, the address validator, the recent connections and the inspector's
// command line, against a real server that the suite start()s.
#include "addressvalidator.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "inspectorsession.h"
#include "mainwindow.h"

#include <libmanager/error.h>
#include <libmanager/introspector.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qdiriterator.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qprocess.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qsettings.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qlocalserver.h>
#include <QtNetwork/qlocalsocket.h>
#include <QtGui/qaction.h>
#include <QtGui/qimage.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>
#include <QtWidgets/qapplication.h>
#include <QtWidgets/qcheckbox.h>
#include <QtWidgets/qcombobox.h>
#include <QtWidgets/qlabel.h>
#include <QtWidgets/qlineedit.h>
#include <QtWidgets/qpushbutton.h>
#include <QtWidgets/qradiobutton.h>

#include <functional>

using namespace Inspector;

namespace {
const QByteArray Key = QByteArrayLiteral("s3cret-connection-key");
const QString WrongKey = QStringLiteral("not-the-key");
} // namespace

class tst_Connection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void validator_data();
    void validator();
    void testSucceeds();
    void testWrongKey();
    void testNoSuchSocket();
    void testInvalidAddress();
    void testOddPeers_data();
    void testOddPeers();
    void typedKeyNeverSaved();
    void recentRestored();
    void recentKeepsTen();
    void failedConnectKeepsDialog();
    void keyFieldFocused();
    void fileMenu();
    void forcedReadOnly();
    void program_data();
    void program();

private:
    QString settingsFile() const;
    QLabel *message(ConnectionDialog &dialog) const { return dialog.findChild<QLabel *>(QStringLiteral("message")); }
    bool runTest(ConnectionDialog &dialog);
    // For a person to look at: TST_CONNECTION_SHOTS=<dir> saves the dialog as it was.
    static void shoot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("TST_CONNECTION_SHOTS");
        if (!dir.isEmpty())
            widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".png"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LibManager::SyncManager> m_server;
    QString m_keyFile;
    LibManager::ServerCapabilities m_capabilities;
};

void tst_Connection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("libmanager"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connection"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));

    m_server = std::make_unique<LibManager::SyncManager>(QString(), Key);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    std::unique_ptr<LibManager::Introspector> introspector = m_server->introspector();
    QVERIFY(introspector);
    m_capabilities = introspector->capabilities();
    QVERIFY(m_capabilities.introspection > 1);

    m_keyFile = m_dir.filePath(QStringLiteral("key"));
    QFile file(m_keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Key + '\n');
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void tst_Connection::init()
{
    ConnectionSettings::clear();
}

QString tst_Connection::settingsFile() const
{
    QSettings settings;
    settings.sync();
    return settings.fileName();
}

void tst_Connection::validator_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("libraryRejects"); // the library says InvalidAddress too

    QTest::newRow("path") << "/run/user/1000/app.sock" << true << false;
    QTest::newRow("relative path") << "sockets/app.sock" << true << false;
    QTest::newRow("bare name") << "myapp" << true << false;
    QTest::newRow("local:NAME") << "local:myapp" << true << false;
    QTest::newRow("local:localhost") << "local:localhost" << true << false;
    QTest::newRow("host:port") << "example.org:50000" << true << false;
    QTest::newRow("ipv4:port") << "127.0.0.1:50000" << true << false;
    QTest::newRow("[v6]:port") << "[::1]:50000" << true << false;
    QTest::newRow("tcp://host:port") << "tcp://example.org:1" << true << false;
    QTest::newRow("tcp://[v6]:port") << "tcp://[fe80::1]:65535" << true << false;
    QTest::newRow(":port") << ":50000" << true << false;
    QTest::newRow("spaces around") << "  local:x  " << true << false;

    QTest::newRow("empty") << "" << false << true;
    QTest::newRow("localhost") << "localhost" << false << true;
    QTest::newRow("ipv4 without port") << "127.0.0.1" << false << true;
    QTest::newRow("no port") << "example.org:" << false << true;
    QTest::newRow("tcp without port") << "tcp://example.org" << false << true;
    QTest::newRow("port too big") << "example.org:65536" << false << true;
    QTest::newRow("port not a number") << "example.org:http" << false << true;
    QTest::newRow("negative port") << "example.org:-1" << false << true;
    QTest::newRow("v6 without brackets") << "::1:80" << false << true;
    QTest::newRow("unclosed bracket") << "[::1:80" << false << true;
    QTest::newRow("v4 in brackets") << "[1.2.3.4]:80" << false << true;
    QTest::newRow("space in host") << "exa mple:80" << false << true;
    QTest::newRow("local: alone") << "local:" << false << true;
    // Port 0 lets a server pick a port; a client cannot connect there.
    QTest::newRow("port 0") << "example.org:0" << false << false;
    QTest::newRow("v6 port 0") << "[::1]:0" << false << false;
    QTest::newRow("tcp port 0") << "tcp://example.org:0" << false << false;
    QTest::newRow(":0") << ":0" << false << false;
}

void tst_Connection::validator()
{
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    QFETCH(bool, libraryRejects);

    AddressValidator validator;
    QString input = address;
    int pos = int(input.size());
    QCOMPARE(validator.validate(input, pos) == QValidator::Acceptable, accepted);
    QString why;
    const AddressValidator::Kind kind = AddressValidator::check(address, &why);
    QCOMPARE(kind != AddressValidator::Kind::Invalid, accepted);
    QCOMPARE(why.isEmpty(), accepted);
    if (address.contains(QLatin1String(":0")) && !accepted)
        QVERIFY2(why.contains(QLatin1String("Port 0")), qPrintable(why));

    // The library agrees: what is refused here for its form, it refuses as InvalidAddress.
    if (libraryRejects) {
        LibManager::SyncManager manager(address, Key);
        QVERIFY(!manager.connectToServer(500));
        QCOMPARE(manager.error(), LibManager::Error::InvalidAddress);
    }
}

bool tst_Connection::runTest(ConnectionDialog &dialog)
{
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("test"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    // The test runs on a worker: the click returns before it ends, the button waits meanwhile.
    if (finished.count() != 0 || button->isEnabled())
        return false;
    if (!finished.wait(15000))
        return false;
    return finished.constFirst().constFirst().toBool();
}

void tst_Connection::testSucceeds()
{
    ConnectionDialog dialog;
    ConnectionProfile profile;
    profile.address = m_server->address();
    profile.keySource = ConnectionProfile::KeySource::File;
    profile.keyFile = m_keyFile;
    dialog.setProfile(profile);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The event loop keeps turning while the test connects.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(0);
    QVERIFY(runTest(dialog));
    QVERIFY(ticks > 0);
    const QString text = message(dialog)->text();
    QVERIFY2(text.startsWith(QLatin1String("Test passed.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("introspection revision %1").arg(m_capabilities.introspection)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Protocol %1").arg(m_capabilities.protocol)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("type(s)")) || text.contains(QLatin1String("types")), qPrintable(text));
    QVERIFY(!message(dialog)->property("isError").toBool());
    shoot(dialog, "test-passed");

    // A typed key, in hex, works too.
    profile.keySource = ConnectionProfile::KeySource::Typed;
    profile.typedKey = Key;
    dialog.setProfile(profile);
    dialog.findChild<QCheckBox *>(QStringLiteral("hexKey"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("typedKey"))->setText(QString::fromLatin1(Key.toHex()));
    QVERIFY(runTest(dialog));
}

void tst_Connection::testWrongKey()
{
    ConnectionDialog dialog;
    ConnectionProfile profile;
    profile.address = m_server->address();
    profile.keySource = ConnectionProfile::KeySource::Typed;
    profile.typedKey = WrongKey.toUtf8();
    dialog.setProfile(profile);
    QVERIFY(!runTest(dialog));
    const QString text = message(dialog)->text();
    QVERIFY2(text.contains(LibManager::errorText(LibManager::Error::AuthenticationFailed)), qPrintable(text));
    QVERIFY(message(dialog)->property("isError").toBool());
    dialog.show();
    shoot(dialog, "wrong-key");
    // The key itself is not shown.
    QVERIFY(!text.contains(WrongKey));
}

void tst_Connection::testNoSuchSocket()
{
    ConnectionDialog dialog;
    ConnectionProfile profile;
    profile.address = m_dir.filePath(QStringLiteral("nobody-here.sock"));
    profile.keySource = ConnectionProfile::KeySource::Typed;
    profile.typedKey = Key;
    dialog.setProfile(profile);
    QVERIFY(!runTest(dialog));
    const QString text = message(dialog)->text();
    QVERIFY2(text.contains(LibManager::errorText(LibManager::Error::ConnectionRefused)), qPrintable(text));
    QVERIFY2(!text.contains(LibManager::errorText(LibManager::Error::AuthenticationFailed)), qPrintable(text));
}

void tst_Connection::testInvalidAddress()
{
    ConnectionDialog dialog;
    ConnectionProfile profile;
    profile.address = QStringLiteral("localhost");
    profile.keySource = ConnectionProfile::KeySource::Typed;
    profile.typedKey = Key;
    dialog.setProfile(profile);
    // Said at once, beside the address; Test and Connect wait for a valid one.
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("addressProblem"));
    QVERIFY2(problem->text().contains(QLatin1String("without a port")), qPrintable(problem->text()));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("test"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("connect"))->isEnabled());
    dialog.show();
    shoot(dialog, "invalid-address");
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.test();
    QCOMPARE(finished.count(), 1);
    const QString text = message(dialog)->text();
    QVERIFY2(text.contains(LibManager::errorText(LibManager::Error::InvalidAddress)), qPrintable(text));
    QVERIFY(!text.contains(LibManager::errorText(LibManager::Error::ConnectionRefused)));

    // Fixing it enables them.
    dialog.findChild<QComboBox *>(QStringLiteral("address"))->setEditText(QStringLiteral("localhost:5000"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("test"))->isEnabled());
    QVERIFY(problem->isHidden());
}

void tst_Connection::testOddPeers_data()
{
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<LibManager::Error>("error");
    // A peer that accepts and says nothing: the handshake times out (timeout 1 s).
    QTest::newRow("silent") << QByteArray() << LibManager::Error::Timeout;
    // A peer that is not libmanager.
    QTest::newRow("http") << QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
                          << LibManager::Error::ProtocolMismatch;
}

void tst_Connection::testOddPeers()
{
    QFETCH(QByteArray, greeting);
    QFETCH(LibManager::Error, error);

    QLocalServer peer;
    peer.setSocketOptions(QLocalServer::UserAccessOption);
    QVERIFY(peer.listen(m_dir.filePath(QStringLiteral("odd-%1.sock").arg(QString::fromLatin1(QTest::currentDataTag())))));
    QList<QLocalSocket *> sockets;
    connect(&peer, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *socket = peer.nextPendingConnection()) {
            sockets.append(socket);
            if (!greeting.isEmpty())
                socket->write(greeting);
        }
    });

    ConnectionDialog dialog;
    ConnectionProfile profile;
    profile.address = peer.fullServerName();
    profile.keySource = ConnectionProfile::KeySource::Typed;
    profile.typedKey = Key;
    profile.connectTimeoutMs = 1000;
    dialog.setProfile(profile);
    QVERIFY(!runTest(dialog));
    const QString text = message(dialog)->text();
    QVERIFY2(text.contains(LibManager::errorText(error)), qPrintable(text));
    // Each kind reads differently.
    for (LibManager::Error other : { LibManager::Error::AuthenticationFailed, LibManager::Error::ConnectionRefused,
                                     LibManager::Error::InvalidAddress, LibManager::Error::Timeout,
                                     LibManager::Error::ProtocolMismatch }) {
        if (other != error)
            QVERIFY2(!text.contains(LibManager::errorText(other)), qPrintable(text));
    }
}

void tst_Connection::typedKeyNeverSaved()
{
    // Through the real path: the dialog, Connect, the session opens, the connection is remembered.
    const QString typed = QStringLiteral("s3cret-connection-key");
    InspectorSession session;
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(QStringLiteral("address"))->setEditText(m_server->address());
        dialog->findChild<QRadioButton *>(QStringLiteral("typedKeySource"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("typedKey"))->setText(typed);
        dialog->findChild<QCheckBox *>(QStringLiteral("readOnly"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("label"))->setText(QStringLiteral("suite"));
        filled = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connect")), Qt::LeftButton);
    });
    QVERIFY(ConnectionDialog::connectSession(&session, nullptr));
    QVERIFY(filled);
    QCOMPARE(session.state(), InspectorSession::State::Connected);
    QVERIFY(session.isReadOnly());

    QFile file(settingsFile());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray contents = file.readAll();
    QVERIFY2(contents.contains(m_server->address().toUtf8()), contents.constData());
    QVERIFY(contents.contains("keySource=typed"));
    QVERIFY2(!contents.contains(typed.toUtf8()), contents.constData());
    QVERIFY(!contents.contains(typed.toUtf8().toHex()));
    QVERIFY(!contents.contains(typed.toUtf8().toBase64()));

    // Remembered with its source: choosing it again asks for the key.
    const QList<ConnectionProfile> recent = ConnectionSettings::recent();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().keySource, ConnectionProfile::KeySource::Typed);
    QVERIFY(recent.first().typedKey.isEmpty());
    QVERIFY(recent.first().readOnly);
    QCOMPARE(recent.first().label, QStringLiteral("suite"));
}

void tst_Connection::recentRestored()
{
    ConnectionProfile fromFile;
    fromFile.address = m_server->address();
    fromFile.keyFile = m_keyFile;
    fromFile.readOnly = true;
    fromFile.connectTimeoutMs = 7000;
    ConnectionSettings::remember(fromFile);
    ConnectionProfile fromEnv;
    fromEnv.address = QStringLiteral("example.org:4000");
    fromEnv.keySource = ConnectionProfile::KeySource::Environment;
    fromEnv.keyEnv = QStringLiteral("APP_KEY");
    ConnectionSettings::remember(fromEnv);

    // A new dialog (as in a new run) lists them, most recent first.
    ConnectionDialog dialog;
    auto *address = dialog.findChild<QComboBox *>(QStringLiteral("address"));
    QCOMPARE(address->count(), 2);
    QCOMPARE(address->itemText(0), fromEnv.address);
    QCOMPARE(address->itemText(1), fromFile.address);

    // Choosing one restores its key source, read-only and timeout.
    address->setCurrentIndex(1);
    Q_EMIT address->activated(1);
    const ConnectionProfile chosen = dialog.profile();
    QCOMPARE(chosen.address, fromFile.address);
    QCOMPARE(chosen.keySource, ConnectionProfile::KeySource::File);
    QCOMPARE(chosen.keyFile, m_keyFile);
    QVERIFY(chosen.readOnly);
    QCOMPARE(chosen.connectTimeoutMs, 7000);
    address->setCurrentIndex(0);
    Q_EMIT address->activated(0);
    QCOMPARE(dialog.profile().keySource, ConnectionProfile::KeySource::Environment);
    QCOMPARE(dialog.profile().keyEnv, QStringLiteral("APP_KEY"));
    QVERIFY(!dialog.profile().readOnly);

    // Using one again moves it first, not twice.
    ConnectionSettings::remember(fromFile);
    const QList<ConnectionProfile> recent = ConnectionSettings::recent();
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.first().address, fromFile.address);
    QVERIFY(recent.first().lastUsed.isValid());
    QVERIFY(qAbs(recent.first().lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void tst_Connection::failedConnectKeepsDialog()
{
    // A wrong key: the dialog stays with the error; the right one then connects.
    InspectorSession session;
    QStringList seen;
    std::function<void()> step;
    step = [&] {
        auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("typedKey"));
        seen.append(dialog->findChild<QLabel *>(QStringLiteral("message"))->text());
        dialog->findChild<QComboBox *>(QStringLiteral("address"))->setEditText(m_server->address());
        dialog->findChild<QRadioButton *>(QStringLiteral("typedKeySource"))->setChecked(true);
        key->setText(seen.size() == 1 ? WrongKey : QString::fromLatin1(Key));
        if (seen.size() == 1)
            QTimer::singleShot(0, this, step);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connect")), Qt::LeftButton);
    };
    QTimer::singleShot(0, this, step);
    QVERIFY(ConnectionDialog::connectSession(&session, nullptr));
    QCOMPARE(seen.size(), 2);
    QVERIFY2(seen.at(1).contains(LibManager::errorText(LibManager::Error::AuthenticationFailed)),
             qPrintable(seen.at(1)));
    QCOMPARE(session.state(), InspectorSession::State::Connected);
}

void tst_Connection::keyFieldFocused()
{
    // What main() does with --address but no key.
    InspectorSession session;
    ConnectionProfile profile;
    profile.address = m_server->address();
    QString focused;
    QString address;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTRY_VERIFY(QApplication::focusWidget());
        focused = QApplication::focusWidget()->objectName();
        address = dialog->profile().address;
        dialog->reject();
    });
    QVERIFY(!ConnectionDialog::connectSession(&session, nullptr, profile, ConnectionDialog::Focus::Key));
    QCOMPARE(focused, QStringLiteral("keyFile"));
    QCOMPARE(address, m_server->address());
    QCOMPARE(session.state(), InspectorSession::State::Disconnected);
}

void tst_Connection::fileMenu()
{
    ConnectionProfile profile;
    profile.address = m_server->address();
    profile.keyFile = m_keyFile;
    profile.label = QStringLiteral("Suite & Co");
    ConnectionSettings::remember(profile);

    InspectorSession session;
    MainWindow window(&session);
    auto *connectAction = window.findChild<QAction *>(QStringLiteral("connectAction"));
    QVERIFY(connectAction);
    QCOMPARE(connectAction->shortcut(), QKeySequence(QKeySequence::Open));
    auto *recent = window.findChild<QAction *>(QStringLiteral("recentConnection1"));
    QVERIFY(recent);
    QCOMPARE(recent->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QVERIFY2(recent->text().contains(QLatin1String("Suite && Co")), qPrintable(recent->text()));

    // Choosing it connects with the remembered key file, no dialog.
    recent->trigger();
    QCOMPARE(session.state(), InspectorSession::State::Connected);
    QCOMPARE(session.address(), m_server->address());
}

void tst_Connection::recentKeepsTen()
{
    for (int i = 1; i <= 12; ++i) {
        ConnectionProfile p;
        p.address = QStringLiteral("local:app%1").arg(i);
        ConnectionSettings::remember(p);
    }
    const QList<ConnectionProfile> recent = ConnectionSettings::recent();
    QCOMPARE(recent.size(), ConnectionSettings::MaxRecent);
    QCOMPARE(recent.first().address, QStringLiteral("local:app12"));
    QCOMPARE(recent.last().address, QStringLiteral("local:app3"));
}

void tst_Connection::forcedReadOnly()
{
    // --read-only: the box is ticked and locked, the session is read-only, and the
    // connection's own remembered choice (read-write) is kept.
    ConnectionProfile profile;
    profile.address = m_server->address();
    profile.keyFile = m_keyFile;
    ConnectionSettings::remember(profile);
    ConnectionDialog::setReadOnlyForcedByDefault(true);
    auto reset = qScopeGuard([] { ConnectionDialog::setReadOnlyForcedByDefault(false); });

    InspectorSession session;
    bool locked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConnectionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *readOnly = dialog->findChild<QCheckBox *>(QStringLiteral("readOnly"));
        locked = readOnly->isChecked() && !readOnly->isEnabled();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connect")), Qt::LeftButton);
    });
    QVERIFY(ConnectionDialog::connectSession(&session, nullptr));
    QVERIFY(locked);
    QVERIFY(session.isReadOnly());
    QVERIFY(!ConnectionSettings::find(m_server->address()).readOnly);
}

void tst_Connection::program_data()
{
    QTest::addColumn<QString>("keyText");
    QTest::addColumn<bool>("keyFileExists");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("right key") << QString::fromLatin1(Key) << true << 0;
    QTest::newRow("wrong key") << WrongKey << true << 3;
    QTest::newRow("missing key file") << QString() << false << 2;
}

void tst_Connection::program()
{
    QFETCH(QString, keyText);
    QFETCH(bool, keyFileExists);
    QFETCH(int, exitCode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyFile = dir.filePath(QStringLiteral("key"));
    if (keyFileExists) {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(keyText.toUtf8() + '\n');
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QString settingsDir = dir.filePath(QStringLiteral("settings"));

    QProcess inspector;
    inspector.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    inspector.setProcessEnvironment(env);
    inspector.start(QStringLiteral(INSPECTOR_PATH),
                    { QStringLiteral("--address"), m_server->address(), QStringLiteral("--authkey-file"), keyFile,
                      QStringLiteral("--screenshot"), png, QStringLiteral("--quit-after"), QStringLiteral("1500"),
                      QStringLiteral("--settings-dir"), settingsDir });
    QVERIFY(inspector.waitForStarted());
    if (!inspector.waitForFinished(30000)) {
        inspector.kill();
        inspector.waitForFinished();
        QFAIL("the inspector did not quit");
    }
    QCOMPARE(inspector.exitStatus(), QProcess::NormalExit);
    QCOMPARE(inspector.exitCode(), exitCode);
    QCOMPARE(QFile::exists(png), exitCode == 0);
    if (exitCode == 0) {
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 200);
        // The connection is remembered in --settings-dir, with its key file, not its key.
        QDirIterator it(settingsDir, { QStringLiteral("*.ini") }, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QFile ini(it.next());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray contents = ini.readAll();
        QVERIFY2(contents.contains(m_server->address().toUtf8()), contents.constData());
        QVERIFY2(contents.contains(keyFile.toUtf8()), contents.constData());
        QVERIFY(!contents.contains(Key));
    }
}

QTEST_MAIN(tst_Connection)
#include "tst_connection.moc"
