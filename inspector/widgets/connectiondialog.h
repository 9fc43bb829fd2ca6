// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CONNECTIONDIALOG_H
#define INSPECTOR_CONNECTIONDIALOG_H

#include "connectionprofile.h"
#include "connectiontester.h"

#include <QtWidgets/qdialog.h>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
QT_END_NAMESPACE

namespace Inspector {

class InspectorSession;

/*!
    Where to connect and with which key (spec §6.4): the address, an editable combo of the
    recent ones checked as it is typed (AddressValidator); the key from a file, typed (hex for
    binary keys) or from an environment variable; read-only, the connect timeout and a label.
    "Test" tries it all with a throwaway manager on a worker thread (ConnectionTester) and says
    the round trip, the server's protocol and introspection revisions and how many types it
    has, or what went wrong, inline.

    Accepting checks that the key can be read; the caller then connects (connectSession()
    does it all, and remembers the connection in ConnectionSettings, without a typed key).
*/
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Focus { Address, Key };

    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /*! Fills the fields from \a profile (a typed key too, if it has one). */
    void setProfile(const ConnectionProfile &profile);
    /*! The fields as a profile, the typed key included (in memory only). */
    ConnectionProfile profile() const;
    /*! Gives the keyboard focus to the address or to the field of the chosen key source. */
    void focusField(Focus field);
    /*! Shows \a text where the test results go: why the last connection failed. */
    void showError(const QString &text);
    /*! The read-only box ticked and locked (--read-only: not to be turned off). */
    void setReadOnlyForced(bool forced);

    /*!
        Shows a dialog (filled from \a initial, else the most recent connection) until the
        session opens with what it says or the user cancels; a failed attempt shows its error in
        the dialog, which stays open. Remembers a connection that opened. True if connected.
    */
    static bool connectSession(InspectorSession *session, QWidget *parent,
                               const ConnectionProfile &initial = {}, Focus focus = Focus::Address,
                               const QString &error = {});
    /*! Reopens \a session with the remembered \a profile; asks with the dialog if its key cannot
        be read without the user (a typed key) or the connection fails. */
    static bool connectRecent(InspectorSession *session, QWidget *parent, const ConnectionProfile &profile);
    /*! Read-only forced for every dialog of this process (main() sets it for --read-only). */
    static void setReadOnlyForcedByDefault(bool forced);

public Q_SLOTS:
    /*! Tries the connection without freezing the dialog; testFinished() follows. */
    void test();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updateAddressState();
    void updateKeyFields();
    void applyRecent(int index);
    void browseSocket();
    void browseKeyFile();
    void showTestResult(const ConnectionTester::Result &result);
    /*! The key the fields give, or empty with the reason in \a error. */
    QByteArray currentKey(QString *error) const;
    void setMessage(const QString &text, bool isError);

    QList<ConnectionProfile> m_recent;
    ConnectionTester *m_tester = nullptr;
    QComboBox *m_address = nullptr;
    QPushButton *m_browseSocket = nullptr;
    QLabel *m_addressProblem = nullptr;
    QRadioButton *m_fileSource = nullptr;
    QRadioButton *m_typedSource = nullptr;
    QRadioButton *m_envSource = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_browseKey = nullptr;
    QLineEdit *m_typedKey = nullptr;
    QCheckBox *m_hex = nullptr;
    QLineEdit *m_keyEnv = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_label = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Inspector

#endif // INSPECTOR_CONNECTIONDIALOG_H
