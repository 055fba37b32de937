#include "sandbox/dataset.h"

#include <QElapsedTimer>
#include <QTest>

#include <set>

using namespace altrata::sandbox;

namespace {

std::shared_ptr<const Dataset> world(quint64 seed, int people = 3000, int organizations = 300) {
    DatasetOptions options;
    options.seed = seed;
    options.people = people;
    options.organizations = organizations;
    return Dataset::generate(options);
}

// Code points of a UTF-8 string (the pools are well-formed UTF-8).
std::vector<char32_t> codePoints(const std::string &text) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const int length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        char32_t cp = length == 1 ? byte : byte & (0x7F >> length);
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out.push_back(cp);
        i += length;
    }
    return out;
}

bool isHexId(const std::string &id, const char *prefix) {
    if (id.size() != 16 || id.rfind(prefix, 0) != 0)
        return false;
    return std::all_of(id.begin() + 4, id.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

template<typename T, typename Pred> double share(const std::vector<T> &items, Pred pred) {
    return double(std::count_if(items.begin(), items.end(), pred)) / double(items.size());
}

} // namespace

class TestDataset final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generate_sameSeed_givesIdenticalData() {
        const auto a = world(7);
        const auto b = world(7);
        QCOMPARE(a->people().size(), b->people().size());
        QCOMPARE(a->roles().size(), b->roles().size());
        for (std::size_t i = 0; i < a->people().size(); ++i) {
            const Person &x = a->people()[i];
            const Person &y = b->people()[i];
            QCOMPARE(x.id, y.id);
            QCOMPARE(x.fullName, y.fullName);
            QCOMPARE(x.workEmail, y.workEmail);
            QCOMPARE(x.roles, y.roles);
        }
        for (std::size_t i = 0; i < a->roles().size(); ++i) {
            QCOMPARE(a->roles()[i].title, b->roles()[i].title);
            QCOMPARE(a->roles()[i].start.has_value(), b->roles()[i].start.has_value());
        }
        QCOMPARE(a->organizations().back().name, b->organizations().back().name);
    }

    void generate_otherSeed_givesOtherData() {
        const auto a = world(7);
        const auto b = world(8);
        QVERIFY(a->people().front().id != b->people().front().id);
        int sameNames = 0;
        for (std::size_t i = 0; i < a->people().size(); ++i)
            sameNames += a->people()[i].fullName == b->people()[i].fullName;
        QVERIFY2(sameNames < 100, qPrintable(QString::number(sameNames)));
    }

    void generate_defaults_giveTheConfiguredCountsQuickly() {
        QElapsedTimer timer;
        timer.start();
        const auto data = Dataset::generate(DatasetOptions{});
        qInfo("default dataset: %zu people, %zu organizations, %zu roles in %lld ms", data->people().size(),
              data->organizations().size(), data->roles().size(), static_cast<long long>(timer.elapsed()));
        QCOMPARE(data->people().size(), 30000u);
        QCOMPARE(data->organizations().size(), 3000u);
        QVERIFY(data->roles().size() > 60000);
    }

    void generate_empty_givesNoRoles() {
        const auto none = world(1, 10, 0);
        QCOMPARE(none->people().size(), 10u);
        QVERIFY(none->roles().empty());
        QVERIFY(world(1, 0, 0)->people().empty());
    }

    void ids_areUniqueAndWellFormed() {
        const auto data = world(3);
        std::set<std::string> seen;
        for (const Person &p : data->people()) {
            QVERIFY2(isHexId(p.id, "per_"), p.id.c_str());
            QVERIFY(seen.insert(p.id).second);
            QVERIFY(seen.insert(p.bxPersonId).second);
        }
        for (const Organization &o : data->organizations()) {
            QVERIFY2(isHexId(o.id, "org_"), o.id.c_str());
            QVERIFY(seen.insert(o.id).second);
        }
        for (const Role &r : data->roles()) {
            QVERIFY2(isHexId(r.id, "rol_"), r.id.c_str());
            QVERIFY(seen.insert(r.id).second);
        }
    }

    void roles_referToTheirPeopleAndOrganizations() {
        const auto data = world(5);
        std::size_t viaPeople = 0;
        std::size_t viaOrganizations = 0;
        for (std::uint32_t p = 0; p < data->people().size(); ++p) {
            for (const std::uint32_t r : data->people()[p].roles)
                QCOMPARE(data->roles().at(r).person, p);
            viaPeople += data->people()[p].roles.size();
        }
        for (std::uint32_t o = 0; o < data->organizations().size(); ++o) {
            for (const std::uint32_t r : data->organizations()[o].roles)
                QCOMPARE(data->roles().at(r).organization, o);
            viaOrganizations += data->organizations()[o].roles.size();
        }
        QCOMPARE(viaPeople, data->roles().size());
        QCOMPARE(viaOrganizations, data->roles().size());
    }

    void roles_areSortedByStartAndConsistent() {
        const auto data = world(5);
        const auto key = [&](std::uint32_t r) {
            const auto &start = data->roles()[r].start;
            return start ? start->iso() : std::string("9999");
        };
        for (const Person &p : data->people())
            for (std::size_t i = 1; i < p.roles.size(); ++i)
                QVERIFY(key(p.roles[i - 1]) <= key(p.roles[i]));
        for (const Organization &o : data->organizations())
            for (std::size_t i = 1; i < o.roles.size(); ++i)
                QVERIFY(key(o.roles[i - 1]) <= key(o.roles[i]));
        for (const Role &r : data->roles()) {
            QVERIFY(!r.current || !r.end);
            QCOMPARE(r.committeeName.has_value(), r.type == RoleType::Committee);
            if (r.start && r.end)
                QVERIFY(r.start->iso() < r.end->iso());
        }
    }

    void roles_coverEveryTypeStatusAndPrecision() {
        const auto data = world(5);
        std::set<RoleType> types;
        std::set<DatePrecision> precisions;
        bool current = false, prior = false, executive = false, nonExecutive = false, leadership = false;
        for (const Role &r : data->roles()) {
            types.insert(r.type);
            if (r.start)
                precisions.insert(r.start->precision);
            (r.current ? current : prior) = true;
            executive |= r.executiveDirector;
            nonExecutive |= r.nonExecutiveDirector;
            leadership |= r.leadershipTeam;
        }
        QCOMPARE(types.size(), 4u);
        QCOMPARE(precisions.size(), 3u);
        QVERIFY(current && prior && executive && nonExecutive && leadership);
    }

    void names_useManyScripts() {
        const auto data = world(11);
        std::set<QString> scripts;
        for (const Person &p : data->people()) {
            for (const char32_t cp : codePoints(p.fullName)) {
                if (cp >= 0xC0 && cp <= 0x24F)
                    scripts.insert(QStringLiteral("Latin accents"));
                else if (cp >= 0x370 && cp <= 0x3FF)
                    scripts.insert(QStringLiteral("Greek"));
                else if (cp >= 0x400 && cp <= 0x4FF)
                    scripts.insert(QStringLiteral("Cyrillic"));
                else if (cp >= 0x600 && cp <= 0x6FF)
                    scripts.insert(QStringLiteral("Arabic"));
                else if (cp >= 0x900 && cp <= 0x97F)
                    scripts.insert(QStringLiteral("Devanagari"));
                else if (cp >= 0x3040 && cp <= 0x30FF)
                    scripts.insert(QStringLiteral("Kana"));
                else if (cp >= 0x4E00 && cp <= 0x9FFF)
                    scripts.insert(QStringLiteral("Han"));
                else if (cp >= 0xAC00 && cp <= 0xD7AF)
                    scripts.insert(QStringLiteral("Hangul"));
            }
        }
        QCOMPARE(scripts.size(), 8u);
    }

    void names_familyFirstWhereUsual() {
        const auto data = world(11);
        bool sawHan = false;
        for (const Person &p : data->people()) {
            const auto cps = codePoints(p.lastName);
            if (!cps.empty() && cps.front() >= 0x4E00 && cps.front() <= 0x9FFF) {
                QVERIFY2(p.fullName.rfind(p.lastName, 0) == 0, p.fullName.c_str());
                sawHan = true;
            } else if (p.country == "United States" || p.country == "Germany") {
                QVERIFY2(p.fullName.rfind(p.firstName, 0) == 0, p.fullName.c_str());
            }
        }
        QVERIFY(sawHan);
    }

    void nulls_appearInSensibleShares() {
        const auto data = world(13);
        const auto &people = data->people();
        const auto &orgs = data->organizations();
        const auto inRange = [](double value, double low, double high) { return value >= low && value <= high; };
        QVERIFY(inRange(share(people, [](const Person &p) { return !p.middleName; }), 0.6, 0.95));
        QVERIFY(inRange(share(people, [](const Person &p) { return !p.workEmail; }), 0.3, 0.8));
        QVERIFY(inRange(share(people, [](const Person &p) { return !p.linkedinProfile; }), 0.3, 0.6));
        QVERIFY(inRange(share(people, [](const Person &p) { return !p.birthYear; }), 0.15, 0.4));
        QVERIFY(inRange(share(orgs, [](const Organization &o) { return !o.website; }), 0.1, 0.4));
        const auto &roles = data->roles();
        QVERIFY(inRange(share(roles, [](const Role &r) { return !r.current && !r.end; }), 0.02, 0.2));
        QVERIFY(inRange(share(roles, [](const Role &r) { return !r.start; }), 0.005, 0.1));
        QVERIFY(inRange(share(roles, [](const Role &r) { return r.start && r.start->precision != DatePrecision::Day; }),
                        0.15, 0.45));
    }

    void emails_areAsciiAndAtTheCurrentEmployer() {
        const auto data = world(17);
        int checked = 0;
        for (const Person &p : data->people()) {
            if (!p.workEmail)
                continue;
            QVERIFY(std::all_of(p.workEmail->begin(), p.workEmail->end(), [](char c) { return c > 0x20 && c < 0x7F; }));
            const std::string domain = p.workEmail->substr(p.workEmail->find('@') + 1);
            const bool atEmployer = std::any_of(p.roles.begin(), p.roles.end(), [&](std::uint32_t r) {
                const auto &website = data->organizations()[data->roles()[r].organization].website;
                return data->roles()[r].current && website && website->ends_with(domain);
            });
            QVERIFY2(atEmployer, p.workEmail->c_str());
            ++checked;
        }
        QVERIFY(checked > 500);
    }

    void lookups_findByIdAndRejectUnknown() {
        const auto data = world(19);
        const Person &person = data->people()[1234];
        QCOMPARE(data->personById(person.id), &person);
        const Organization &org = data->organizations()[42];
        QCOMPARE(data->organizationById(org.id), &org);
        const Role &role = data->roles()[777];
        QCOMPARE(data->roleById(role.id), &role);
        QCOMPARE(data->personById("per_000000000000"), nullptr);
        QCOMPARE(data->organizationById(person.id), nullptr);
        QCOMPARE(data->roleById(""), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
