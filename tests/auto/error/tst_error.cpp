// SPDX-License-Identifier: BSD-3-Clause
// Error codes as values: names, translated texts (with the shipped catalogues), the split
// between local and remote codes, and how Reply presents them.

#include <libmanager/error.h>
#include <libmanager/reply.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qtranslator.h>
#include <QtTest/qtest.h>

using namespace LibManager;

class tst_Error : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCodeHasANameAndAText();
    void localAndRemoteCodesAreDistinct();
    void numericValuesAreStable();
    void replyPresentsTheError();
    void textsAreTranslated_data();
    void textsAreTranslated();
};

void tst_Error::everyCodeHasANameAndAText()
{
    const QMetaEnum codes = QMetaEnum::fromType<Error>();
    QVERIFY(codes.keyCount() > 25);
    QSet<QString> texts;
    for (int i = 0; i < codes.keyCount(); ++i) {
        const auto code = Error(codes.value(i));
        QCOMPARE(errorName(code), QString::fromLatin1(codes.key(i)));
        const QString text = errorText(code);
        QVERIFY2(!text.isEmpty() && !text.startsWith(QLatin1String("Unknown error")), codes.key(i));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), codes.keyCount()); // no two codes read the same
    QCOMPARE(errorText(Error(999)), QStringLiteral("Unknown error 999"));
    QCOMPARE(errorName(Error(999)), QStringLiteral("999"));
}

void tst_Error::localAndRemoteCodesAreDistinct()
{
    for (Error local : { Error::ConnectionRefused, Error::AuthenticationFailed, Error::Timeout,
                         Error::ConnectionLost, Error::ProtocolError, Error::StartFailed,
                         Error::InvalidToken, Error::UnsupportedValue, Error::WrongServer,
                         Error::ShutDown, Error::ServerFull, Error::ServerNotResponding,
                         Error::TlsFailed }) {
        QVERIFY2(!isRemoteError(local), qPrintable(errorName(local)));
    }
    for (Error remote : { Error::UnknownTypeId, Error::MethodNotExposed, Error::ObjectGone,
                          Error::RemoteException, Error::KeyError, Error::BrokenBarrier,
                          Error::NameNotFound, Error::NameTypeMismatch,
                          Error::ObjectQuotaExceeded, Error::MemoryQuotaExceeded,
                          Error::ServerMemoryFull, Error::ContainerTooLarge, Error::ReadOnly }) {
        QVERIFY2(isRemoteError(remote), qPrintable(errorName(remote)));
    }
    QVERIFY(!isRemoteError(Error::NoError));
}

// The codes travel as numbers (Failure messages) and are stored by applications: a new code
// goes at the end of its block, and none of the others moves.
void tst_Error::numericValuesAreStable()
{
    QCOMPARE(quint16(Error::NoError), quint16(0));
    QCOMPARE(quint16(Error::InvalidAddress), quint16(1));
    QCOMPARE(quint16(Error::AuthenticationFailed), quint16(3));
    QCOMPARE(quint16(Error::NotFinished), quint16(13));
    QCOMPARE(quint16(Error::UnsupportedValue), quint16(14));
    QCOMPARE(quint16(Error::ShutDown), quint16(15));
    QCOMPARE(quint16(Error::InvalidToken), quint16(16));
    QCOMPARE(quint16(Error::WrongServer), quint16(17));
    QCOMPARE(quint16(Error::ServerFull), quint16(18));
    QCOMPARE(quint16(Error::ServerNotResponding), quint16(19));
    QCOMPARE(quint16(Error::TlsFailed), quint16(20));
    QCOMPARE(quint16(Error::UnknownTypeId), quint16(100));
    QCOMPARE(quint16(Error::ObjectGone), quint16(102));
    QCOMPARE(quint16(Error::BrokenBarrier), quint16(113));
    QCOMPARE(quint16(Error::NameNotFound), quint16(114));
    QCOMPARE(quint16(Error::NameTypeMismatch), quint16(115));
    QCOMPARE(quint16(Error::ObjectQuotaExceeded), quint16(116));
    QCOMPARE(quint16(Error::MemoryQuotaExceeded), quint16(117));
    QCOMPARE(quint16(Error::ServerMemoryFull), quint16(118));
    QCOMPARE(quint16(Error::ContainerTooLarge), quint16(119));
    QCOMPARE(quint16(Error::ReadOnly), quint16(120));
}

void tst_Error::replyPresentsTheError()
{
    const Reply ok = Reply::fromValue(42);
    QVERIFY(ok.isValid());
    QCOMPARE(ok.value<int>(), 42);
    QVERIFY(ok.errorString().isEmpty());
    const Reply failed = Reply::fromError(Error::KeyError, QStringLiteral("'x'"));
    QVERIFY(!failed.isValid());
    QCOMPARE(failed.error(), Error::KeyError);
    QCOMPARE(failed.message(), QStringLiteral("'x'"));
    QCOMPARE(failed.errorString(), QStringLiteral("Key error: 'x'"));
    QCOMPARE(Reply::fromError(Error::Timeout).errorString(), QStringLiteral("Timed out"));
    QVERIFY(!failed.value().isValid());
}

void tst_Error::textsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("authentication");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Authentifizierung fehlgeschlagen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Échec de l'authentification");
}

void tst_Error::textsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, authentication);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("libmanager_") + language, QStringLiteral(LIBMANAGER_QM_DIR)),
             LIBMANAGER_QM_DIR);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(errorText(Error::AuthenticationFailed), authentication);
    const QString english = QStringLiteral("Connection lost");
    QVERIFY(errorText(Error::ConnectionLost) != english);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(errorText(Error::ConnectionLost), english);
}

QTEST_GUILESS_MAIN(tst_Error)
#include "tst_error.moc"
