// EventsService: the shipped examples against stored expectations, then how events derive from
// roles (order, enduring ids, dates), filters, pagination, batches and refused input.
#include "sandbox/eventsservice.h"
#include "sandbox/sandboxservices.h"
#include "sandboxservicetesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace altrata;

namespace {

const char *eventsQuery =
    "query($p: ID, $o: ID, $f: EventFilterInput, $page: PageInfoInput) { events(personId: $p, organizationId: $o, "
    "filter: $f, pageInfo: $page) { events { eventId eventType eventDateInfo { date datePrecision } "
    "eventPublishedDate announcementDate startRoleTitle endRoleTitle } pageInfo { totalCount hasNextPage nextToken } } "
    "}";

QJsonObject parse(const std::string &response) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(response)).object();
}

QString vars(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestEventsService : public QObject {
    Q_OBJECT

    std::shared_ptr<const sandbox::Dataset> m_dataset = test::makeServiceTestDataset();
    std::unique_ptr<sandbox::SandboxService> m_service = sandbox::makeEventsService(m_dataset);

    QJsonObject events(const QJsonObject &variables) {
        return parse(test::runOperation(*m_service, eventsQuery, vars(variables).toStdString()));
    }
    QJsonObject eventsData(const QJsonObject &variables) {
        const QJsonObject response = events(variables);
        if (response.contains(QStringLiteral("errors")))
            qWarning("unexpected errors: %s", QJsonDocument(response).toJson().constData());
        return response[QStringLiteral("data")][QStringLiteral("events")].toObject();
    }
    static QStringList ids(const QJsonObject &events) {
        QStringList list;
        for (const auto &event : events[QStringLiteral("events")].toArray())
            list.append(event[QStringLiteral("eventId")].toString());
        return list;
    }

private Q_SLOTS:
    void examples_matchStoredExpectations() {
        const QStringList names = test::exampleNames(QStringLiteral("events"));
        QVERIFY(names.size() >= 4);
        // The examples name ids of the default generated dataset: what the sandbox serves.
        auto service = sandbox::makeEventsService(sandbox::Dataset::generate(sandbox::DatasetOptions{}));
        for (const QString &name : names) {
            const std::string response = test::runExample(*service, name);
            QVERIFY2(response.find("\"errors\"") == std::string::npos, response.c_str());
            const QString mismatch = test::compareWithExpectation(QFINDTESTDATA("data/sandbox/events"), name, response);
            QVERIFY2(mismatch.isEmpty(), qPrintable(name + QStringLiteral(": ") + mismatch));
        }
    }

    void personEvents_comeFromRoleStartsAndEnds_newestFirst() {
        const QJsonObject result = eventsData({{QStringLiteral("p"), QStringLiteral("per_000000000001")}});
        const QJsonArray list = result[QStringLiteral("events")].toArray();
        // Zoë: three role starts and one known end.
        QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("totalCount")].toInt(), 4);
        QCOMPARE(list.size(), 4);
        QStringList dates;
        for (const auto &event : list)
            dates.append(event[QStringLiteral("eventDateInfo")][QStringLiteral("date")].toString());
        QCOMPARE(dates, (QStringList{QStringLiteral("2018-06-01"), QStringLiteral("2015-03-01"),
                                     QStringLiteral("2012-09-01"), QStringLiteral("2008-01-01")}));
        QCOMPARE(list[2][QStringLiteral("eventType")].toString(), QStringLiteral("ROLE_END_ANNOUNCEMENT"));
        QCOMPARE(list[2][QStringLiteral("endRoleTitle")].toString(), QStringLiteral("Analyst"));
        QVERIFY(list[2][QStringLiteral("startRoleTitle")].isNull());
        QCOMPARE(list[0][QStringLiteral("eventType")].toString(), QStringLiteral("BOARD_APPOINTMENT"));
    }

    void dates_publishedAfterTheEvent_announcedOnlyWhenKnownToTheDay() {
        const QJsonArray list =
            eventsData({{QStringLiteral("p"), QStringLiteral("per_000000000001")}})[QStringLiteral("events")].toArray();
        for (const auto &event : list) {
            const QJsonObject info = event[QStringLiteral("eventDateInfo")].toObject();
            QVERIFY(event[QStringLiteral("eventPublishedDate")].toString() > info[QStringLiteral("date")].toString());
            const bool day = info[QStringLiteral("datePrecision")].toString() == QStringLiteral("DAY");
            QCOMPARE(event[QStringLiteral("announcementDate")].isNull(), !day);
        }
    }

    void eventIds_areEnduring() {
        const QJsonObject all = eventsData({{QStringLiteral("o"), QStringLiteral("org_000000000001")}});
        auto fresh = sandbox::makeEventsService(test::makeServiceTestDataset());
        const QJsonObject again = parse(test::runOperation(
            *fresh, eventsQuery, "{\"o\":\"org_000000000001\"}"))[QStringLiteral("data")][QStringLiteral("events")]
                                      .toObject();
        QCOMPARE(ids(again), ids(all));
        const QJsonObject filtered = eventsData(
            {{QStringLiteral("o"), QStringLiteral("org_000000000001")},
             {QStringLiteral("f"),
              QJsonObject{{QStringLiteral("eventTypes"), QJsonArray{QStringLiteral("BOARD_APPOINTMENT")}}}}});
        QCOMPARE(ids(filtered).size(), 1);
        QVERIFY(ids(all).contains(ids(filtered).first()));
    }

    void filters_keepDateRangeAndTypes_data() {
        QTest::addColumn<QJsonObject>("filter");
        QTest::addColumn<int>("count");
        QTest::newRow("from") << QJsonObject{{QStringLiteral("fromDate"), QStringLiteral("2015-03-01")}} << 3;
        QTest::newRow("to") << QJsonObject{{QStringLiteral("toDate"), QStringLiteral("2012-01-14")}} << 0;
        QTest::newRow("range") << QJsonObject{{QStringLiteral("fromDate"), QStringLiteral("2012-01-15")},
                                              {QStringLiteral("toDate"), QStringLiteral("2015-03-01")}}
                               << 2;
        QTest::newRow("type") << QJsonObject{{QStringLiteral("eventTypes"),
                                              QJsonArray{QStringLiteral("ROLE_END_ANNOUNCEMENT")}}}
                              << 1;
    }
    void filters_keepDateRangeAndTypes() {
        QFETCH(QJsonObject, filter);
        QFETCH(int, count);
        const QJsonObject result =
            eventsData({{QStringLiteral("o"), QStringLiteral("org_000000000001")}, {QStringLiteral("f"), filter}});
        QCOMPARE(result[QStringLiteral("events")].toArray().size(), count);
        QCOMPARE(result[QStringLiteral("pageInfo")][QStringLiteral("totalCount")].toInt(), count);
    }

    void pages_coverAllEventsOnce() {
        const QStringList all = ids(eventsData({{QStringLiteral("p"), QStringLiteral("per_000000000001")}}));
        QStringList paged;
        QJsonObject page{{QStringLiteral("pageSize"), 1}};
        for (int guard = 0; guard < 10; ++guard) {
            const QJsonObject result =
                eventsData({{QStringLiteral("p"), QStringLiteral("per_000000000001")}, {QStringLiteral("page"), page}});
            paged += ids(result);
            const QJsonObject info = result[QStringLiteral("pageInfo")].toObject();
            if (!info[QStringLiteral("hasNextPage")].toBool()) {
                QVERIFY(info[QStringLiteral("nextToken")].isNull());
                break;
            }
            page[QStringLiteral("nextToken")] = info[QStringLiteral("nextToken")];
        }
        QCOMPARE(paged, all);
    }

    void refusedInput_isAFieldErrorWithCode_data() {
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown person") << QJsonObject{{QStringLiteral("p"), QStringLiteral("per_999999999999")}}
                                        << QStringLiteral("NOT_FOUND");
        QTest::newRow("unknown organization")
            << QJsonObject{{QStringLiteral("o"), QStringLiteral("org_999999999999")}} << QStringLiteral("NOT_FOUND");
        QTest::newRow("neither id") << QJsonObject{} << QStringLiteral("BAD_USER_INPUT");
        QTest::newRow("both ids") << QJsonObject{{QStringLiteral("p"), QStringLiteral("per_000000000001")},
                                                 {QStringLiteral("o"), QStringLiteral("org_000000000001")}}
                                  << QStringLiteral("BAD_USER_INPUT");
        QTest::newRow("bad date") << QJsonObject{{QStringLiteral("p"), QStringLiteral("per_000000000001")},
                                                 {QStringLiteral("f"), QJsonObject{{QStringLiteral("fromDate"),
                                                                                    QStringLiteral("2020-13-01")}}}}
                                  << QStringLiteral("BAD_USER_INPUT");
        QTest::newRow("bad token") << QJsonObject{{QStringLiteral("p"), QStringLiteral("per_000000000001")},
                                                  {QStringLiteral("page"),
                                                   QJsonObject{{QStringLiteral("nextToken"), QStringLiteral("xyz")}}}}
                                   << QStringLiteral("BAD_USER_INPUT");
        QTest::newRow("page size") << QJsonObject{{QStringLiteral("p"), QStringLiteral("per_000000000001")},
                                                  {QStringLiteral("page"),
                                                   QJsonObject{{QStringLiteral("pageSize"), 0}}}}
                                   << QStringLiteral("BAD_USER_INPUT");
    }
    void refusedInput_isAFieldErrorWithCode() {
        QFETCH(QJsonObject, variables);
        QFETCH(QString, code);
        const QJsonObject response = events(variables);
        const QJsonObject error = response[QStringLiteral("errors")].toArray().first().toObject();
        QCOMPARE(error[QStringLiteral("extensions")][QStringLiteral("code")].toString(), code);
        QVERIFY(response[QStringLiteral("data")].isNull());
    }

    void batch_answersEveryEntity_unknownOnesWithAnError() {
        const std::string response = test::runOperation(
            *m_service,
            "{ eventsBatch(input: [{personId: \"per_000000000002\"}, {organizationId: \"org_000000000404\"}]) "
            "{ entityId error { code } response { pageInfo { totalCount } } } }");
        const QJsonArray items = parse(response)[QStringLiteral("data")][QStringLiteral("eventsBatch")].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0][QStringLiteral("response")][QStringLiteral("pageInfo")][QStringLiteral("totalCount")].toInt(),
                 3);
        QVERIFY(items[0][QStringLiteral("error")].isNull());
        QCOMPARE(items[1][QStringLiteral("entityId")].toString(), QStringLiteral("org_000000000404"));
        QCOMPARE(items[1][QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("NOT_FOUND"));
        QVERIFY(items[1][QStringLiteral("response")].isNull());
    }

    void batch_refusesMoreThanItsLimit() {
        QJsonArray input;
        for (int i = 0; i <= sandbox::EventsService::maxBatch; ++i)
            input.append(QJsonObject{{QStringLiteral("personId"), QStringLiteral("per_000000000001")}});
        const std::string response =
            test::runOperation(*m_service, "query($i: [EventsBatchInput!]!) { eventsBatch(input: $i) { entityId } }",
                               vars({{QStringLiteral("i"), input}}).toStdString());
        QVERIFY2(response.find("At most 50") != std::string::npos, response.c_str());
    }
};

QTEST_GUILESS_MAIN(TestEventsService)
#include "tst_eventsservice.moc"
