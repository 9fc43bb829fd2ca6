// SPDX-License-Identifier: BSD-3-Clause
// The translations: the German and French catalogues are complete and current (every entry
// finished, placeholders kept, nothing obsolete, nothing that lupdate would add), a client that
// loads the German catalogue gets wholly German messages, from itself and from a server that
// start() runs, and libmanager-server run by hand speaks its user's language.

#include "transport.h"

#include <libmanager/authkey.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcryptographichash.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qset.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtranslator.h>
#include <QtCore/qxmlstream.h>
#include <QtTest/qtest.h>

#include <algorithm>
#include <optional>
#include <utility>

using namespace LibManager;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString comment;
    QString type; // of the <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

struct Catalogue
{
    QString language; // the <TS language=""> attribute, e.g. "de_DE"
    QList<Entry> entries;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    std::optional<Entry> entry;
    bool numerus = false; // the <message> has numerus forms
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !entry) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry { context, {}, {}, {}, {} };
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (entry && name == QLatin1String("source")) {
                entry->source = xml.readElementText();
            } else if (entry && name == QLatin1String("comment")) {
                entry->comment = xml.readElementText();
            } else if (entry && name == QLatin1String("translation")) {
                entry->numerus = numerus;
                entry->type = xml.attributes().value(QLatin1String("type")).toString();
                if (numerus)
                    continue; // the forms follow as <numerusform> elements
                entry->translations.append(xml.readElementText());
            } else if (entry && name == QLatin1String("numerusform")) {
                entry->translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.entries.append(*entry);
            entry.reset();
        }
    }
    if (xml.hasError())
        catalogue.error
            = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QString describe(const Entry &entry)
{
    return QStringLiteral("[%1] \"%2\"%3")
        .arg(entry.context, entry.source,
             entry.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(entry.comment));
}

/*! %1 to %9 and %n (also %L1), each once however often it is used. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

QByteArray sha256Prefix(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8);
}

/*! The environment of a program run by a user whose locale is \a lang (LANG alone decides). */
QProcessEnvironment userEnvironment(const QString &lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), lang);
    return environment;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // The catalogues
    void catalogues_data();
    void everyEntryIsFinished_data() { catalogues_data(); }
    void everyEntryIsFinished();
    void placeholdersAreKept_data() { catalogues_data(); }
    void placeholdersAreKept();
    void catalogueNamesItsLanguage_data() { catalogues_data(); }
    void catalogueNamesItsLanguage();
    void cataloguesAreCurrent_data() { catalogues_data(); }
    void cataloguesAreCurrent();

    // A client and the servers it starts
    void clientMessagesAreWhollyTranslated();
    void startedServerReportsInItsStartersLanguage();
    void startedServerOfAnUntranslatedClientStaysEnglish();

    // libmanager-server run by hand
    void serverProgramSpeaksItsUsersLanguage_data();
    void serverProgramSpeaksItsUsersLanguage();

private:
    bool installCatalogue(const QString &language);

    QTemporaryDir m_dir;
    QHash<QString, QList<Entry>> m_fromSources; // per catalogue: what lupdate finds today
    QTranslator *m_translator = nullptr;
    int m_sockets = 0;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // What `ninja update_translations` would make from the sources (translations/CMakeLists.txt
    // and inspector/CMakeLists.txt list the same files), into fresh catalogues.
    const QDir root(QStringLiteral(LIBMANAGER_SOURCE_DIR));
    const auto filesIn = [&root](std::initializer_list<std::pair<QString, QStringList>> where) {
        QStringList sources;
        for (const auto &[dir, patterns] : where) {
            const QDir directory(root.filePath(dir));
            const QStringList names = directory.entryList(patterns, QDir::Files, QDir::Name);
            for (const QString &name : names)
                sources.append(directory.filePath(name));
        }
        return sources;
    };
    const QStringList code { QStringLiteral("*.cpp"), QStringLiteral("*.h") };
    const std::pair<QString, QStringList> sets[] = {
        { QStringLiteral("libmanager"),
          filesIn({ { QStringLiteral("libmanager"), code },
                    { QStringLiteral("libmanager/wire"), code },
                    { QStringLiteral("libmanager/transport"), code },
                    { QStringLiteral("libmanager/client"), code },
                    { QStringLiteral("libmanager/server"), code },
                    { QStringLiteral("libmanager/standardtypes"), code },
                    { QStringLiteral("libmanager/platform"), code },
                    { QStringLiteral("libmanager/tools/libmanager-server"),
                      { QStringLiteral("*.cpp") } } }) },
        { QStringLiteral("inspector"),
          filesIn({ { QStringLiteral("inspector"), { QStringLiteral("main.cpp") } },
                    { QStringLiteral("inspector/core"), code },
                    { QStringLiteral("inspector/widgets"), code } }) },
    };
    for (const auto &[name, sources] : sets) {
        QVERIFY2(sources.size() > 5, qPrintable(name));
        const QString fresh = m_dir.filePath(name + QStringLiteral("-fresh.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      sources
                          + QStringList { QStringLiteral("-I"), root.path(), QStringLiteral("-silent"),
                                          QStringLiteral("-locations"), QStringLiteral("none"),
                                          QStringLiteral("-ts"), fresh });
        QVERIFY2(lupdate.waitForFinished(60000), LUPDATE_PATH);
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
        const Catalogue catalogue = readCatalogue(fresh);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY2(catalogue.entries.size() > 20, qPrintable(name));
        m_fromSources.insert(name, catalogue.entries);
    }
    QVERIFY(m_fromSources.value(QStringLiteral("libmanager")).size() > 200);
}

void tst_Translations::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
}

bool tst_Translations::installCatalogue(const QString &language)
{
    m_translator = new QTranslator;
    return m_translator->load(QStringLiteral("libmanager_") + language,
                              QStringLiteral(LIBMANAGER_QM_DIR))
        && QCoreApplication::installTranslator(m_translator);
}

void tst_Translations::catalogues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("catalogueName");
    for (const char *catalogue : { "libmanager", "inspector" }) {
        for (const char *language : { "de", "fr" }) {
            QTest::addRow("%s_%s", catalogue, language)
                << QStringLiteral(LIBMANAGER_TS_DIR "/%1_%2.ts")
                           .arg(QLatin1String(catalogue), QLatin1String(language))
                << QString::fromLatin1(language) << QString::fromLatin1(catalogue);
        }
    }
    // English plural forms of the inspector's numerus entries ("%n object(s)").
    QTest::newRow("inspector_en") << QStringLiteral(LIBMANAGER_TS_DIR "/inspector_en.ts")
                                  << QStringLiteral("en") << QStringLiteral("inspector");
}

void tst_Translations::everyEntryIsFinished()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QVERIFY(catalogue.entries.size() > 10);
    QStringList problems;
    for (const Entry &entry : catalogue.entries) {
        if (!entry.type.isEmpty())
            problems.append(QStringLiteral("%1 is %2").arg(describe(entry), entry.type));
        else if (entry.translations.isEmpty() || entry.translations.contains(QString()))
            problems.append(QStringLiteral("%1 has an empty translation").arg(describe(entry)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Translations::placeholdersAreKept()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList problems;
    for (const Entry &entry : catalogue.entries) {
        const QStringList wanted = placeholders(entry.source);
        for (const QString &translation : entry.translations) {
            const QStringList found = placeholders(translation);
            if (found != wanted) {
                problems.append(QStringLiteral("%1: %2 in the source, %3 in \"%4\"")
                                    .arg(describe(entry), wanted.join(QLatin1Char(',')),
                                         found.join(QLatin1Char(',')), translation));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The entry by which a server that start() runs learns which catalogue to load.
void tst_Translations::catalogueNamesItsLanguage()
{
    QFETCH(QString, path);
    QFETCH(QString, language);
    const Catalogue read = readCatalogue(path);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY2(read.language.startsWith(language), qPrintable(read.language));
    QFETCH(QString, catalogueName);
    if (catalogueName != QLatin1String("libmanager"))
        return; // only the library's servers look for the entry below
    const auto it = std::find_if(read.entries.cbegin(), read.entries.cend(),
                                 [](const Entry &entry) {
                                     return entry.context == QLatin1String("LibManager")
                                         && entry.source == QLatin1String("en");
                                 });
    QVERIFY(it != read.entries.cend());
    QCOMPARE(it->translations, QStringList { language });
}

void tst_Translations::cataloguesAreCurrent()
{
    QFETCH(QString, path);
    const Catalogue catalogue = readCatalogue(path);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    const auto key = [](const Entry &entry) -> QString {
        return entry.context + QLatin1Char('\x1f') + entry.source + QLatin1Char('\x1f')
            + entry.comment;
    };
    QSet<QString> inCatalogue;
    for (const Entry &entry : catalogue.entries)
        inCatalogue.insert(key(entry));
    QStringList problems;
    QSet<QString> inSources;
    QFETCH(QString, catalogueName);
    QFETCH(QString, language);
    const QList<Entry> fromSources = m_fromSources.value(catalogueName);
    QVERIFY(!fromSources.isEmpty());
    for (const Entry &entry : fromSources) {
        if (language == QLatin1String("en") && !entry.numerus)
            continue; // the English catalogue holds the plural forms only

        inSources.insert(key(entry));
        if (!inCatalogue.contains(key(entry)))
            problems.append(
                QStringLiteral("not in the catalogue (run ninja update_translations): %1")
                    .arg(describe(entry)));
    }
    for (const Entry &entry : catalogue.entries) {
        if (!inSources.contains(key(entry)))
            problems.append(QStringLiteral("no longer in the sources: %1").arg(describe(entry)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Failures seen on this side: the code's text and the details, all German.
void tst_Translations::clientMessagesAreWhollyTranslated()
{
    QVERIFY(installCatalogue(QStringLiteral("de")));

    // A real key mismatch with a server in another process.
    const QByteArray key = QByteArrayLiteral("0123456789abcdef0123456789abcdef");
    SyncManager owner(m_dir.filePath(QStringLiteral("auth-%1.sock").arg(++m_sockets)), key);
    TestSupport::configure(owner);
    QVERIFY2(owner.start(), qPrintable(owner.errorString()));
    const QByteArray otherKey = QByteArrayLiteral("another key of thirty-two bytes!");
    SyncManager stranger(owner.address(), otherKey);
    TestSupport::configure(stranger);
    QVERIFY(!stranger.connectToServer());
    QCOMPARE(stranger.error(), Error::AuthenticationFailed);
    QCOMPARE(stranger.errorString(),
             QStringLiteral(
                 "Authentifizierung fehlgeschlagen: der Server unter %1 hat unseren Schlüssel "
                 "abgelehnt (32 Byte, SHA-256 %2)")
                 .arg(owner.address(), QString::fromLatin1(sha256Prefix(otherKey))));

    // A key read from a file says so, in the same language.
    const QString keyFile = m_dir.filePath(QStringLiteral("other-key"));
    {
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(otherKey + '\n');
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    SyncManager fromFile(owner.address(), readAuthKeyFile(keyFile));
    TestSupport::configure(fromFile);
    QVERIFY(!fromFile.connectToServer());
    QCOMPARE(fromFile.errorString(),
             QStringLiteral(
                 "Authentifizierung fehlgeschlagen: der Server unter %1 hat unseren Schlüssel "
                 "abgelehnt (32 Byte, SHA-256 %2, aus der Datei %3)")
                 .arg(owner.address(), QString::fromLatin1(sha256Prefix(otherKey)), keyFile));

    // An address this side refuses before connecting.
    SyncManager nowhere(QStringLiteral("localhost"), key);
    TestSupport::configure(nowhere);
    QVERIFY(!nowhere.connectToServer());
    QCOMPARE(nowhere.error(), Error::InvalidAddress);
    QCOMPARE(
        nowhere.errorString(),
        QStringLiteral(
            "Ungültige Adresse: localhost ist ein Host ohne Port: schreiben Sie localhost:PORT "
            "für TCP oder local:localhost für einen lokalen Socket dieses Namens"));
    QVERIFY(owner.shutdown());
}

// Server-made details come from a server that loaded the catalogue of its starter's language,
// whatever the locale of the environment it was started in.
void tst_Translations::startedServerReportsInItsStartersLanguage()
{
    QVERIFY(installCatalogue(QStringLiteral("de")));
    SyncManager manager(m_dir.filePath(QStringLiteral("de-%1.sock").arg(++m_sockets)),
                        QByteArrayLiteral("key"));
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));

    QVERIFY(!manager.proxyForName<QueueProxy>(QStringLiteral("missing")));
    QCOMPARE(manager.error(), Error::NameNotFound);
    QCOMPARE(manager.errorString(),
             QStringLiteral("Name nicht gefunden: auf diesem Server heißt kein Objekt 'missing'"));

    auto queue = manager.Queue();
    QVERIFY2(queue, qPrintable(manager.errorString()));
    const Reply empty = queue->getNowait();
    QCOMPARE(empty.error(), Error::Empty);
    QCOMPARE(empty.message(), QStringLiteral("die Warteschlange ist leer"));
    QCOMPARE(empty.errorString(), QStringLiteral("Warteschlange leer: die Warteschlange ist leer"));
    QCOMPARE(queue->lastErrorString(), empty.errorString());
    QVERIFY(manager.shutdown());
}

// The other way round: a client without a catalogue starts its server under a German locale,
// and the server's details stay English, like the client's own texts.
void tst_Translations::startedServerOfAnUntranslatedClientStaysEnglish()
{
    const QByteArray lcAll = qgetenv("LC_ALL");
    const QByteArray lang = qgetenv("LANG");
    qunsetenv("LC_ALL");
    qputenv("LANG", "de_DE.UTF-8");
    const auto restore = qScopeGuard([&] {
        qputenv("LANG", lang);
        if (!lcAll.isNull())
            qputenv("LC_ALL", lcAll);
    });
    SyncManager manager(m_dir.filePath(QStringLiteral("en-%1.sock").arg(++m_sockets)),
                        QByteArrayLiteral("key"));
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    QVERIFY(!manager.proxyForName<QueueProxy>(QStringLiteral("missing")));
    QCOMPARE(manager.errorString(),
             QStringLiteral("Name not found: no object is named 'missing' on this server"));
    QVERIFY(manager.shutdown());
}

void tst_Translations::serverProgramSpeaksItsUsersLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("help"); // what its --help holds
    QTest::addColumn<QString>("english"); // what its --help no longer holds
    QTest::addColumn<QString>("missingKeyFile"); // what it says about a key file that is not there

    QTest::newRow("de")
        << QStringLiteral("de_DE.UTF-8")
        << QStringList { QStringLiteral("Adressen:"),
                         QStringLiteral("Wo gelauscht wird (siehe Adressen)"),
                         QStringLiteral(
                             "Schlüsseldateien: Der Schlüssel besteht aus den Bytes der Datei") }
        << QStringLiteral("Where to listen")
        << QStringLiteral("libmanager-server: die Schlüsseldatei %1 kann nicht gelesen werden: ");
    QTest::newRow("fr")
        << QStringLiteral("fr_FR.UTF-8")
        << QStringList { QStringLiteral("Adresses :"), QStringLiteral("Où écouter (voir Adresses)"),
                         QStringLiteral(
                             "Fichiers de clé : la clé est constituée des octets du fichier") }
        << QStringLiteral("Where to listen")
        << QStringLiteral("libmanager-server: impossible de lire le fichier de clé %1 : ");
}

// LANG alone, as a user sets it; QLocale reads it itself, so this does not need the system's
// de_DE or fr_FR locale to be generated.
void tst_Translations::serverProgramSpeaksItsUsersLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, help);
    QFETCH(QString, english);
    QFETCH(QString, missingKeyFile);

    QProcess helpRun;
    helpRun.setProcessEnvironment(userEnvironment(lang));
    helpRun.start(QStringLiteral(LIBMANAGER_SERVER_PATH), { QStringLiteral("--help") });
    QVERIFY(helpRun.waitForFinished(20000));
    QCOMPARE(helpRun.exitCode(), 0);
    const QString text = QString::fromUtf8(helpRun.readAllStandardOutput());
    for (const QString &expected : std::as_const(help))
        QVERIFY2(text.contains(expected),
                 qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(expected, text)));
    QVERIFY2(!text.contains(english), qPrintable(text));

    const QString missing = m_dir.filePath(QStringLiteral("no-such-key"));
    QProcess failing;
    failing.setProcessEnvironment(userEnvironment(lang));
    failing.start(QStringLiteral(LIBMANAGER_SERVER_PATH),
                  { QStringLiteral("--address"), m_dir.filePath(QStringLiteral("never.sock")),
                    QStringLiteral("--authkey-file"), missing });
    QVERIFY(failing.waitForFinished(20000));
    QCOMPARE(failing.exitCode(), 2);
    const QString errors = QString::fromUtf8(failing.readAllStandardError());
    QVERIFY2(errors.startsWith(missingKeyFile.arg(missing)), qPrintable(errors));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
