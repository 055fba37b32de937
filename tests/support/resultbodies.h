#pragma once

#include <QByteArray>

namespace altrata::test {

// Response bodies the result widgets' tests share.

// Two people under data.personSearch.edges[].node (name, born), and data.personSearch.total.
inline QByteArray peopleBody() {
    return QByteArrayLiteral(
        "{\"data\":{\"personSearch\":{\"total\":2,\"edges\":["
        "{\"node\":{\"name\":\"Ada Lovelace\",\"born\":1815}},{\"node\":{\"name\":\"Alan Turing\",\"born\":1912}}]}}}");
}

// {"data":{"items":[{"a":{"b":0}},{"a":{"b":1}},...]}} with `count` elements.
inline QByteArray largeArrayBody(int count) {
    QByteArray body = QByteArrayLiteral("{\"data\":{\"items\":[");
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"a\":{\"b\":" + QByteArray::number(i) + "}}";
    }
    return body + "]}}";
}

} // namespace altrata::test
