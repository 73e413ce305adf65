/**
 * Gambling / SEO vocabulary for the SPAM rule. STRONG terms never occur in an official report; WEAK terms
 * only extend a run that already holds a strong term (体育 and 足球 are ordinary words in a 体育局 report).
 */

/** Simplified → traditional for the characters of the lexicon (spam mirrors often serve 繁体). */
const TRAD: Record<string, string> = {
  竞: '競', 赌: '賭', 场: '場', 娱: '娛', 乐: '樂', 买: '買', 体: '體', 软: '軟', 载: '載', 网: '網', 开: '開',
  户: '戶', 欧: '歐', 决: '決', 赛: '賽', 盘: '盤', 赔: '賠', 游: '遊', 艺: '藝', 会: '會', 亚: '亞', 云: '雲',
  机: '機', 线: '線', 页: '頁', 旧: '舊', 录: '錄', 厅: '廳', 门: '門', 发: '發', 时: '時', 实: '實', 虎: '虎',
  荐: '薦', 领: '領', 这: '這', 哪: '哪', 个: '個', 么: '麼', 谱: '譜', 证: '證', 导: '導', 航: '航', 图: '圖',
  彩: '彩', 侦: '偵', 戏: '戲', 电: '電', 视: '視', 频: '頻', 华: '華', 马: '馬', 儿: '兒'
};

/** Escape a literal and let each lexicon character match its traditional form too. */
export function lit(word: string): string {
  let out = '';
  for (const ch of word) {
    const esc = /[.*+?^${}()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
    out += TRAD[ch] ? `[${ch}${TRAD[ch]}]` : /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : esc;
  }
  return out;
}

const STRONG_WORDS = [
  '比分', '彩票', '竞猜', '博彩', '买球', '娱乐城', '棋牌', '投注', '下注', '百家乐', '老虎机', '官方网站大全',
  '欧洲杯', '世界杯', '球探', '赔率', '盘口', '真人娱乐', '电子游艺', '葡京', '威尼斯人', '亚博', '华体会',
  '开云体育', '必威', '六合彩', '时时彩', '网投', '赌场', '赌球', '赌博网', '体育app', '体育官网', '体育平台',
  '体育下载', '体育直播', '足球直播', '足球投注', '足球外围', '外围足球', '皇冠体育', '皇冠app', '澳门新葡京',
  '澳门金沙', '成人视频', '成人网站', '色情网站', '登录入口', '官网入口', '手机版下载', 'app下载', '下载app',
  '下载_', '_mobile', '官网下载', '注册送', '开户送', '首存', '彩金', '电竞竞猜', '球盘', '滚球', '大小球', '让球'
];

/** Pattern strings (regex syntax) for strong hits beyond literal words. */
const STRONG_PATTERNS = [
  `${lit('买')}.{0,2}${lit('足球')}`,
  `${lit('买')}.{0,2}${lit('篮球')}`,
  `(?:${lit('足球')}|${lit('篮球')})${lit('的')}?(?:${lit('软件')}|app|${lit('平台')}|${lit('网站')})`,
  // betting brands: letters + a lucky number (bet365, beat365, vip888), not an e-mail or a file name
  '(?<![A-Za-z0-9@.])[A-Za-z]{3,}\\s?(?:365|188|888|777|999)(?![0-9@.A-Za-z])',
  '(?<!\\d)365365\\d*'
];

export const STRONG_RE = new RegExp([...STRONG_WORDS.map(lit), ...STRONG_PATTERNS].join('|'), 'g');
/** Same pattern, sticky: tried only where a strong term can start (see STRONG_START_RE). */
export const STRONG_Y = new RegExp(STRONG_RE.source, 'y');
/**
 * Where a strong term can start: FIRST[code] = 1 when the first two characters must also be a known bigram of a
 * strong word, 2 when the pattern is always tried there (买…足球, Latin brands, 365365…). A table lookup per
 * character keeps the scan cheap on clean text.
 */
export const FIRST = new Uint8Array(65536);
export const BIGRAMS = new Set<string>();
const variants = (c: string): string[] => (TRAD[c] ? [c, TRAD[c]] : /[a-z]/i.test(c) ? [c.toLowerCase(), c.toUpperCase()] : [c]);
for (const w of STRONG_WORDS) {
  for (const a of variants(w[0])) {
    if (!FIRST[a.charCodeAt(0)]) FIRST[a.charCodeAt(0)] = 1;
    for (const b of variants(w[1])) BIGRAMS.add(a + b);
  }
}
for (const c of '买買足篮籃3') FIRST[c.charCodeAt(0)] = 2;
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) FIRST[c] = 2;

const WEAK_WORDS = [
  '官方网站', '体育', '足球', '篮球', '网球', '软件', '官网', '官方', '网站', '大全', '下载', '旧版', '新版', '最新',
  '手机版', '手机', '平台', '直播', '决赛', '半决赛', '赛事', '赛程', '竞彩', '娱乐', '网址', '入口', '登录',
  '注册', '免费', '在线', '首页', '正规', '靠谱', '哪个', '怎么', '推荐', '排行', '排名', '欧洲', '世界', '杯',
  '中文版', '版', '的', '买', '球', '网', '吧', '站', 'app', 'APP', 'mobile', 'ios', 'android', '安卓', '苹果'
];

/** One token of a spam run at a given position (sticky): weak word, Latin word, digits not followed by a unit. */
export const WEAK_TOKEN_RE = new RegExp(
  `(?:${WEAK_WORDS.sort((a, b) => b.length - a.length).map(lit).join('|')}|[A-Za-z][A-Za-z0-9]*|\\d+(?![\\d年月日号条件项个篇万元%％份次人家])|[\\u4e00-\\u9fff]{2}${lit('网')}(?=[,_:|\\s]))`,
  'iy'
);

/** Characters that join keywords in a spam run. */
export const CONNECTOR_RE = /[,_:|\s·\-!~]/y;

