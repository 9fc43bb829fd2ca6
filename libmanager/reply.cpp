// SPDX-License-Identifier: BSD-3-Clause
#include "reply.h"
#include "tr_p.h"

namespace LibManager {

Detail::ReplyAttachment::~ReplyAttachment() = default;

Reply Reply::fromValue(const QVariant &value)
{
    return Reply(value);
}

Reply Reply::fromValue(QVariant &&value)
{
    return Reply(std::move(value));
}

Reply Reply::fromError(Error error, const QString &message)
{
    Reply reply;
    reply.m_error = error;
    reply.m_message = message;
    return reply;
}

QString Reply::errorString() const
{
    if (isValid())
        return {};
    if (m_message.isEmpty())
        return errorText(m_error);
    return Tr::withDetails(errorText(m_error), m_message);
}

} // namespace LibManager
