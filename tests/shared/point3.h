// SPDX-License-Identifier: BSD-3-Clause
// A user type that can travel as Tag::Other: it has stream operators and a registered name.
// Shared by the codec's suite and the decoder's fuzzer, so that both speak of the same bytes.
#ifndef LIBMANAGER_TESTS_POINT3_H
#define LIBMANAGER_TESTS_POINT3_H

#include <QtCore/qdatastream.h>
#include <QtCore/qmetatype.h>

namespace TestSupport {

struct Point3
{
    qint32 x = 0;
    qint32 y = 0;
    qint32 z = 0;
    friend bool operator==(const Point3 &a, const Point3 &b)
    {
        return a.x == b.x && a.y == b.y && a.z == b.z;
    }
    friend QDataStream &operator<<(QDataStream &out, const Point3 &p)
    {
        return out << p.x << p.y << p.z;
    }
    friend QDataStream &operator>>(QDataStream &in, Point3 &p) { return in >> p.x >> p.y >> p.z; }
};

} // namespace TestSupport

Q_DECLARE_METATYPE(TestSupport::Point3)

#endif // LIBMANAGER_TESTS_POINT3_H
