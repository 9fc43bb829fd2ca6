// SPDX-License-Identifier: BSD-3-Clause
#include "exception.h"

namespace LibManager {

namespace {

class Category final : public std::error_category
{
public:
    const char *name() const noexcept override { return "libmanager"; }
    std::string message(int code) const override
    {
        return errorText(Error(code)).toStdString();
    }
};

} // namespace

const std::error_category &errorCategory() noexcept
{
    static const Category category;
    return category;
}

Exception::Exception(Error error, const QString &message)
    : std::system_error(make_error_code(error), message.toStdString()), m_message(message)
{
}

Exception::~Exception() = default;

} // namespace LibManager
