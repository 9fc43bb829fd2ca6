// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_EXCEPTION_H
#define LIBMANAGER_EXCEPTION_H

#include <libmanager/error.h>

#include <QtCore/qstring.h>

#include <system_error>
#include <type_traits>

namespace LibManager {

/*!
    The std::error_category of LibManager::Error: name() is "libmanager", message(code) the
    enumerator's errorText() in UTF-8. With it an Error compares equal to a std::error_code,
    \c{exception.code() == LibManager::Error::ConnectionLost}.
*/
LIBMANAGER_EXPORT const std::error_category &errorCategory() noexcept;

/*! Makes a std::error_code of \a error in errorCategory() (found by argument-dependent lookup). */
inline std::error_code make_error_code(Error error) noexcept
{
    return { int(error), errorCategory() };
}

/*!
    Thrown by the functions that the C++ standard requires to succeed or throw, and by nothing
    else in the library: lock() of LockProxy, ConditionProxy and SemaphoreProxy, which
    std::lock_guard, std::unique_lock, std::scoped_lock and QMutexLocker call. When lock()
    cannot acquire (the server is gone, the connection broke, the object was destroyed), it
    throws instead of returning, so the guarded code never runs without the lock:

    \code
    try {
        std::lock_guard guard(*lock);
        counter->setValue(counter->value().toInt() + 1);
    } catch (const LibManager::Exception &e) {
        qWarning() << "not counted:" << e.message(); // e.error() == Error::ConnectionLost, ...
    }
    \endcode

    The Qt-style calls never throw: acquire() returns false and sets lastError().
    A std::system_error, so \c{catch (const std::system_error &)} catches it too: code() is
    the Error in errorCategory(), what() the message followed by the code's text.
*/
class LIBMANAGER_EXPORT Exception : public std::system_error
{
public:
    Exception(Error error, const QString &message);
    ~Exception() override;

    Error error() const noexcept { return Error(code().value()); }
    /*! The details, as the failed call's Reply::message() gave them. */
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace LibManager

template<>
struct std::is_error_code_enum<LibManager::Error> : std::true_type
{
};

#endif // LIBMANAGER_EXCEPTION_H
