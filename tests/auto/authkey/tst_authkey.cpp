// SPDX-License-Identifier: BSD-3-Clause
// Key files: the one rule readAuthKeyFile() applies (and libmanager-server with it), the files
// it refuses and why, and how a key is described in an authentication failure.

#include <libmanager/authkey.h>
#include <libmanager/authkey_p.h>

#include <QtCore/qcryptographichash.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <unistd.h>

using namespace LibManager;

class tst_AuthKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fileContents_data();
    void fileContents();
    void refusedFiles_data();
    void refusedFiles();
    void unreadableFileIsRefused();
    void worldReadableFileIsUsedWithAWarning();
    void describesKeysWithoutShowingThem();

private:
    QString write(const QString &name, const QByteArray &bytes, QFile::Permissions permissions
                                                                = QFile::ReadOwner | QFile::WriteOwner);
    QTemporaryDir m_dir;
};

void tst_AuthKey::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_AuthKey::init()
{
    // Only what a test expects may be warned about.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

QString tst_AuthKey::write(const QString &name, const QByteArray &bytes, QFile::Permissions permissions)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    file.setPermissions(permissions);
    return path;
}

void tst_AuthKey::fileContents_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QByteArray>("key");

    const QByteArray hex = QByteArrayLiteral("9f86d081884c7d659a2feaa0c55ad015");
    // openssl rand -hex 16 > key
    QTest::newRow("openssl rand -hex 16") << hex + '\n' << hex;
    QTest::newRow("hex, CRLF") << hex + "\r\n" << hex;
    QTest::newRow("hex, no line break") << hex << hex;
    QTest::newRow("hex, two line breaks") << hex + "\n\n" << hex + "\n\n";
    // echo 'correct horse' > key: the spaces are part of the key, trailing ones too.
    QTest::newRow("passphrase") << QByteArray("correct horse\n") << QByteArray("correct horse");
    QTest::newRow("trailing spaces") << QByteArray("secret  \n") << QByteArray("secret  ");
    QTest::newRow("leading spaces") << QByteArray("  secret\n") << QByteArray("  secret");
    QTest::newRow("UTF-8 text") << QByteArray("p\xc3\xa4sswort\n") << QByteArray("p\xc3\xa4sswort");
    QTest::newRow("two lines") << QByteArray("abc\ndef\n") << QByteArray("abc\ndef\n");
    QTest::newRow("tab") << QByteArray("a\tb\n") << QByteArray("a\tb\n");

    // head -c 32 /dev/urandom > key: every byte counts, whitespace and line breaks included.
    QByteArray binary(32, Qt::Uninitialized);
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 97 + 13) & 0xff);
    QTest::newRow("binary") << binary << binary;
    QByteArray binaryEndingInNewline = binary;
    binaryEndingInNewline[31] = '\n';
    QTest::newRow("binary ending in a line break") << binaryEndingInNewline << binaryEndingInNewline;
    QByteArray binaryWithWhitespace = binary;
    binaryWithWhitespace.replace(4, 4, " \t\r\n");
    binaryWithWhitespace[0] = ' ';
    binaryWithWhitespace[31] = ' ';
    QTest::newRow("binary with whitespace") << binaryWithWhitespace << binaryWithWhitespace;
    QTest::newRow("invalid UTF-8, line break") << QByteArray("\xff\xfe\n") << QByteArray("\xff\xfe\n");
    QTest::newRow("NUL byte, line break") << QByteArray("ab\0c\n", 5) << QByteArray("ab\0c\n", 5);
    QTest::newRow("one space") << QByteArray(" \n") << QByteArray(" ");
}

void tst_AuthKey::fileContents()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, key);
    const QString path = write(QStringLiteral("key"), contents);
    QVERIFY(!path.isEmpty());
    QString why = QStringLiteral("stale");
    QCOMPARE(readAuthKeyFile(path, &why), key);
    QVERIFY(why.isEmpty());
    QCOMPARE(readAuthKeyFile(path), key);
}

void tst_AuthKey::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QString empty = write(QStringLiteral("empty"), {});
    QTest::newRow("empty") << empty << QStringLiteral("the key file %1 is empty").arg(empty);
    const QString newline = write(QStringLiteral("newline"), "\n");
    QTest::newRow("a line break alone") << newline << QStringLiteral("the key file %1 is empty").arg(newline);
    const QString crlf = write(QStringLiteral("crlf"), "\r\n");
    QTest::newRow("CRLF alone") << crlf << QStringLiteral("the key file %1 is empty").arg(crlf);
    const QString missing = m_dir.filePath(QStringLiteral("missing"));
    QTest::newRow("missing") << missing
                             << QStringLiteral("cannot read the key file %1: No such file or directory").arg(missing);
    QTest::newRow("directory") << m_dir.path()
                               << QStringLiteral("cannot read the key file %1: ").arg(m_dir.path());
    const QString large = write(QStringLiteral("large"), QByteArray(4097, 'k'));
    QTest::newRow("larger than 4096 bytes")
            << large << QStringLiteral("the key file %1 holds more than 4096 bytes: a key file holds the key alone").arg(large);
    // A device that never ends is read only as far as the limit.
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                               << QStringLiteral("the key file /dev/zero holds more than 4096 bytes: a key file holds the key alone");
}

void tst_AuthKey::refusedFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QString why;
    QVERIFY(readAuthKeyFile(path, &why).isEmpty());
    QVERIFY2(why.startsWith(message), qPrintable(why));
    QVERIFY(readAuthKeyFile(path).isEmpty()); // no message wanted: still refused
}

void tst_AuthKey::unreadableFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root reads every file");
    const QString path = write(QStringLiteral("locked"), "secret\n", QFile::WriteOwner);
    QString why;
    QVERIFY(readAuthKeyFile(path, &why).isEmpty());
    QCOMPARE(why, QStringLiteral("cannot read the key file %1: Permission denied").arg(path));
}

// A key every user of the host can read is anybody's key: used (refusing it would break
// "openssl rand -hex 16 > key" under the usual umask), but not silently. A group may read one.
void tst_AuthKey::worldReadableFileIsUsedWithAWarning()
{
    const QString shared = write(QStringLiteral("group"), "team-key\n",
                                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QCOMPARE(readAuthKeyFile(shared), QByteArray("team-key"));

    const QString open = write(QStringLiteral("open"), "open-key\n",
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    QTest::ignoreMessage(QtWarningMsg,
                         qPrintable(QStringLiteral("the key file %1 may be read by every user of this host: "
                                                   "any of them can use the key (chmod o-r %1)")
                                            .arg(open)));
    QCOMPARE(readAuthKeyFile(open), QByteArray("open-key"));
}

void tst_AuthKey::describesKeysWithoutShowingThem()
{
    const QByteArray key = QByteArrayLiteral("described-key-0123456789");
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8));
    // A key of unknown origin: its size and digest.
    QCOMPARE(describeAuthKey(key), QStringLiteral("24 bytes, SHA-256 %1").arg(sha));
    // Read from a file: the file, by its absolute path.
    const QString path = write(QStringLiteral("described"), key + '\n');
    const QString relative = QDir::current().relativeFilePath(path);
    QCOMPARE(readAuthKeyFile(relative), key);
    QCOMPARE(describeAuthKey(key), QStringLiteral("24 bytes, SHA-256 %1, from the file %2").arg(sha, path));
    QVERIFY(!describeAuthKey(key).contains(QString::fromLatin1(key)));
    // Whatever told the process last.
    noteAuthKeyOrigin(key, QStringLiteral("the environment variable APP_KEY"));
    QCOMPARE(describeAuthKey(key), QStringLiteral("24 bytes, SHA-256 %1, from the environment variable APP_KEY").arg(sha));
    // The default key says so.
    setDefaultAuthKey(QByteArrayLiteral("the-default"));
    QVERIFY2(describeAuthKey(defaultAuthKey()).endsWith(QLatin1String(", this process's default key")),
             qPrintable(describeAuthKey(defaultAuthKey())));
}

QTEST_GUILESS_MAIN(tst_AuthKey)
#include "tst_authkey.moc"
