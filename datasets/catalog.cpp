// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

QString regionLevelKey(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Nation: return u"nation"_s;
    case RegionLevel::Prefecture: return u"prefecture"_s;
    case RegionLevel::Municipality: return u"municipality"_s;
    }
    return {};
}

RegionLevel regionLevelFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == u"nation")
        return RegionLevel::Nation;
    if (key == u"municipality")
        return RegionLevel::Municipality;
    if (ok && key != u"prefecture")
        *ok = false;
    return RegionLevel::Prefecture;
}

RegionLevel regionLevelOf(const QString &code)
{
    if (code == u"00")
        return RegionLevel::Nation;
    return code.size() == 5 && !code.startsWith(u"group") ? RegionLevel::Municipality : RegionLevel::Prefecture;
}

namespace catalog {
namespace {

struct PrefRow { const char16_t *ja; const char16_t *en; const char16_t *block; };

// JIS X 0401 order: index + 1 is the code.
constexpr PrefRow kPrefectures[47] = {
    {u"北海道", u"Hokkaido", u"hokkaido"},   {u"青森県", u"Aomori", u"tohoku"},
    {u"岩手県", u"Iwate", u"tohoku"},        {u"宮城県", u"Miyagi", u"tohoku"},
    {u"秋田県", u"Akita", u"tohoku"},        {u"山形県", u"Yamagata", u"tohoku"},
    {u"福島県", u"Fukushima", u"tohoku"},    {u"茨城県", u"Ibaraki", u"kanto"},
    {u"栃木県", u"Tochigi", u"kanto"},       {u"群馬県", u"Gunma", u"kanto"},
    {u"埼玉県", u"Saitama", u"kanto"},       {u"千葉県", u"Chiba", u"kanto"},
    {u"東京都", u"Tokyo", u"kanto"},         {u"神奈川県", u"Kanagawa", u"kanto"},
    {u"新潟県", u"Niigata", u"chubu"},       {u"富山県", u"Toyama", u"chubu"},
    {u"石川県", u"Ishikawa", u"chubu"},      {u"福井県", u"Fukui", u"chubu"},
    {u"山梨県", u"Yamanashi", u"chubu"},     {u"長野県", u"Nagano", u"chubu"},
    {u"岐阜県", u"Gifu", u"chubu"},          {u"静岡県", u"Shizuoka", u"chubu"},
    {u"愛知県", u"Aichi", u"chubu"},         {u"三重県", u"Mie", u"kinki"},
    {u"滋賀県", u"Shiga", u"kinki"},         {u"京都府", u"Kyoto", u"kinki"},
    {u"大阪府", u"Osaka", u"kinki"},         {u"兵庫県", u"Hyogo", u"kinki"},
    {u"奈良県", u"Nara", u"kinki"},          {u"和歌山県", u"Wakayama", u"kinki"},
    {u"鳥取県", u"Tottori", u"chugoku"},     {u"島根県", u"Shimane", u"chugoku"},
    {u"岡山県", u"Okayama", u"chugoku"},     {u"広島県", u"Hiroshima", u"chugoku"},
    {u"山口県", u"Yamaguchi", u"chugoku"},   {u"徳島県", u"Tokushima", u"shikoku"},
    {u"香川県", u"Kagawa", u"shikoku"},      {u"愛媛県", u"Ehime", u"shikoku"},
    {u"高知県", u"Kochi", u"shikoku"},       {u"福岡県", u"Fukuoka", u"kyushu"},
    {u"佐賀県", u"Saga", u"kyushu"},         {u"長崎県", u"Nagasaki", u"kyushu"},
    {u"熊本県", u"Kumamoto", u"kyushu"},     {u"大分県", u"Oita", u"kyushu"},
    {u"宮崎県", u"Miyazaki", u"kyushu"},     {u"鹿児島県", u"Kagoshima", u"kyushu"},
    {u"沖縄県", u"Okinawa", u"kyushu"},
};

QStringList codes(std::initializer_list<int> numbers)
{
    QStringList out;
    for (int n : numbers)
        out << QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    return out;
}

QStringList range(int first, int last)
{
    QStringList out;
    for (int n = first; n <= last; ++n)
        out << QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    return out;
}

} // namespace

Region nation()
{
    return Region{u"00"_s, RegionLevel::Nation, u"全国"_s, u"Japan"_s, QString(), QString()};
}

const QList<Region> &prefectures()
{
    static const QList<Region> list = [] {
        QList<Region> out;
        for (int i = 0; i < 47; ++i) {
            const PrefRow &row = kPrefectures[i];
            out.append(Region{QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                              RegionLevel::Prefecture, QString::fromUtf16(row.ja),
                              QString::fromUtf16(row.en), u"00"_s,
                              QString::fromUtf16(row.block)});
        }
        return out;
    }();
    return list;
}

const QList<RegionGroup> &blocks()
{
    static const QList<RegionGroup> list = {
        {u"hokkaido"_s, u"北海道"_s, u"Hokkaido"_s, u"block"_s, range(1, 1)},
        {u"tohoku"_s, u"東北"_s, u"Tohoku"_s, u"block"_s, range(2, 7)},
        {u"kanto"_s, u"関東"_s, u"Kanto"_s, u"block"_s, range(8, 14)},
        {u"chubu"_s, u"中部"_s, u"Chubu"_s, u"block"_s, range(15, 23)},
        {u"kinki"_s, u"近畿"_s, u"Kinki"_s, u"block"_s, range(24, 30)},
        {u"chugoku"_s, u"中国"_s, u"Chugoku"_s, u"block"_s, range(31, 35)},
        {u"shikoku"_s, u"四国"_s, u"Shikoku"_s, u"block"_s, range(36, 39)},
        {u"kyushu"_s, u"九州・沖縄"_s, u"Kyushu and Okinawa"_s, u"block"_s, range(40, 47)},
    };
    return list;
}

const QList<RegionGroup> &presets()
{
    static const QList<RegionGroup> list = {
        {u"tokyo_area"_s, u"東京圏"_s, u"Tokyo area"_s, u"preset"_s, codes({11, 12, 13, 14})},
        {u"nagoya_area"_s, u"名古屋圏"_s, u"Nagoya area"_s, u"preset"_s, codes({21, 23, 24})},
        {u"osaka_area"_s, u"大阪圏"_s, u"Osaka area"_s, u"preset"_s, codes({26, 27, 28, 29})},
        // 三大都市圏 as in 住民基本台帳人口移動報告 (東京圏・名古屋圏・大阪圏): 11 prefectures.
        {u"three_metro_11"_s, u"三大都市圏（11都府県）"_s,
         u"Three major metropolitan areas (11 prefectures)"_s, u"preset"_s,
         codes({11, 12, 13, 14, 21, 23, 24, 26, 27, 28, 29})},
        // 三大都市圏 as 首都圏 (8) + 中京圏 (3) + 近畿圏 (6): 17 prefectures.
        {u"three_metro_17"_s, u"三大都市圏（17都府県）"_s,
         u"Three major metropolitan areas (17 prefectures)"_s, u"preset"_s,
         codes({8, 9, 10, 11, 12, 13, 14, 19, 21, 23, 24, 25, 26, 27, 28, 29, 30})},
        {u"shutoken"_s, u"首都圏（1都7県）"_s, u"National Capital Region (8 prefectures)"_s,
         u"preset"_s, codes({8, 9, 10, 11, 12, 13, 14, 19})},
        {u"chukyoken"_s, u"中京圏"_s, u"Chukyo area"_s, u"preset"_s, codes({21, 23, 24})},
        {u"kinkiken"_s, u"近畿圏"_s, u"Kinki area"_s, u"preset"_s, codes({25, 26, 27, 28, 29, 30})},
        {u"kanto_meti"_s, u"関東経済産業局管内"_s, u"Kanto Bureau of Economy, Trade and Industry"_s,
         u"preset"_s, codes({8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 22})},
        {u"non_metro_11"_s, u"地方圏（三大都市圏〔11都府県〕以外）"_s,
         u"Non-metropolitan prefectures (outside the 11)"_s, u"preset"_s, [] {
             QStringList all = range(1, 47);
             for (const QString &c : codes({11, 12, 13, 14, 21, 23, 24, 26, 27, 28, 29}))
                 all.removeAll(c);
             return all;
         }()},
    };
    return list;
}

const QList<Industry> &industries()
{
    static const QList<Industry> list = [] {
        QList<Industry> out;
        int order = 0;
        auto add = [&](const QString &code, const QString &cls, const QString &ja,
                       const QString &en, const QStringList &members = {}) {
            out.append(Industry{code, cls, ja, en, members, order++});
        };
        add(u"TOTAL"_s, u"total"_s, u"全産業"_s, u"All industries"_s);
        add(u"A"_s, u"jsic"_s, u"農業，林業"_s, u"Agriculture and forestry"_s);
        add(u"B"_s, u"jsic"_s, u"漁業"_s, u"Fisheries"_s);
        add(u"C"_s, u"jsic"_s, u"鉱業，採石業，砂利採取業"_s, u"Mining and quarrying of stone and gravel"_s);
        add(u"D"_s, u"jsic"_s, u"建設業"_s, u"Construction"_s);
        add(u"E"_s, u"jsic"_s, u"製造業"_s, u"Manufacturing"_s);
        add(u"F"_s, u"jsic"_s, u"電気・ガス・熱供給・水道業"_s, u"Electricity, gas, heat supply and water"_s);
        add(u"G"_s, u"jsic"_s, u"情報通信業"_s, u"Information and communications"_s);
        add(u"H"_s, u"jsic"_s, u"運輸業，郵便業"_s, u"Transport and postal activities"_s);
        add(u"I"_s, u"jsic"_s, u"卸売業，小売業"_s, u"Wholesale and retail trade"_s);
        add(u"J"_s, u"jsic"_s, u"金融業，保険業"_s, u"Finance and insurance"_s);
        add(u"K"_s, u"jsic"_s, u"不動産業，物品賃貸業"_s, u"Real estate and goods rental and leasing"_s);
        add(u"L"_s, u"jsic"_s, u"学術研究，専門・技術サービス業"_s,
            u"Scientific research, professional and technical services"_s);
        add(u"M"_s, u"jsic"_s, u"宿泊業，飲食サービス業"_s, u"Accommodations, eating and drinking services"_s);
        add(u"N"_s, u"jsic"_s, u"生活関連サービス業，娯楽業"_s,
            u"Living-related and personal services and amusement services"_s);
        add(u"O"_s, u"jsic"_s, u"教育，学習支援業"_s, u"Education, learning support"_s);
        add(u"P"_s, u"jsic"_s, u"医療，福祉"_s, u"Medical, health care and welfare"_s);
        add(u"Q"_s, u"jsic"_s, u"複合サービス事業"_s, u"Compound services"_s);
        add(u"R"_s, u"jsic"_s, u"サービス業（他に分類されないもの）"_s, u"Services, n.e.c."_s);
        add(u"S"_s, u"jsic"_s, u"公務（他に分類されるものを除く）"_s, u"Government, except elsewhere classified"_s);
        add(u"T"_s, u"jsic"_s, u"分類不能の産業"_s, u"Industries unable to classify"_s);
        add(u"AB"_s, u"jsic_aggregate"_s, u"農林漁業"_s, u"Agriculture, forestry and fisheries"_s,
            {u"A"_s, u"B"_s});
        add(u"ABC"_s, u"jsic_aggregate"_s, u"農林漁業・鉱業"_s,
            u"Agriculture, forestry, fisheries and mining"_s, {u"A"_s, u"B"_s, u"C"_s});
        add(u"PRIMARY"_s, u"jsic_aggregate"_s, u"第1次産業"_s, u"Primary industries"_s,
            {u"A"_s, u"B"_s});
        add(u"SECONDARY"_s, u"jsic_aggregate"_s, u"第2次産業"_s, u"Secondary industries"_s,
            {u"C"_s, u"D"_s, u"E"_s});
        add(u"TERTIARY"_s, u"jsic_aggregate"_s, u"第3次産業"_s, u"Tertiary industries"_s,
            {u"F"_s, u"G"_s, u"H"_s, u"I"_s, u"J"_s, u"K"_s, u"L"_s, u"M"_s, u"N"_s,
             u"O"_s, u"P"_s, u"Q"_s, u"R"_s, u"S"_s, u"T"_s});
        // 県民経済計算 (2015 base) economic activities.
        add(u"S01"_s, u"sna_activity"_s, u"農林水産業"_s, u"Agriculture, forestry and fishing"_s);
        add(u"S02"_s, u"sna_activity"_s, u"鉱業"_s, u"Mining"_s);
        add(u"S03"_s, u"sna_activity"_s, u"製造業"_s, u"Manufacturing"_s);
        add(u"S04"_s, u"sna_activity"_s, u"電気・ガス・水道・廃棄物処理業"_s,
            u"Electricity, gas, water supply and waste management"_s);
        add(u"S05"_s, u"sna_activity"_s, u"建設業"_s, u"Construction"_s);
        add(u"S06"_s, u"sna_activity"_s, u"卸売・小売業"_s, u"Wholesale and retail trade"_s);
        add(u"S07"_s, u"sna_activity"_s, u"運輸・郵便業"_s, u"Transport and postal services"_s);
        add(u"S08"_s, u"sna_activity"_s, u"宿泊・飲食サービス業"_s, u"Accommodation and food services"_s);
        add(u"S09"_s, u"sna_activity"_s, u"情報通信業"_s, u"Information and communications"_s);
        add(u"S10"_s, u"sna_activity"_s, u"金融・保険業"_s, u"Finance and insurance"_s);
        add(u"S11"_s, u"sna_activity"_s, u"不動産業"_s, u"Real estate"_s);
        add(u"S12"_s, u"sna_activity"_s, u"専門・科学技術、業務支援サービス業"_s,
            u"Professional, scientific, technical and support services"_s);
        add(u"S13"_s, u"sna_activity"_s, u"公務"_s, u"Public administration"_s);
        add(u"S14"_s, u"sna_activity"_s, u"教育"_s, u"Education"_s);
        add(u"S15"_s, u"sna_activity"_s, u"保健衛生・社会事業"_s, u"Human health and social work"_s);
        add(u"S16"_s, u"sna_activity"_s, u"その他のサービス"_s, u"Other service activities"_s);
        add(u"SNA_P1"_s, u"sna_aggregate"_s, u"第1次産業(計)"_s, u"Primary industries (total)"_s,
            {u"S01"_s});
        add(u"SNA_P2"_s, u"sna_aggregate"_s, u"第2次産業(計)"_s, u"Secondary industries (total)"_s,
            {u"S02"_s, u"S03"_s, u"S05"_s});
        add(u"SNA_P3"_s, u"sna_aggregate"_s, u"第3次産業(計)"_s, u"Tertiary industries (total)"_s,
            {u"S04"_s, u"S06"_s, u"S07"_s, u"S08"_s, u"S09"_s, u"S10"_s, u"S11"_s, u"S12"_s,
             u"S13"_s, u"S14"_s, u"S15"_s, u"S16"_s});
        return out;
    }();
    return list;
}

QString normalizeAgeClass(const QString &input)
{
    QString text = input.trimmed();
    if (text == u"総数" || text.compare(u"total"_s, Qt::CaseInsensitive) == 0 || text == u"TOTAL")
        return u"TOTAL"_s;
    text.replace(u'～', u'-').replace(u'〜', u'-').replace(u'~', u'-').replace(u'－', u'-');
    text.remove(u"歳"_s).remove(u' ');
    if (text.endsWith(u"以上"_s))
        text = text.chopped(2) + u'+';
    // Accept "0-4", "85+".
    const qsizetype dash = text.indexOf(u'-');
    bool ok1 = false, ok2 = false;
    if (dash > 0) {
        const int lo = text.left(dash).toInt(&ok1);
        const int hi = text.mid(dash + 1).toInt(&ok2);
        if (ok1 && ok2 && lo >= 0 && hi >= lo && hi < 130)
            return u"%1-%2"_s.arg(lo).arg(hi);
        return {};
    }
    if (text.endsWith(u'+')) {
        const int lo = text.chopped(1).toInt(&ok1);
        if (ok1 && lo >= 0 && lo < 130)
            return u"%1+"_s.arg(lo);
    }
    return {};
}

QString ageClassLabel(const QString &code, bool japanese)
{
    if (code == u"TOTAL")
        return japanese ? u"総数"_s : u"All ages"_s;
    if (code.endsWith(u'+'))
        return japanese ? u"%1歳以上"_s.arg(code.chopped(1)) : code;
    if (japanese) {
        QString label = code;
        return label.replace(u'-', u'～') + u'歳';
    }
    return code;
}

int ageClassLowerBound(const QString &code)
{
    if (code.isEmpty() || code == u"TOTAL")
        return -1;
    bool ok = false;
    const qsizetype end = code.indexOf(code.endsWith(u'+') ? u'+' : u'-');
    const int lo = code.left(end).toInt(&ok);
    return ok ? lo : -1;
}

QString activityCode(const QString &nameJa)
{
    if (nameJa == u"県内総生産(合計)")
        return u"TOTAL"_s;
    for (const Industry &industry : industries()) {
        if ((industry.classification == u"sna_activity" || industry.classification == u"sna_aggregate")
            && industry.nameJa == nameJa)
            return industry.code;
    }
    return {};
}

const QList<IndicatorInfo> &starterIndicators()
{
    static const QString kLicence = u"政府標準利用規約（第2.0版）/ CC BY 4.0 compatible"_s;
    static const QList<IndicatorInfo> list = {
        {u"population"_s, u"総人口"_s, u"Population"_s, u"人"_s, u"persons"_s,
         u"総務省統計局「国勢調査」"_s, u"Statistics Bureau of Japan, Population Census"_s, kLicence,
         u"国勢調査"_s, u"observation"_s,
         u"都道府県は1920–2020年、市区町村は2015・2020年（SSDSE-A 収録値）。"_s,
         u"Prefectures 1920–2020; municipalities 2015 and 2020 (as compiled in SSDSE-A)."_s},
        {u"population_age_sex_census"_s, u"年齢（5歳階級）・男女別人口（国勢調査）"_s,
         u"Population by 5-year age class and sex (census)"_s, u"人"_s, u"persons"_s,
         u"総務省統計局「国勢調査」"_s, u"Statistics Bureau of Japan, Population Census"_s, kLicence,
         u"国勢調査"_s, u"observation"_s,
         u"総数は年齢不詳を含むため、各階級の和と一致しない。"_s,
         u"The all-ages total includes unknown age, so the classes do not sum to it."_s},
        // The earlier censuses for the population projection (issue 11), apart from
        // population_age_sex_census so that the 人口 page's pyramid years (and the
        // outline, the year farthest from the one shown) stay as they were.
        {u"population_age_sex_census_earlier"_s, u"年齢（5歳階級）・男女別人口（国勢調査、1995–2010年）"_s,
         u"Population by 5-year age class and sex (census, 1995–2010)"_s, u"人"_s, u"persons"_s,
         u"総務省統計局「国勢調査」"_s, u"Statistics Bureau of Japan, Population Census"_s, kLicence,
         u"国勢調査"_s, u"observation"_s,
         u"男女別のみ。総数は年齢不詳を含むため、各階級の和と一致しない。将来人口推計の率の算出に用いる。"_s,
         u"Male and female only. The all-ages total includes unknown age, so the classes do not sum to it. "
         u"Used for the rates of the population projection."_s},
        // The base of the municipal population projections (issue 11): 住民基本台帳,
        // 1 January 2022, the 47 prefectures and the 1,741 municipalities.
        {u"population_age_sex_juki"_s, u"年齢（5歳階級）・男女別人口（住民基本台帳、2022年1月1日）"_s,
         u"Population by 5-year age class and sex (Basic Resident Register, 1 January 2022)"_s, u"人"_s,
         u"persons"_s, u"総務省「住民基本台帳に基づく人口、人口動態及び世帯数」（令和4年1月1日現在）"_s,
         u"MIC, Population, Vital Statistics and Households based on the Basic Resident Register (1 January 2022)"_s,
         kLicence, u"住民基本台帳"_s, u"observation"_s,
         u"1月1日現在の日本人住民と外国人住民。国勢調査ではない。85歳以上は85～89歳から100歳以上までの和。外国人住民の少ない"
         u"市区町村では外国人の年齢が公表されないため、総数が各階級の和を上回ることがある。市区町村の将来人口推計の基準人口。"_s,
         u"Japanese and foreign residents registered on 1 January; not the census. 85+ is the sum of 85–89 to 100+. "
         u"Where a municipality has few foreign residents their ages are not published, so the total can exceed the "
         u"sum of the classes. The base of the municipal population projections."_s},
        {u"total_fertility_rate"_s, u"合計特殊出生率"_s, u"Total fertility rate"_s, u"人"_s, u"children per woman"_s,
         u"厚生労働省「人口動態統計」（独立行政法人統計センター SSDSE-B 収録値）"_s,
         u"MHLW, Vital Statistics (as compiled in SSDSE-B)"_s, kLicence, u"人口動態統計"_s, u"observation"_s,
         u"都道府県、2011–2022年。"_s, u"Prefectures, 2011–2022."_s},
        {u"population_age_sex_estimate"_s, u"年齢（5歳階級）・男女別人口（人口推計）"_s,
         u"Population by 5-year age class and sex (estimates)"_s, u"人"_s, u"persons"_s,
         u"総務省統計局「人口推計」"_s, u"Statistics Bureau of Japan, Population Estimates"_s, kLicence,
         u"人口推計"_s, u"observation"_s, u"各年10月1日現在。"_s, u"As of 1 October."_s},
        {u"gdp_nominal"_s, u"県内総生産（名目、経済活動別）"_s,
         u"Gross prefectural product by economic activity (nominal)"_s, u"百万円"_s,
         u"million yen"_s, u"内閣府「県民経済計算」"_s,
         u"Cabinet Office, Prefectural Accounts"_s, kLicence, u"県民経済計算"_s, u"observation"_s,
         u"年度（2015年基準）。合計は輸入品に課される税・関税等を含むため、活動の和と一致しない。"_s,
         u"Fiscal years (2015 base). The total includes import duties etc., so it differs from the sum of activities."_s},
        {u"establishments"_s, u"事業所数（民営）"_s, u"Private establishments"_s, u"事業所"_s,
         u"establishments"_s, u"総務省・経済産業省「経済センサス‐活動調査」（SSDSE-A 収録値）"_s,
         u"MIC and METI, Economic Census for Business Activity (as compiled in SSDSE-A)"_s, kLicence,
         u"経済センサス‐活動調査"_s, u"observation"_s,
         u"都道府県値は市区町村の合計。"_s, u"Prefecture figures are sums of their municipalities."_s},
        {u"employees"_s, u"従業者数（民営）"_s, u"Employees of private establishments"_s, u"人"_s,
         u"persons"_s, u"総務省・経済産業省「経済センサス‐活動調査」（SSDSE-A 収録値）"_s,
         u"MIC and METI, Economic Census for Business Activity (as compiled in SSDSE-A)"_s, kLicence,
         u"経済センサス‐活動調査"_s, u"observation"_s,
         u"都道府県値は市区町村の合計。"_s, u"Prefecture figures are sums of their municipalities."_s},
        {u"migration"_s, u"都道府県間移動者数"_s, u"Inter-prefectural migrants"_s, u"人"_s,
         u"persons"_s, u"総務省統計局「住民基本台帳人口移動報告」"_s,
         u"Statistics Bureau of Japan, Report on Internal Migration"_s, kLicence,
         u"住民基本台帳人口移動報告"_s, u"flow"_s,
         u"日本人及び外国人、暦年。"_s, u"Japanese and foreign residents, calendar year."_s},
    };
    return list;
}

QString resolvePrefecture(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // "13000_東京都" → "13000"; "13000" → "13"; "13" → "13".
    const qsizetype underscore = text.indexOf(u'_');
    if (underscore > 0)
        text = text.left(underscore);
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        if (text.size() <= 2 && number >= 1 && number <= 47)
            return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
        if ((text.size() == 5 || text.size() == 6) && text.mid(2, 3) == u"000") {
            const int pref = text.left(2).toInt();
            if (pref >= 1 && pref <= 47)
                return text.left(2);
        }
        return {};
    }
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> map;
        for (const Region &r : prefectures()) {
            map.insert(r.nameJa, r.code);
            map.insert(r.nameEn.toLower(), r.code);
            QString shortJa = r.nameJa;
            if (shortJa != u"北海道")
                shortJa.chop(1); // 東京都 → 東京, 大阪府 → 大阪, 青森県 → 青森
            map.insert(shortJa, r.code);
            const QString lowerEn = r.nameEn.toLower();
            for (const QString &suffix : {u"-ken"_s, u" ken"_s, u"-to"_s, u"-fu"_s, u" prefecture"_s, u"-do"_s})
                map.insert(lowerEn + suffix, r.code);
        }
        // Long-vowel spellings (Hepburn with macrons or oh/ou).
        const QList<QPair<QString, QString>> extra = {
            {u"hokkaidō"_s, u"01"_s}, {u"tōkyō"_s, u"13"_s}, {u"tokyo metropolis"_s, u"13"_s},
            {u"ōsaka"_s, u"27"_s},    {u"kyōto"_s, u"26"_s}, {u"hyōgo"_s, u"28"_s},
            {u"kōchi"_s, u"39"_s},    {u"ōita"_s, u"44"_s},  {u"gumma"_s, u"10"_s},
            {u"hyougo"_s, u"28"_s},   {u"kouchi"_s, u"39"_s}, {u"ohita"_s, u"44"_s},
        };
        for (const auto &[name, code] : extra)
            map.insert(name, code);
        return map;
    }();
    return byName.value(byName.contains(text) ? text : text.toLower());
}

} // namespace catalog
} // namespace regionlens::datasets
