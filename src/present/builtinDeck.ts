import { BUILTIN_ID, type BuiltinDeck } from './deck';

/**
 * The deck that ships with the app, so a first-time user has something to present
 * within a minute. Every figure in the notes is in the dataset with the period the
 * note gives it (builtinDeck.test.ts checks the numbers and that each view parses
 * without a notice).
 */
export const BUILTIN_DECK: BuiltinDeck = {
  id: BUILTIN_ID,
  title: { zh: '五城知识产权发展对比', en: 'IP development in five cities' },
  slides: [
    {
      view: 'v=1',
      title: { zh: '五座城市，一张地图：知识产权质押融资', en: 'Five cities on one map: IP pledge financing' },
      takeaway: {
        zh: '杭州、宁波给出的是2023年全年数，成都只有前三季度；昆明、广州的原文没有全市数。',
        en: 'Hangzhou and Ningbo give full-year 2023 figures, Chengdu only the first three quarters; Kunming’s and Guangzhou’s sources give no citywide figure.',
      },
      notes: {
        zh: '成都、昆明、广州、杭州、宁波。圆的大小是各地原文给出的全市知识产权质押融资额，但统计时期并不相同：杭州、宁波是2023年全年，成都是2023年前三季度（仅商标、专利质押）。昆明和广州的原文没有给出全市的融资额，所以画成空心圆，而不是零；广州只有广州知识产权交易中心自己的累计业务量，那不是全市的数字。先请大家看图例里的时期。',
        en: 'Chengdu, Kunming, Guangzhou, Hangzhou and Ningbo. Circles are sized by each city’s IP pledge financing as its source states it, but the periods differ: full-year 2023 for Hangzhou and Ningbo, the first three quarters of 2023 for Chengdu (trademark and patent pledges only). Kunming’s and Guangzhou’s sources give no citywide amount, so they are drawn hollow, not as zero; for Guangzhou there is only the Guangzhou IP Exchange Centre’s own running total, which is not the city’s. Point the room to the periods in the legend first.',
      },
    },
    {
      view: 'v=1&panel=financing&places=hangzhou~ningbo&cmp=1',
      title: { zh: '可比的只有两城：杭州与宁波，2023年全年', en: 'Like for like: Hangzhou and Ningbo, 2023' },
      takeaway: {
        zh: '宁波394.11亿元，杭州292.0亿元：都是2023年全年，口径一致。',
        en: 'Ningbo CNY 39.41 bn, Hangzhou CNY 29.2 bn: both for the full year 2023, counted alike.',
      },
      notes: {
        zh: '只保留口径相同的数据后，能直接比较的是杭州和宁波的2023年全年数。杭州292.0亿元；宁波394.11亿元，同比增长139%。宁波的原文在另一处写作“近400亿元”，两个数字都保留并标为冲突。成都、广州的数字时期不同，此处不参与排名。',
        en: 'With “comparable only” on, the like-for-like figures are Hangzhou’s and Ningbo’s for the full year 2023. Hangzhou: CNY 29.2 bn. Ningbo: CNY 39.41 bn, up 139% on the year. Elsewhere Ningbo’s source says “nearly CNY 40 bn”; both figures are kept and marked as a conflict. Chengdu and Guangzhou cover other periods, so they are not ranked here.',
      },
    },
    {
      view: 'v=1&panel=financing&places=chengdu',
      title: { zh: '成都：前三季度数、预计数与累计数', en: 'Chengdu: nine months, a forecast and a running total' },
      takeaway: {
        zh: '2023年前三季度48.52亿元，预计全年突破50亿元；“十四五”以来累计115.89亿元。',
        en: 'CNY 4.85 bn in the first three quarters of 2023, at least CNY 5 bn expected for the year; CNY 11.59 bn in total since 2021.',
      },
      notes: {
        zh: '成都2023年前三季度商标专利质押融资48.52亿元，原文预计全年突破50亿元——这是预计数，既不是实际值，也不是规划目标。“十四五”以来累计115.89亿元。这三个数字口径不同，不能与杭州、宁波的全年数直接相比。',
        en: 'Chengdu’s trademark and patent pledge financing reached CNY 4.85 bn in the first three quarters of 2023; the source expects at least CNY 5 bn for the year, a forecast, neither an actual nor a plan target. Since 2021 the running total is CNY 11.59 bn. None of these can be set against Hangzhou’s or Ningbo’s full-year figures.',
      },
    },
    {
      view: 'v=1&panel=patents&places=chengdu~kunming~hangzhou~ningbo&ind=valid-invention-patents',
      title: { zh: '有效发明专利拥有量', en: 'Valid invention patents held' },
      takeaway: {
        zh: '杭州截至2023年底15.3万件，成都截至2023年10月100593件；各地时点不同，不作排名。',
        en: 'Hangzhou held 153,000 at end-2023 and Chengdu 100,593 in October 2023; the dates differ, so they are not ranked.',
      },
      notes: {
        zh: '这是时点存量。杭州截至2023年底15.3万件，居省会城市第一；成都截至2023年10月100593件；宁波2023年首次突破5.5万件；昆明的数字截至2021年底，为14492件。时点不同，每一行都注明了时点。',
        en: 'A stock at a date. Hangzhou held 153,000 at end-2023, first among provincial capitals; Chengdu 100,593 in October 2023; Ningbo passed 55,000 for the first time in 2023; Kunming’s figure, 14,492, is from end-2021. The dates differ: each row gives its own.',
      },
    },
    {
      view: 'v=1&panel=patents&places=chengdu~gz-devzone~hangzhou~ningbo&ind=high-value-patents-per-10k&measure=per-capita',
      title: { zh: '按人口折算：每万人口高价值发明专利', en: 'Per head: high-value patents per 10,000 people' },
      takeaway: {
        zh: '杭州52.6件，宁波18.67件，成都18.1件（2023年）；广州开发区的83.1件是一个园区2021年的数字。',
        en: 'Hangzhou 52.6, Ningbo 18.67, Chengdu 18.1 (2023); the 83.1 of the Guangzhou Development Zone is one zone’s, for 2021.',
      },
      notes: {
        zh: '按人口折算后差距更清楚。每万人口发明专利：广州开发区截至2021年12月176.9件，成都截至2023年10月47.3件。每万人高价值发明专利：广州开发区83.1件（2021年12月），杭州52.6件（2023年），宁波18.67件（2023年底），成都18.1件（2023年10月）。开发区是一个园区，不是整座城市，比较时要说明。',
        en: 'Per head the gaps are clearer. Invention patents per 10,000 people: 176.9 in the Guangzhou Development Zone (December 2021), 47.3 in Chengdu (October 2023). High-value ones: 83.1 in the Development Zone (December 2021), 52.6 in Hangzhou (2023), 18.67 in Ningbo (end-2023), 18.1 in Chengdu (October 2023). The Development Zone is one zone, not a whole city: say so when comparing.',
      },
    },
    {
      view: 'v=1&panel=patents&places=chengdu&measure=per-capita',
      title: { zh: '成都：从“十三五”末到2023年10月', en: 'Chengdu from end-2020 to October 2023' },
      takeaway: {
        zh: '每万人口发明专利从30.2件增至47.3件，每万人口高价值发明专利从12件增至18.1件。',
        en: 'Invention patents per 10,000 people rose from 30.2 to 47.3, and high-value ones from 12 to 18.1.',
      },
      notes: {
        zh: '成都是少数给出前后两端的城市。每万人口有效发明专利从“十三五”末的30.2件增至2023年10月的47.3件，增长56.6%；有效发明专利从5.01万件增至100593件，翻了一番；高价值发明专利每万人从12件增至18.1件。',
        en: 'Chengdu is one of the few sources that gives both ends. Invention patents per 10,000 people rose from 30.2 at end-2020 to 47.3 in October 2023, up 56.6%; valid invention patents doubled from 50,100 to 100,593; high-value ones per 10,000 people rose from 12 to 18.1.',
      },
    },
    {
      view: 'v=1&panel=profile&places=hangzhou&focus=hangzhou',
      title: { zh: '杭州：同一件事，原文给了两个数', en: 'Hangzhou: one fact, two figures' },
      takeaway: {
        zh: '每万人高价值发明专利写作52.6件和52.62件；高价值专利转移转化2023年4760项，累计却只有1701项。',
        en: 'High-value invention patents per 10,000 people: 52.6 and 52.62. High-value patents transferred: 4,760 in 2023, yet 1,701 in total to end-2023.',
      },
      notes: {
        zh: '杭州的原文有两处自相出入：每万人高价值发明专利，一处写52.6件，一处写52.62件；高价值专利转移转化，2023年写4760项，截至2023年底累计却写1701项。我们两个都保留，标为冲突，不替原文选择。',
        en: 'Hangzhou’s source disagrees with itself twice: high-value invention patents per 10,000 people are 52.6 in one place and 52.62 in another; high-value patents transferred are 4,760 for 2023 but 1,701 cumulative to end-2023. Both figures are kept and marked as conflicts; we do not choose for the source.',
      },
    },
    {
      view: 'v=1&panel=designations&period=2023',
      title: { zh: '2023年获得的国家级称号', en: 'National titles granted in 2023' },
      takeaway: {
        zh: '成都入选首批国家知识产权强市建设示范城市；成都、杭州同入首批国家知识产权保护示范区。',
        en: 'Chengdu was among the first demonstration IP powerhouse cities; Chengdu and Hangzhou were both in the first batch of national IP protection demonstration zones.',
      },
      notes: {
        zh: '这里只列2023年获批的称号，每一格写明年份和批次。成都入选首批国家知识产权强市建设示范城市和首批国家知识产权保护示范区，杭州入选首批保护示范区和首批国家知识产权公共服务标准化试点城市。其他年份的称号，以及区县、园区获得的称号，在探索页的称号面板中。',
        en: 'Only titles granted in 2023 are listed, each with its year and batch. Chengdu joined the first batch of demonstration IP powerhouse cities and of national IP protection demonstration zones; Hangzhou the first batch of protection zones and of national IP public-service standardisation pilot cities. Titles from other years, and those held by districts and zones, are in the explorer’s designations panel.',
      },
    },
    {
      view: 'v=1&panel=plan&places=pidu',
      title: { zh: '郫都区“十四五”规划目标', en: 'Pidu District: targets for 2025' },
      takeaway: {
        zh: '每万人口高价值发明专利从12件到14件，有效注册商标从16794件到3.5万件：这些是2025年目标，不是实绩。',
        en: 'High-value invention patents per 10,000 people from 12 to 14, valid trademarks from 16,794 to 35,000: targets for 2025, not outcomes.',
      },
      notes: {
        zh: '这是规划目标，不是实际值。郫都区列出了2020年实际值和2025年目标：例如知识产权质押融资从0.8亿元到3亿元，有效注册商标从16794件到35000件，每万人高价值发明专利从12件到14件。',
        en: 'These are plan targets, not actuals. Pidu lists its 2020 actual and its 2025 target: IP pledge financing from CNY 80 m to CNY 300 m, valid registered trademarks from 16,794 to 35,000, high-value invention patents per 10,000 people from 12 to 14.',
      },
    },
    {
      view: 'v=1&panel=patents&places=gz-devzone',
      title: { zh: '广州开发区（黄埔区）：专利', en: 'Guangzhou Development Zone (Huangpu): patents' },
      takeaway: {
        zh: '2021年发明专利授权5464件，同比增长60.7%；PCT国际专利申请711件。这是一个园区的数字，不是广州全市。',
        en: 'In 2021, 5,464 invention patents granted, up 60.7%, and 711 PCT applications: one zone’s figures, not all of Guangzhou’s.',
      },
      notes: {
        zh: '广州的原文写的是开发区（黄埔区），它的数字不代表全市；原文中唯一涉及全市的是广州知识产权交易中心自己的业务量。开发区2021年发明专利授权5464件，同比增长60.7%；PCT国际专利申请711件，居全市首位；截至2021年12月每万人口发明专利176.9件。',
        en: 'Guangzhou’s source is about the Development Zone (Huangpu), and its figures are not the city’s; the only citywide figures are the Guangzhou IP Exchange Centre’s own book. In 2021 the zone was granted 5,464 invention patents, up 60.7%, and filed 711 PCT applications, the most in the city; it had 176.9 invention patents per 10,000 people in December 2021.',
      },
    },
    {
      view: 'v=1&panel=sources',
      title: { zh: '每个数字都有出处', en: 'Every figure has a source' },
      takeaway: {
        zh: '所有数字都摘自这五份中文原始文件，可以逐句核对。',
        en: 'Every figure traces to a sentence in one of these five documents.',
      },
      notes: {
        zh: '所有数字都摘自这五份中文原始文件，每个数字都能一键查看原文句子。请按 Q 键显示二维码，邀请观众在手机上打开当前视图自行核对。',
        en: 'Every figure comes from these five Chinese documents, and each one opens its source sentence in one click. Press Q to show the QR code, and invite the room to check any figure on their phones.',
      },
    },
  ],
};
