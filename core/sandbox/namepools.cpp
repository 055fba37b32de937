#include "namepools.h"

#include <array>
#include <utility>

namespace altrata::sandbox::pools {

namespace {

constexpr bool F = true;  // female
constexpr bool M = false; // male

// --- Latin script ------------------------------------------------------------------------------

constexpr GivenName englishGiven[] = {
    {"James", {}, M},       {"Olivia", {}, F},   {"Michael", {}, M}, {"Emma", {}, F},    {"David", {}, M},
    {"Charlotte", {}, F},   {"Daniel", {}, M},   {"Amelia", {}, F},  {"Thomas", {}, M},  {"Grace", {}, F},
    {"Andrew", {}, M},      {"Hannah", {}, F},   {"Robert", {}, M},  {"Rachel", {}, F},  {"Peter", {}, M},
    {"Sarah", {}, F},       {"Jonathan", {}, M}, {"Lauren", {}, F},  {"Matthew", {}, M}, {"Megan", {}, F},
    {"Christopher", {}, M}, {"Victoria", {}, F}, {"Samuel", {}, M},  {"Abigail", {}, F}, {"Nathan", {}, M},
    {"Zoë", {}, F},         {"Renée", {}, F},    {"Seán", {}, M},    {"Aoife", {}, F},   {"Niamh", {}, F},
};
constexpr FamilyName englishFamily[] = {
    {"Harrington", {}, {}, {}}, {"Whitfield", {}, {}, {}},  {"Calloway", {}, {}, {}},   {"Pemberton", {}, {}, {}},
    {"Ashworth", {}, {}, {}},   {"Blackwood", {}, {}, {}},  {"Fairbanks", {}, {}, {}},  {"Thornton", {}, {}, {}},
    {"Langley", {}, {}, {}},    {"Mercer", {}, {}, {}},     {"Holloway", {}, {}, {}},   {"Prescott", {}, {}, {}},
    {"Radcliffe", {}, {}, {}},  {"Sutherland", {}, {}, {}}, {"Kendrick", {}, {}, {}},   {"Whitaker", {}, {}, {}},
    {"O'Sullivan", {}, {}, {}}, {"McAllister", {}, {}, {}}, {"Donnelly", {}, {}, {}},   {"Okafor", {}, {}, {}},
    {"Brennan", {}, {}, {}},    {"Ellsworth", {}, {}, {}},  {"Hargreaves", {}, {}, {}}, {"Lindqvist-Hart", {}, {}, {}},
};
constexpr Place englishPlaces[] = {
    {"New York", "United States", "com"},
    {"Chicago", "United States", "com"},
    {"San Francisco", "United States", "com"},
    {"Boston", "United States", "com"},
    {"London", "United Kingdom", "co.uk"},
    {"Manchester", "United Kingdom", "co.uk"},
    {"Edinburgh", "United Kingdom", "co.uk"},
    {"Dublin", "Ireland", "ie"},
    {"Toronto", "Canada", "ca"},
    {"Sydney", "Australia", "com.au"},
    {"Melbourne", "Australia", "com.au"},
    {"Auckland", "New Zealand", "co.nz"},
};

constexpr GivenName frenchGiven[] = {
    {"Élodie", {}, F},  {"François", {}, M}, {"Hélène", {}, F},  {"Jérôme", {}, M},
    {"Anaïs", {}, F},   {"Benoît", {}, M},   {"Céline", {}, F},  {"Grégoire", {}, M},
    {"Maëlle", {}, F},  {"Thibault", {}, M}, {"Camille", {}, F}, {"Étienne", {}, M},
    {"Margaux", {}, F}, {"Loïc", {}, M},     {"Noémie", {}, F},  {"Mathéo", {}, M},
};
constexpr FamilyName frenchFamily[] = {
    {"Lefèvre", {}, {}, {}},         {"Bénard", {}, {}, {}},   {"Moreau", {}, {}, {}},   {"Dubois", {}, {}, {}},
    {"Garnier", {}, {}, {}},         {"Rousseau", {}, {}, {}}, {"Fontaine", {}, {}, {}}, {"Chevalier", {}, {}, {}},
    {"Mercier", {}, {}, {}},         {"Lacroix", {}, {}, {}},  {"Giraud", {}, {}, {}},   {"Périer", {}, {}, {}},
    {"Delacroix-Vidal", {}, {}, {}}, {"Béranger", {}, {}, {}},
};
constexpr Place frenchPlaces[] = {
    {"Paris", "France", "fr"},     {"Lyon", "France", "fr"},     {"Bordeaux", "France", "fr"},
    {"Brussels", "Belgium", "be"}, {"Montréal", "Canada", "ca"}, {"Genève", "Switzerland", "ch"},
};

constexpr GivenName germanGiven[] = {
    {"Jürgen", {}, M},   {"Käthe", {}, F},      {"Lukas", {}, M},      {"Anja", {}, F},
    {"Björn", {}, M},    {"Jörg", {}, M},       {"Sönke", {}, M},      {"Greta", {}, F},
    {"Matthias", {}, M}, {"Ulrike", {}, F},     {"Florian", {}, M},    {"Annika", {}, F},
    {"Tobias", {}, M},   {"Friederike", {}, F}, {"Maximilian", {}, M}, {"Lena", {}, F},
};
constexpr FamilyName germanFamily[] = {
    {"Schäfer", {}, {}, {}},  {"Köhler", {}, {}, {}},      {"Weißmann", {}, {}, {}},   {"Hoffmann", {}, {}, {}},
    {"Brückner", {}, {}, {}}, {"Krüger", {}, {}, {}},      {"Vogel", {}, {}, {}},      {"Lindemann", {}, {}, {}},
    {"Schröder", {}, {}, {}}, {"Baumgärtner", {}, {}, {}}, {"Falkenrath", {}, {}, {}}, {"Oberländer", {}, {}, {}},
};
constexpr Place germanPlaces[] = {
    {"München", "Germany", "de"}, {"Frankfurt am Main", "Germany", "de"},
    {"Hamburg", "Germany", "de"}, {"Berlin", "Germany", "de"},
    {"Wien", "Austria", "at"},    {"Zürich", "Switzerland", "ch"},
};

constexpr GivenName spanishGiven[] = {
    {"José", {}, M},    {"María", {}, F},  {"Íñigo", {}, M},  {"Lucía", {}, F},  {"Sebastián", {}, M},
    {"Inés", {}, F},    {"Martín", {}, M}, {"Sofía", {}, F},  {"Ángel", {}, M},  {"Begoña", {}, F},
    {"Joaquín", {}, M}, {"Ximena", {}, F}, {"Andrés", {}, M}, {"Mónica", {}, F},
};
constexpr FamilyName spanishFamily[] = {
    {"Núñez", {}, {}, {}}, {"Ibáñez", {}, {}, {}},  {"Muñoz", {}, {}, {}},     {"Echeverría", {}, {}, {}},
    {"Peña", {}, {}, {}},  {"Ortega", {}, {}, {}},  {"Castañeda", {}, {}, {}}, {"Villalobos", {}, {}, {}},
    {"Sáenz", {}, {}, {}}, {"Arriaga", {}, {}, {}}, {"Olmedo", {}, {}, {}},    {"Gómez de la Vega", {}, {}, {}},
};
constexpr Place spanishPlaces[] = {
    {"Madrid", "Spain", "es"},        {"Barcelona", "Spain", "es"},
    {"Bilbao", "Spain", "es"},        {"Ciudad de México", "Mexico", "com.mx"},
    {"Bogotá", "Colombia", "com.co"}, {"Santiago", "Chile", "cl"},
};

constexpr GivenName portugueseGiven[] = {
    {"João", {}, M},   {"Conceição", {}, F}, {"Gonçalo", {}, M}, {"Inês", {}, F},    {"Sérgio", {}, M},
    {"Leonor", {}, F}, {"Tomás", {}, M},     {"Beatriz", {}, F}, {"Vitória", {}, F}, {"Caio", {}, M},
};
constexpr FamilyName portugueseFamily[] = {
    {"Gonçalves", {}, {}, {}}, {"Magalhães", {}, {}, {}},  {"Araújo", {}, {}, {}},   {"Simões", {}, {}, {}},
    {"Brandão", {}, {}, {}},   {"Figueiredo", {}, {}, {}}, {"Assunção", {}, {}, {}}, {"Loureiro", {}, {}, {}},
};
constexpr Place portuguesePlaces[] = {
    {"Lisboa", "Portugal", "pt"},
    {"Porto", "Portugal", "pt"},
    {"São Paulo", "Brazil", "com.br"},
    {"Rio de Janeiro", "Brazil", "com.br"},
};

constexpr GivenName nordicGiven[] = {
    {"Åsa", {}, F},   {"Øystein", {}, M}, {"Sigrún", {}, F},  {"Mikael", {}, M}, {"Linnéa", {}, F},
    {"Søren", {}, M}, {"Ingrid", {}, F},  {"Halvard", {}, M}, {"Maja", {}, F},   {"Jukka", {}, M},
};
constexpr FamilyName nordicFamily[] = {
    {"Sjöberg", {}, {}, {}},  {"Lindqvist", {}, {}, {}}, {"Østergaard", {}, {}, {}}, {"Bergström", {}, {}, {}},
    {"Hägglund", {}, {}, {}}, {"Rasmussen", {}, {}, {}}, {"Virtanen", {}, {}, {}},   {"Åkerlund", {}, {}, {}},
};
constexpr Place nordicPlaces[] = {
    {"Stockholm", "Sweden", "se"},  {"Göteborg", "Sweden", "se"},  {"Oslo", "Norway", "no"},
    {"København", "Denmark", "dk"}, {"Helsinki", "Finland", "fi"}, {"Reykjavík", "Iceland", "is"},
};

constexpr GivenName centralGiven[] = {
    {"Łukasz", {}, M}, {"Małgorzata", {}, F}, {"Paweł", {}, M},    {"Agnieszka", {}, F}, {"Wojciech", {}, M},
    {"Zuzana", {}, F}, {"Jiří", {}, M},       {"Kateřina", {}, F}, {"Tomáš", {}, M},     {"Żaneta", {}, F},
};
constexpr FamilyName centralFamily[] = {
    {"Wójcik", {}, {}, {}},
    {"Nowak", {}, {}, {}},
    {"Kowalczyk", {}, {}, {}},
    {"Zieliński", {}, "Zielińska", {}},
    {"Dvořák", {}, "Dvořáková", {}},
    {"Novotný", {}, "Novotná", {}},
    {"Wiśniewski", {}, "Wiśniewska", {}},
    {"Černý", {}, "Černá", {}},
};
constexpr Place centralPlaces[] = {
    {"Warszawa", "Poland", "pl"},
    {"Kraków", "Poland", "pl"},
    {"Praha", "Czechia", "cz"},
    {"Brno", "Czechia", "cz"},
};

constexpr GivenName turkishGiven[] = {
    {"Çağla", {}, F}, {"Barış", {}, M}, {"Gülşen", {}, F}, {"Oğuz", {}, M}, {"Şule", {}, F},
    {"Emre", {}, M},  {"Özlem", {}, F}, {"İlker", {}, M},  {"Ayşe", {}, F}, {"Uğur", {}, M},
};
constexpr FamilyName turkishFamily[] = {
    {"Şahin", {}, {}, {}}, {"Öztürk", {}, {}, {}},  {"Yıldız", {}, {}, {}},  {"Çelik", {}, {}, {}},
    {"Aydın", {}, {}, {}}, {"Karagöz", {}, {}, {}}, {"Erdoğdu", {}, {}, {}}, {"Güneş", {}, {}, {}},
};
constexpr Place turkishPlaces[] = {
    {"İstanbul", "Türkiye", "com.tr"}, {"Ankara", "Türkiye", "com.tr"}, {"İzmir", "Türkiye", "com.tr"}};

constexpr GivenName vietnameseGiven[] = {
    {"An", {}, M},   {"Hương", {}, F}, {"Dũng", {}, M},     {"Lan", {}, F},  {"Quang", {}, M},
    {"Thảo", {}, F}, {"Hiếu", {}, M},  {"Ngọc Ánh", {}, F}, {"Tuấn", {}, M}, {"Phương", {}, F},
};
constexpr GivenName vietnameseMiddle[] = {
    {"Văn", {}, M}, {"Đức", {}, M}, {"Minh", {}, M}, {"Thị", {}, F}, {"Thanh", {}, F}, {"Bích", {}, F},
};
constexpr FamilyName vietnameseFamily[] = {
    {"Nguyễn", {}, {}, {}}, {"Trần", {}, {}, {}}, {"Phạm", {}, {}, {}}, {"Lê", {}, {}, {}},
    {"Hoàng", {}, {}, {}},  {"Vũ", {}, {}, {}},   {"Đặng", {}, {}, {}}, {"Bùi", {}, {}, {}},
};
constexpr Place vietnamesePlaces[] = {
    {"Hà Nội", "Vietnam", "vn"}, {"Thành phố Hồ Chí Minh", "Vietnam", "vn"}, {"Đà Nẵng", "Vietnam", "vn"}};

// --- Other scripts -----------------------------------------------------------------------------

constexpr GivenName chineseGiven[] = {
    {"伟", "Wei", M},       {"芳", "Fang", F},       {"静", "Jing", F},     {"磊", "Lei", M},
    {"秀英", "Xiuying", F}, {"志强", "Zhiqiang", M}, {"丽娟", "Lijuan", F}, {"建华", "Jianhua", M},
    {"雪梅", "Xuemei", F},  {"浩然", "Haoran", M},   {"欣怡", "Xinyi", F},  {"子轩", "Zixuan", M},
};
constexpr FamilyName chineseFamily[] = {
    {"王", "Wang", {}, {}}, {"李", "Li", {}, {}},   {"张", "Zhang", {}, {}},    {"刘", "Liu", {}, {}},
    {"陈", "Chen", {}, {}}, {"杨", "Yang", {}, {}}, {"黄", "Huang", {}, {}},    {"赵", "Zhao", {}, {}},
    {"吴", "Wu", {}, {}},   {"周", "Zhou", {}, {}}, {"欧阳", "Ouyang", {}, {}}, {"林", "Lin", {}, {}},
};
constexpr Place chinesePlaces[] = {
    {"北京", "China", "cn"},
    {"上海", "China", "cn"},
    {"深圳", "China", "cn"},
    {"杭州", "China", "cn"},
    {"Hong Kong", "Hong Kong", "com.hk"},
    {"Singapore", "Singapore", "com.sg"},
    {"台北", "Taiwan", "com.tw"},
};
constexpr NamePattern chineseOrgNames[] = {
    {"%氏科技有限公司", "% Technology Co., Ltd."},
    {"%氏集团", "% Group"},
    {"华%控股", "Hua% Holdings"},
};

constexpr GivenName japaneseGiven[] = {
    {"翔太", "Shota", M},   {"陽菜", "Hina", F},     {"健一", "Kenichi", M}, {"美咲", "Misaki", F},
    {"大輔", "Daisuke", M}, {"由美", "Yumi", F},     {"拓也", "Takuya", M},  {"恵子", "Keiko", F},
    {"直樹", "Naoki", M},   {"さくら", "Sakura", F}, {"亮", "Ryo", M},       {"真由美", "Mayumi", F},
};
constexpr FamilyName japaneseFamily[] = {
    {"佐藤", "Sato", {}, {}},     {"鈴木", "Suzuki", {}, {}},   {"高橋", "Takahashi", {}, {}},
    {"田中", "Tanaka", {}, {}},   {"伊藤", "Ito", {}, {}},      {"渡辺", "Watanabe", {}, {}},
    {"山本", "Yamamoto", {}, {}}, {"中村", "Nakamura", {}, {}}, {"小林", "Kobayashi", {}, {}},
    {"加藤", "Kato", {}, {}},     {"森田", "Morita", {}, {}},   {"藤原", "Fujiwara", {}, {}},
};
constexpr Place japanesePlaces[] = {
    {"東京", "Japan", "co.jp"}, {"大阪", "Japan", "co.jp"}, {"名古屋", "Japan", "co.jp"}, {"福岡", "Japan", "co.jp"}};
constexpr NamePattern japaneseOrgNames[] = {
    {"%商事株式会社", "% Shoji K.K."},
    {"株式会社%製作所", "% Seisakusho Co., Ltd."},
    {"%ホールディングス", "% Holdings"},
};

constexpr GivenName koreanGiven[] = {
    {"민준", "Min-jun", M},  {"서연", "Seo-yeon", F}, {"지훈", "Ji-hoon", M}, {"수빈", "Su-bin", F},
    {"현우", "Hyun-woo", M}, {"지은", "Ji-eun", F},   {"도윤", "Do-yun", M},  {"하은", "Ha-eun", F},
    {"준호", "Jun-ho", M},   {"예린", "Ye-rin", F},
};
constexpr FamilyName koreanFamily[] = {
    {"김", "Kim", {}, {}},  {"이", "Lee", {}, {}},  {"박", "Park", {}, {}}, {"최", "Choi", {}, {}},
    {"정", "Jung", {}, {}}, {"강", "Kang", {}, {}}, {"조", "Cho", {}, {}},  {"윤", "Yoon", {}, {}},
    {"장", "Jang", {}, {}}, {"임", "Lim", {}, {}},
};
constexpr Place koreanPlaces[] = {
    {"서울", "South Korea", "co.kr"}, {"부산", "South Korea", "co.kr"}, {"인천", "South Korea", "co.kr"}};
constexpr NamePattern koreanOrgNames[] = {
    {"%성 전자", "%seong Electronics"},
    {"한빛 %산업", "Hanbit % Industries"},
    {"%원 홀딩스", "%won Holdings"},
};

constexpr GivenName ukrainianGiven[] = {
    {"Олександр", "Oleksandr", M}, {"Олена", "Olena", F},      {"Андрій", "Andrii", M}, {"Ірина", "Iryna", F},
    {"Дмитро", "Dmytro", M},       {"Наталія", "Nataliia", F}, {"Сергій", "Serhii", M}, {"Оксана", "Oksana", F},
    {"Максим", "Maksym", M},       {"Юлія", "Yuliia", F},
};
constexpr FamilyName ukrainianFamily[] = {
    {"Коваленко", "Kovalenko", {}, {}},  {"Бондаренко", "Bondarenko", {}, {}}, {"Ткаченко", "Tkachenko", {}, {}},
    {"Кравченко", "Kravchenko", {}, {}}, {"Мельник", "Melnyk", {}, {}},        {"Олійник", "Oliinyk", {}, {}},
    {"Лисенко", "Lysenko", {}, {}},      {"Руденко", "Rudenko", {}, {}},       {"Савчук", "Savchuk", {}, {}},
};
constexpr Place ukrainianPlaces[] = {{"Київ", "Ukraine", "com.ua"},
                                     {"Львів", "Ukraine", "com.ua"},
                                     {"Одеса", "Ukraine", "com.ua"},
                                     {"Харків", "Ukraine", "com.ua"}};
constexpr NamePattern ukrainianOrgNames[] = {{"Група «%»", "% Group"}, {"ТОВ «%-Інвест»", "%-Invest LLC"}};

constexpr GivenName arabicGiven[] = {
    {"محمد", "Mohammed", M}, {"فاطمة", "Fatima", F}, {"أحمد", "Ahmed", M}, {"مريم", "Maryam", F}, {"عمر", "Omar", M},
    {"ليلى", "Layla", F},    {"يوسف", "Youssef", M}, {"نور", "Nour", F},   {"خالد", "Khaled", M}, {"سلمى", "Salma", F},
};
constexpr FamilyName arabicFamily[] = {
    {"الحسن", "Al-Hassan", {}, {}}, {"المنصوري", "Al-Mansouri", {}, {}}, {"الزهراني", "Al-Zahrani", {}, {}},
    {"حداد", "Haddad", {}, {}},     {"خوري", "Khoury", {}, {}},          {"الشمري", "Al-Shammari", {}, {}},
    {"ناصر", "Nasser", {}, {}},     {"القاسمي", "Al-Qasimi", {}, {}},    {"العبيدي", "Al-Obaidi", {}, {}},
};
constexpr Place arabicPlaces[] = {
    {"دبي", "United Arab Emirates", "ae"},
    {"أبوظبي", "United Arab Emirates", "ae"},
    {"الرياض", "Saudi Arabia", "com.sa"},
    {"القاهرة", "Egypt", "com.eg"},
    {"عمّان", "Jordan", "jo"},
    {"بيروت", "Lebanon", "com.lb"},
};
constexpr NamePattern arabicOrgNames[] = {{"مجموعة %", "% Group"}, {"شركة % القابضة", "% Holding Company"}};

constexpr GivenName greekGiven[] = {
    {"Γιώργος", "Giorgos", M},       {"Μαρία", "Maria", F},         {"Δημήτρης", "Dimitris", M}, {"Ελένη", "Eleni", F},
    {"Νίκος", "Nikos", M},           {"Κατερίνα", "Katerina", F},   {"Κώστας", "Kostas", M},     {"Σοφία", "Sofia", F},
    {"Παναγιώτης", "Panagiotis", M}, {"Αναστασία", "Anastasia", F},
};
constexpr FamilyName greekFamily[] = {
    {"Παπαδόπουλος", "Papadopoulos", "Παπαδοπούλου", "Papadopoulou"},
    {"Νικολάου", "Nikolaou", {}, {}},
    {"Γεωργίου", "Georgiou", {}, {}},
    {"Οικονόμου", "Oikonomou", {}, {}},
    {"Καραγιάννης", "Karagiannis", "Καραγιάννη", "Karagianni"},
    {"Βλάχος", "Vlachos", "Βλάχου", "Vlachou"},
    {"Σταυρόπουλος", "Stavropoulos", "Σταυροπούλου", "Stavropoulou"},
};
constexpr Place greekPlaces[] = {
    {"Αθήνα", "Greece", "gr"}, {"Θεσσαλονίκη", "Greece", "gr"}, {"Λευκωσία", "Cyprus", "com.cy"}};
constexpr NamePattern greekOrgNames[] = {{"Όμιλος %", "% Group"}, {"% Α.Ε.", "% S.A."}};

constexpr GivenName hindiGiven[] = {
    {"अर्जुन", "Arjun", M},   {"प्रिया", "Priya", F},  {"राहुल", "Rahul", M},   {"अनन्या", "Ananya", F},
    {"विक्रम", "Vikram", M}, {"कविता", "Kavita", F}, {"आदित्य", "Aditya", M}, {"नेहा", "Neha", F},
    {"सुरेश", "Suresh", M},   {"मीरा", "Meera", F},
};
constexpr FamilyName hindiFamily[] = {
    {"शर्मा", "Sharma", {}, {}},  {"वर्मा", "Verma", {}, {}},        {"गुप्ता", "Gupta", {}, {}},
    {"मेहता", "Mehta", {}, {}},   {"जोशी", "Joshi", {}, {}},        {"अग्रवाल", "Agarwal", {}, {}},
    {"मिश्रा", "Mishra", {}, {}}, {"चतुर्वेदी", "Chaturvedi", {}, {}},
};
constexpr Place hindiPlaces[] = {{"मुंबई", "India", "co.in"},
                                 {"नई दिल्ली", "India", "co.in"},
                                 {"Bengaluru", "India", "co.in"},
                                 {"पुणे", "India", "co.in"}};
constexpr NamePattern hindiOrgNames[] = {{"% उद्योग समूह", "% Udyog Group"}};

// Weights: the share of people per culture (percent-ish).
constexpr Culture cultureTable[] = {
    {"English", englishGiven, englishFamily, englishPlaces, {}, {}, false, " ", 40, 22},
    {"French", frenchGiven, frenchFamily, frenchPlaces, {}, {}, false, " ", 20, 8},
    {"German", germanGiven, germanFamily, germanPlaces, {}, {}, false, " ", 20, 8},
    {"Spanish", spanishGiven, spanishFamily, spanishPlaces, {}, {}, false, " ", 30, 7},
    {"Portuguese", portugueseGiven, portugueseFamily, portuguesePlaces, {}, {}, false, " ", 30, 4},
    {"Nordic", nordicGiven, nordicFamily, nordicPlaces, {}, {}, false, " ", 15, 4},
    {"Central European", centralGiven, centralFamily, centralPlaces, {}, {}, false, " ", 10, 4},
    {"Turkish", turkishGiven, turkishFamily, turkishPlaces, {}, {}, false, " ", 10, 3},
    {"Vietnamese", vietnameseGiven, vietnameseFamily, vietnamesePlaces, vietnameseMiddle, {}, true, " ", 70, 3},
    {"Chinese", chineseGiven, chineseFamily, chinesePlaces, {}, chineseOrgNames, true, "", 0, 9},
    {"Japanese", japaneseGiven, japaneseFamily, japanesePlaces, {}, japaneseOrgNames, true, " ", 0, 6},
    {"Korean", koreanGiven, koreanFamily, koreanPlaces, {}, koreanOrgNames, true, "", 0, 4},
    {"Ukrainian", ukrainianGiven, ukrainianFamily, ukrainianPlaces, {}, ukrainianOrgNames, false, " ", 0, 4},
    {"Arabic", arabicGiven, arabicFamily, arabicPlaces, {}, arabicOrgNames, false, " ", 0, 5},
    {"Greek", greekGiven, greekFamily, greekPlaces, {}, greekOrgNames, false, " ", 0, 3},
    {"Hindi", hindiGiven, hindiFamily, hindiPlaces, {}, hindiOrgNames, false, " ", 0, 5},
};

// Precomposed Latin letters with diacritics used in the pools and their ASCII base letters.
constexpr std::pair<std::string_view, std::string_view> foldTable[] = {
    {"à", "a"},  {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"ç", "c"}, {"è", "e"}, {"é", "e"},
    {"ê", "e"},  {"ë", "e"}, {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"}, {"ñ", "n"}, {"ò", "o"}, {"ó", "o"},
    {"ô", "o"},  {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"ù", "u"}, {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ý", "y"},
    {"ß", "ss"}, {"À", "A"}, {"Á", "A"}, {"Å", "A"}, {"Ä", "A"}, {"Ç", "C"}, {"É", "E"}, {"È", "E"}, {"Í", "I"},
    {"Ñ", "N"},  {"Ó", "O"}, {"Ö", "O"}, {"Ø", "O"}, {"Ú", "U"}, {"Ü", "U"}, {"ğ", "g"}, {"ı", "i"}, {"İ", "I"},
    {"ş", "s"},  {"Ş", "S"}, {"Ç", "C"}, {"ł", "l"}, {"Ł", "L"}, {"ń", "n"}, {"ś", "s"}, {"ż", "z"}, {"Ż", "Z"},
    {"ź", "z"},  {"ę", "e"}, {"ą", "a"}, {"ć", "c"}, {"ř", "r"}, {"ě", "e"}, {"š", "s"}, {"č", "c"}, {"ž", "z"},
    {"Č", "C"},  {"ů", "u"}, {"ý", "y"}, {"Đ", "D"}, {"đ", "d"}, {"ă", "a"}, {"ơ", "o"}, {"ư", "u"}, {"ễ", "e"},
    {"ầ", "a"},  {"ạ", "a"}, {"ũ", "u"}, {"ả", "a"}, {"ế", "e"}, {"ọ", "o"}, {"ặ", "a"}, {"ồ", "o"}, {"ộ", "o"},
    {"ố", "o"},  {"ị", "i"}, {"ấ", "a"}, {"ờ", "o"}, {"ớ", "o"}, {"ừ", "u"}, {"ứ", "u"}, {"ậ", "a"}, {"ở", "o"},
    {"Ǻ", "A"},  {"Å", "A"}, {"ō", "o"}, {"ū", "u"}, {"Ö", "O"}, {"Ú", "U"}, {"ğ", "g"},
};

} // namespace

std::span<const Culture> cultures() {
    return cultureTable;
}

std::string asciiFold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += text[i++];
            continue;
        }
        const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        const std::string_view letter = text.substr(i, length);
        // Every letter in the table starts with byte C3..C7 or E1: skip the scan for other scripts.
        const bool latin = (byte >= 0xC3 && byte <= 0xC7) || byte == 0xE1;
        for (const auto &[accented, plain] : latin ? std::span(foldTable) : std::span(foldTable).first(0)) {
            if (accented == letter) {
                out += plain;
                break;
            }
        }
        i += length;
    }
    return out;
}

} // namespace altrata::sandbox::pools
