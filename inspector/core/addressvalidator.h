// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_ADDRESSVALIDATOR_H
#define INSPECTOR_ADDRESSVALIDATOR_H

#include <QtGui/qvalidator.h>

namespace Inspector {

/*!
    Checks a server address as the user types it, by the rules of the README ("Addresses and
    keys"), which the library applies when it connects: a local socket is a path (anything
    with a '/'), local:NAME or a bare name without ':' (but not "localhost" or an IP address,
    which lack their port); TCP is host:port, [IPv6]:port, tcp://host:port or :port. A client
    cannot connect to port 0, so that is refused here although a server may listen on it.

    The library keeps its parser private, so this mirrors it; tst_connection checks the two
    agree on every form. validate() never answers Invalid (which would swallow keystrokes):
    what is not yet an address is Intermediate, and explain() says why.
*/
class AddressValidator : public QValidator
{
    Q_OBJECT
public:
    enum class Kind { Invalid, Local, Tcp };
    Q_ENUM(Kind)

    explicit AddressValidator(QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

    /*! What \a address is; Invalid with the reason in \a why (translated) if not null. */
    static Kind check(const QString &address, QString *why = nullptr);
    /*! The reason \a address is not one, or an empty string if it is. */
    static QString explain(const QString &address);
};

} // namespace Inspector

#endif // INSPECTOR_ADDRESSVALIDATOR_H
