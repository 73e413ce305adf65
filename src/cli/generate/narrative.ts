/** Narrative sections of a synthetic report, built from a sentence bank so that different reports differ. */
import type { Rng } from './rng';

const OPENERS = [
  '坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实党中央、国务院关于政务公开工作的决策部署',
  '按照上级关于全面推进政务公开工作的部署要求，围绕中心工作扎实推进政府信息公开',
  '深入贯彻《中华人民共和国政府信息公开条例》，以公开促落实、助监督、强监管',
  '紧扣年度政务公开工作要点，持续提升政府信息公开的质量和实效',
  '把政务公开作为建设法治政府的重要抓手，不断完善公开制度、拓展公开渠道'
];
const BODY = [
  '规范做好申请登记、审查、办理、答复、归档等工作，提高答复质量。',
  '加强政策解读力度，通过文字、图解、视频等多种形式开展解读。',
  '持续增进互动交流，主动回应社会关切，及时解答群众疑问。',
  '落实分级审核制度，加强信息发布前审查，确保信息准确、安全。',
  '动态更新政府信息公开指南和主动公开目录，方便公众查阅。',
  '加强政务新媒体管理，对长期不更新的账号予以关停整合。',
  '聚焦重点领域信息公开，及时发布财政预决算、重大项目等信息。',
  '完善依申请公开工作机制，畅通受理渠道，依法依规按时答复。',
  '建立健全信息公开保密审查机制，坚持先审查、后公开。',
  '加强政府网站内容保障，确保网站平稳安全运行。',
  '开展政务公开业务培训，提升工作人员的业务能力。',
  '做好政府公报编辑发行工作，推进公报数字化。',
  '推进基层政务公开标准化规范化建设，完善事项清单。',
  '主动公开涉企政策，助力优化营商环境。',
  '组织开展政府开放日活动，邀请群众代表参与。',
  '强化政务公开考核评估，将考核结果纳入绩效管理。',
  '推进决策公开，重大决策事项向社会公开征求意见。',
  '加强行政规范性文件管理，集中统一公开现行有效文件。',
  '依托政务服务大厅设置政府信息公开查阅点。',
  '做好建议提案办理结果公开工作。',
  '及时公开应急管理和安全生产相关信息。',
  '开展政务公开专项检查，督促问题整改到位。',
  '优化门户网站智能搜索和智能问答功能。',
  '完善政策文件库，实现政策文件一站式查询。'
];
const PROBLEMS = [
  '政策解读的形式还不够丰富',
  '信息发布的及时性有待提高',
  '基层政务公开工作人员业务能力有待加强',
  '主动公开的深度和广度还需拓展',
  '互动回应的针对性还不够强',
  '政务新媒体运营管理仍需规范',
  '公开内容的规范性有待提升',
  '数字化手段运用还不够充分'
];
const PLANS = [
  '进一步丰富政策解读形式，扩大政策知晓度',
  '健全信息发布审核机制，提高发布时效',
  '加强业务培训，提升队伍能力',
  '拓展公开领域，深化重点领域信息公开',
  '强化互动交流，及时回应社会关切',
  '推进政务公开数字化转型',
  '完善考核评估机制，压实工作责任'
];

function sample<T>(rng: Rng, xs: readonly T[], k: number): T[] {
  const idx = xs.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).sort((a, b) => a - b).map((i) => xs[i]);
}

export interface NarrativeFacts {
  agency: string;
  year: number;
  published_items: number;
  interpretations: number;
  new_received: number;
  carried_over: number;
  total_processed: number;
  carried_forward: number;
  review: number;
  litigation: number;
}

export interface Narrative { s1: string; s2: string; s3: string; s4: string; s5: string; s6: string }

export function requestSentence(f: NarrativeFacts): string {
  if (f.new_received === 0 && f.carried_over === 0 && f.total_processed === 0) return `${f.year}年，本机关没有收到政府信息公开申请。`;
  return `${f.year}年，本机关共收到政府信息公开申请${f.new_received}件，上年结转${f.carried_over}件，办理完结${f.total_processed}件，结转下年度继续办理${f.carried_forward}件。`;
}

const TOPICS = ['营商环境', '乡村振兴', '城市更新', '教育均衡', '医疗保障', '生态保护', '安全生产', '就业创业', '养老服务',
  '交通建设', '食品安全', '水利设施', '文旅融合', '数字政府', '社会救助', '住房保障', '科技创新', '消费提振', '河湖治理', '基层治理'];
const CHANNELS = ['门户网站', '政务新媒体', '政府公报', '政务服务大厅', '新闻发布会', '政务公开专区', '微信公众号', '公开栏'];
const ACTS = ['发布', '更新', '推送', '公开', '归集', '解读'];

const NAME_CHARS = '青石龙泉金山东湖南溪北岭西林白云松柏桃源新华兴隆长安永宁富民清河凤凰翠竹梅园鹿鸣锦绣玉带香樟银杏丰收和平光明红旗朝阳春晖明月星海望江临川安澜瑞祥嘉禾';
const PLACES = ['大道', '公园', '片区', '新村', '水库', '园区', '中学', '医院', '社区', '码头', '老街', '绿道'];
const WORKS = ['改造', '建设', '提升', '整治', '扩建', '修缮'];
const ASPECTS = ['招标公告', '建设进展', '资金使用', '征收补偿', '环评结果', '验收情况'];

/** A made-up project name (e.g. 青石大道改造工程): this report's own wording, so that copies of it are detectable. */
function project(rng: Rng): string {
  const c = () => NAME_CHARS[rng.int(0, NAME_CHARS.length - 1)];
  return `${c()}${c()}${rng.pick(PLACES)}${rng.pick(WORKS)}工程`;
}

/** Sentences with this report's own projects, topics and figures. */
function specifics(rng: Rng, k: number): string {
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    const [t1, t2] = sample(rng, TOPICS, 2);
    out.push(`围绕${t1}和${t2}，重点公开${project(rng)}、${project(rng)}的${rng.pick(ASPECTS)}，通过${rng.pick(CHANNELS)}${rng.pick(ACTS)}相关信息${rng.int(3, 980)}条。`);
  }
  return out.join('');
}

export function makeNarrative(rng: Rng, f: NarrativeFacts): Narrative {
  const s1 = `${f.year}年，${f.agency}${rng.pick(OPENERS)}。` + sample(rng, BODY, 3).join('') + specifics(rng, 4);
  const s2 = `全年主动公开政府信息${f.published_items}条，发布政策解读${f.interpretations}篇。` + sample(rng, BODY, 2).join('');
  const s3 = requestSentence(f);
  const s4 = f.review + f.litigation === 0
    ? `${f.year}年，本机关未发生因政府信息公开引起的行政复议、行政诉讼。`
    : `${f.year}年，因政府信息公开被申请行政复议${f.review}件，被提起行政诉讼${f.litigation}件。`;
  const probs = sample(rng, PROBLEMS, 2);
  const plans = sample(rng, PLANS, 3);
  const s5 = `${f.year}年，本机关政府信息公开工作取得了一定成效，但仍存在${probs.join('、')}等问题。${f.year + 1}年将${plans.map((p, i) => `${'一二三'[i]}是${p}`).join('；')}。` + specifics(rng, 2);
  const s6 = `${f.year}年，本机关未收取信息处理费。`;
  return { s1, s2, s3, s4, s5, s6 };
}

export const SPAM_STRINGS = ['体球网,球探体育比分', '澳门威尼斯人线上娱乐平台', '皇冠体育在线投注官网', '开云体育app下载入口', 'bet365体育在线投注'];

/** Sentences that may follow the request sentence in section 三. */
export const BODY_FOR_S3 = ['依法依规按时答复，未出现逾期答复情况。', '全部申请均在法定期限内答复。', '答复形式规范，告知救济途径。', '加强与申请人沟通，准确把握申请诉求。'];
