#include "vocabulary.h"

namespace altrata::sandbox::pools {

namespace {

constexpr NamePattern publicNames[] = {
    {"% Holdings plc", "% Holdings plc"}, {"% Group", "% Group"},   {"% Industries", "% Industries"},
    {"% Technologies", "% Technologies"}, {"% Energy", "% Energy"}, {"% Bank", "% Bank"},
};
constexpr NamePattern privateNames[] = {
    {"% Capital", "% Capital"}, {"% Partners", "% Partners"}, {"% & Co.", "% & Co."},         {"% GmbH", "% GmbH"},
    {"% S.A.", "% S.A."},       {"% Ventures", "% Ventures"}, {"% Logistics", "% Logistics"}, {"% Labs", "% Labs"},
};
constexpr NamePattern nonprofitNames[] = {
    {"% Foundation", "% Foundation"},     {"% Trust", "% Trust"},
    {"Friends of %", "Friends of %"},     {"% Children's Fund", "% Childrens Fund"},
    {"% Arts Council", "% Arts Council"},
};
constexpr NamePattern associationNames[] = {
    {"% Society of Directors", "% Society of Directors"},
    {"% Business Association", "% Business Association"},
    {"% Professional Network", "% Professional Network"},
    {"% Club", "% Club"},
};
constexpr NamePattern governmentNames[] = {
    {"% Regulatory Authority", "% Regulatory Authority"},
    {"% Development Agency", "% Development Agency"},
    {"Office of the % Commissioner", "Office of the % Commissioner"},
    {"% Investment Board", "% Investment Board"},
};
constexpr NamePattern educationNames[] = {
    {"% University", "% University"},
    {"% Business School", "% Business School"},
    {"% Institute", "% Institute"},
};
constexpr NamePattern partnershipNames[] = {
    {"% LLP", "% LLP"},
    {"% Advisory", "% Advisory"},
    {"% Law", "% Law"},
};

constexpr OrganizationKind kindTable[] = {
    {"Public Company", 24, publicNames, 95},       {"Private Company", 38, privateNames, 70},
    {"Nonprofit", 12, nonprofitNames, 65},         {"Association", 6, associationNames, 60},
    {"Government Agency", 8, governmentNames, 90}, {"Educational Institution", 5, educationNames, 95},
    {"Partnership", 7, partnershipNames, 80},
};

constexpr std::string_view industryTable[] = {
    "Banking",
    "Asset Management",
    "Insurance",
    "Private Equity",
    "Software",
    "Semiconductors",
    "Telecommunications",
    "Pharmaceuticals",
    "Medical Devices",
    "Retail",
    "Consumer Goods",
    "Automotive",
    "Aerospace",
    "Energy",
    "Utilities",
    "Real Estate",
    "Construction",
    "Logistics",
    "Media",
    "Education",
    "Legal Services",
    "Agriculture",
    "Hospitality",
    "Public Administration",
};

constexpr std::string_view rootTable[] = {
    "Northgate", "Bluewater", "Aurelian", "Kestrel",  "Silverbirch", "Halcyon",  "Meridale",    "Corvantis",
    "Tidemark",  "Ironvale",  "Lumenor",  "Quillon",  "Brightwater", "Oakhaven", "Stellaris",   "Veridian",
    "Ashcombe",  "Pinecrest", "Solvane",  "Harborne", "Westmarch",   "Cindral",  "Arkwell",     "Fernhollow",
    "Zephyrine", "Greystone", "Novarra",  "Elmstead", "Ravenmoor",   "Calderon", "Marlowe Bay", "Skyhaven",
};

constexpr Title levelZero[] = {
    {"Analyst", false, false},    {"Associate", false, false},       {"Engineer", false, false},
    {"Consultant", false, false}, {"Account Manager", false, false},
};
constexpr Title levelOne[] = {
    {"Senior Analyst", false, false},    {"Senior Associate", false, false}, {"Product Manager", false, false},
    {"Portfolio Manager", false, false}, {"Senior Counsel", false, false},   {"Engineering Manager", false, false},
};
constexpr Title levelTwo[] = {
    {"Director of Engineering", false, false},
    {"Vice President, Sales", true, false},
    {"Head of Strategy", true, false},
    {"Regional Director", true, false},
    {"Head of Human Resources", true, false},
    {"Investment Director", false, false},
    {"Partner", true, false},
    {"General Counsel", true, true},
};
constexpr Title levelThree[] = {
    {"Chief Executive Officer", true, true},
    {"Chief Financial Officer", true, true},
    {"Chief Operating Officer", true, true},
    {"Chief Technology Officer", true, true},
    {"Chief Marketing Officer", true, true},
    {"Managing Director", true, true},
    {"President", true, true},
};

constexpr Title boardTable[] = {
    {"Non-Executive Director", false, false},
    {"Independent Director", false, false},
    {"Chair", false, false},
    {"Vice Chair", false, false},
    {"Executive Director", false, true},
    {"Lead Independent Director", false, false},
    {"Trustee", false, false},
    {"Board Member", false, false},
};

constexpr Title governmentTable[] = {
    {"Commissioner", true, true},        {"Deputy Director", true, false}, {"Senior Advisor", false, false},
    {"Permanent Secretary", true, true}, {"Policy Officer", false, false}, {"Board Member", false, false},
};

constexpr std::string_view committeeTable[] = {
    "Audit Committee",          "Remuneration Committee", "Nomination Committee", "Risk Committee",
    "Sustainability Committee", "Investment Committee",   "Finance Committee",    "Governance Committee",
};

} // namespace

std::span<const OrganizationKind> organizationKinds() {
    return kindTable;
}

std::span<const std::string_view> industries() {
    return industryTable;
}

std::span<const std::string_view> organizationRoots() {
    return rootTable;
}

std::span<const Title> jobTitles(int level) {
    switch (level) {
    case 0:
        return levelZero;
    case 1:
        return levelOne;
    case 2:
        return levelTwo;
    default:
        return levelThree;
    }
}

std::span<const Title> boardTitles() {
    return boardTable;
}

std::span<const Title> governmentTitles() {
    return governmentTable;
}

std::span<const std::string_view> committeeNames() {
    return committeeTable;
}

} // namespace altrata::sandbox::pools
