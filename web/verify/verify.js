// The public label check: reads the GS1 Digital Link path of this page's own URL
// (/01/<GTIN>/10/<lot>/21/<serial>) or ?code=…, asks the public GraphQL API at /graphql on the
// same origin, and says genuine / already verified / revoked / counterfeit, Chinese first.
// No framework, no build: served as static files. Data is written with textContent only.

const FIELDS = `verifyLabel(code: $code, where: $where) {
    outcome scanCount firstVerifiedAt firstVerifiedIn
    product crop variety grade originTownship originCounty harvestDate
    certificateNumber certificateBasis licensee licenseeTrademark
    freshness { remainingShelfLifeDays latestTemperatureCelsius }
  }`;

// verifyLabel records a scan, so it is expected on Mutation; a schema that puts it on Query
// is tried next (a validation error runs nothing, so no scan is counted twice).
const OPERATIONS = ['mutation', 'query'].map(
  (type) => `${type} VerifyLabel($code: String!, $where: ScanPlaceInput) {\n  ${FIELDS}\n}`,
);

const TIME_ZONE = 'Asia/Shanghai';

const CROPS = {
  SCALLION: ['小香葱', 'Small scallion'],
  SAFFLOWER_FLORET: ['红花（花丝）', 'Safflower florets'],
  SAFFLOWER_SEED: ['红花籽', 'Safflower seed'],
};

const VARIETIES = { red: ['红葱', 'red'], white: ['白葱', 'white'], black: ['黑葱', 'black'] };

const BASES = {
  SELF_TEST: ['自检合格', 'Passed own test'],
  COMMISSIONED_TEST: ['委托检测合格', 'Passed commissioned laboratory test'],
  INTERNAL_CONTROL: ['内部质量控制合格', 'Passed internal quality control'],
  SELF_COMMITMENT: ['自我承诺合格', 'Producer’s own commitment'],
};

/** The code to check: the Digital Link in the path, else ?code= (a URI, path or bare serial). */
export function codeFromLocation(location) {
  const at = location.pathname.indexOf('/01/');
  if (at >= 0) return `${location.origin}${location.pathname}`;
  const typed = new URLSearchParams(location.search).get('code');
  return typed && typed.trim() ? typed.trim() : null;
}

/** A typed code as the API takes it: spaces and hyphens between groups dropped, upper case. */
export function cleanTypedCode(value) {
  const trimmed = value.trim();
  if (trimmed.includes('/')) return trimmed;
  return trimmed.replace(/[\s-]+/g, '').toUpperCase();
}

function formatInstant(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return [iso, iso];
  const zh = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(date);
  const en = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return [zh, `${en} (Beijing time)`];
}

function formatDay(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return [day, day];
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const en = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(date);
  return [`${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`, en];
}

function one(value, digits) {
  return Number(value).toFixed(digits);
}

/** What the result card says for an answer: class, icon, headline and advice in both languages. */
export function describeOutcome(answer) {
  const count = answer.scanCount ?? 0;
  switch (answer.outcome) {
    case 'GENUINE':
      return {
        tone: 'genuine', icon: '✓',
        zh: '正品 · 首次验证', en: 'Genuine — first check',
        adviceZh: '这是该标签码第一次被查询，产品来自联盟认证的产地。',
        adviceEn: 'This is the first time this code has been checked; the produce comes from a certified origin of the alliance.',
      };
    case 'ALREADY_VERIFIED': {
      const [whenZh, whenEn] = answer.firstVerifiedAt ? formatInstant(answer.firstVerifiedAt) : ['时间不详', 'an unknown time'];
      const where = answer.firstVerifiedIn;
      return {
        tone: 'already', icon: '!',
        zh: `已被验证 ${count} 次`, en: `Already checked ${count} ${count === 1 ? 'time' : 'times'}`,
        adviceZh: `首次验证于 ${whenZh}${where ? `，地点：${where}` : ''}。如果之前不是您或家人扫的码，这个标签可能被复制了。`,
        adviceEn: `First checked on ${whenEn}${where ? ` in ${where}` : ''}. If that was not you or your family, this label may have been copied.`,
      };
    }
    case 'REVOKED':
      return {
        tone: 'revoked', icon: '✕',
        zh: '标签已撤销', en: 'Label revoked',
        adviceZh: '这个标签所依据的合格证或使用许可已被撤销，不能再证明产地。',
        adviceEn: 'The certificate or licence behind this label has been revoked; it no longer proves the origin.',
      };
    case 'UNKNOWN':
      return {
        tone: 'unknown', icon: '✕',
        zh: '假冒：未知标签码', en: 'Counterfeit: unknown code',
        adviceZh: '联盟从未发放过这个标签码。请保留包装和购买凭证，向销售方或当地市场监管部门反映。',
        adviceEn: 'The alliance never issued this code. Keep the packaging and receipt, and report it to the seller or the local market regulator.',
      };
    default:
      return {
        tone: 'error', icon: '?',
        zh: '无法识别的结果', en: 'Unrecognised answer',
        adviceZh: '验证服务返回了本页面不认识的结果，请稍后再试。',
        adviceEn: `The service answered “${answer.outcome}”, which this page does not know. Please try again later.`,
      };
  }
}

/** The product facts worth showing, as [Chinese label, English label, Chinese value, English value]. */
export function productFacts(answer) {
  const rows = [];
  const add = (zh, en, valueZh, valueEn = null) => {
    if (valueZh !== null && valueZh !== undefined && valueZh !== '') rows.push([zh, en, String(valueZh), valueEn]);
  };
  const crop = CROPS[answer.crop];
  add('产品', 'Product', answer.product ?? (crop ? crop[0] : answer.crop), crop && !answer.product ? crop[1] : null);
  if (answer.product && crop) add('品类', 'Crop', crop[0], crop[1]);
  const variety = answer.variety ? VARIETIES[String(answer.variety).toLowerCase()] : null;
  const grade = answer.grade ? `${answer.grade} 级` : null;
  const varietyGradeZh = [variety ? variety[0] : answer.variety, grade].filter(Boolean).join(' · ');
  const varietyGradeEn = [variety ? variety[1] : null, answer.grade ? `grade ${answer.grade}` : null].filter(Boolean).join(', ');
  add('品种 / 等级', 'Variety / grade', varietyGradeZh, varietyGradeEn || null);
  const origin = [answer.originCounty, answer.originTownship].filter(Boolean).join(' ');
  add('产地', 'Origin', origin);
  if (answer.harvestDate) {
    const [zh, en] = formatDay(answer.harvestDate);
    add('采收日期', 'Harvested', zh, en);
  }
  add('合格证编号', 'Certificate no.', answer.certificateNumber);
  const basis = BASES[answer.certificateBasis];
  add('承诺依据', 'Basis', basis ? basis[0] : answer.certificateBasis, basis ? basis[1] : null);
  add('被许可方', 'Licensee', answer.licensee);
  add('商标', 'Trademark', answer.licenseeTrademark);
  const fresh = answer.freshness;
  if (fresh && fresh.remainingShelfLifeDays !== null && fresh.remainingShelfLifeDays !== undefined) {
    const days = Number(fresh.remainingShelfLifeDays);
    if (days > 0) add('新鲜度', 'Freshness', `剩余保鲜期约 ${one(days, 1)} 天`, `About ${one(days, 1)} days of shelf life left`);
    else add('新鲜度', 'Freshness', '已超过估计保鲜期', 'Past its estimated shelf life');
  }
  if (fresh && fresh.latestTemperatureCelsius !== null && fresh.latestTemperatureCelsius !== undefined) {
    const c = one(fresh.latestTemperatureCelsius, 1);
    add('最近温度', 'Latest temperature', `${c} °C`, `${c} °C in the cold chain`);
  }
  return rows;
}

/** A failure the shopper can read, from a fetch error or an unhappy answer. */
export class VerifyProblem extends Error {
  constructor(kind, message, detail = null) {
    super(message);
    this.kind = kind; // 'network' | 'rate-limit' | 'bad-code' | 'service'
    this.detail = detail;
  }
}

export function describeProblem(problem) {
  const detail = problem.detail ? ` ${problem.detail}` : '';
  switch (problem.kind) {
    case 'network':
      return { zh: '无法连接验证服务', en: 'Could not reach the verification service', adviceZh: '请检查网络连接后重试。', adviceEn: 'Check your internet connection and try again.' };
    case 'rate-limit':
      return { zh: '查询太频繁', en: 'Too many checks', adviceZh: '请稍等片刻再试。', adviceEn: `Please wait a moment and try again.${detail}` };
    case 'bad-code':
      return { zh: '这不是有效的标签码', en: 'This is not a valid label code', adviceZh: '请核对二维码下方的标签码，或重新扫码。', adviceEn: `Check the code under the QR code, or scan it again.${detail}` };
    default:
      return { zh: '验证服务暂时出错', en: 'The verification service had a problem', adviceZh: '请稍后再试。', adviceEn: `Please try again later.${detail}` };
  }
}

const RATE_LIMIT_CODES = new Set(['RATE_LIMITED', 'TOO_MANY_REQUESTS', 'RATE_LIMIT_EXCEEDED']);

function problemFromErrors(errors, status, retryAfter) {
  const first = errors[0] ?? {};
  const code = first.extensions?.code;
  const message = typeof first.message === 'string' ? first.message : '';
  if (status === 429 || RATE_LIMIT_CODES.has(code)) {
    // The API says how long to wait in extensions.retryAfterSeconds; a proxy, in Retry-After.
    const seconds = Number.isInteger(first.extensions?.retryAfterSeconds) ? String(first.extensions.retryAfterSeconds) : retryAfter;
    const wait = seconds && /^\d+$/.test(seconds) ? ` (${seconds} s)` : '';
    return new VerifyProblem('rate-limit', message, `${message}${wait}`.trim() || null);
  }
  if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') return new VerifyProblem('bad-code', message, message || null);
  return new VerifyProblem('service', message, message || null);
}

const WRONG_ROOT = /Cannot query field "verifyLabel" on type "(Mutation|Query)"|not configured (to execute|for) mutation/i;

/** Calls verifyLabel; resolves to the LabelVerification or rejects with a VerifyProblem. */
export async function verifyLabel(code, where, fetchImpl = fetch) {
  for (let i = 0; i < OPERATIONS.length; i++) {
    let response;
    try {
      response = await fetchImpl('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ operationName: 'VerifyLabel', query: OPERATIONS[i], variables: { code, where } }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new VerifyProblem('network', 'fetch failed');
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON: a proxy's error page, say. Judged by the status below.
    }
    const errors = Array.isArray(body?.errors) ? body.errors : [];
    const answer = body?.data?.verifyLabel;
    if (answer) return answer;
    if (errors.length > 0 && i + 1 < OPERATIONS.length && errors.every((e) => WRONG_ROOT.test(e.message ?? ''))) continue;
    if (errors.length > 0) throw problemFromErrors(errors, response.status, response.headers.get('retry-after'));
    if (response.status === 429) throw problemFromErrors([], 429, response.headers.get('retry-after'));
    throw new VerifyProblem('service', `HTTP ${response.status}`, `(HTTP ${response.status})`);
  }
  throw new VerifyProblem('service', 'no answer');
}

/** A rough place, only if the shopper already allowed location for this site: never a prompt. */
async function roughPlace() {
  try {
    if (!navigator.permissions || !navigator.geolocation) return null;
    const permission = await navigator.permissions.query({ name: 'geolocation' });
    if (permission.state !== 'granted') return null;
    const position = await new Promise((resolve, reject) =>
      navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: false, timeout: 3000, maximumAge: 600_000 }),
    );
    const round = (x) => Math.round(x * 10) / 10;
    return { latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) };
  } catch {
    return null;
  }
}

// ---- the page ---------------------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'lang') node.lang = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function showCard(tone, icon, zh, en, adviceZh, adviceEn) {
  const card = document.getElementById('result');
  card.className = `card outcome-${tone}`;
  card.setAttribute('aria-busy', String(tone === 'loading'));
  card.dataset.outcome = tone;
  card.querySelector('.icon').textContent = icon;
  card.querySelector('.headline').textContent = zh;
  card.querySelector('.headline-en').textContent = en;
  card.querySelector('.advice').textContent = adviceZh ?? '';
  card.querySelector('.advice-en').textContent = adviceEn ?? '';
  card.querySelector('.actions')?.remove();
  card.hidden = false;
  document.title = `${zh} · ${en}`;
  return card;
}

function showFacts(rows) {
  const details = document.getElementById('details');
  const facts = document.getElementById('facts');
  facts.replaceChildren(
    ...rows.flatMap(([zh, en, valueZh, valueEn]) => [
      el('dt', {}, zh, el('span', { class: 'en', lang: 'en' }, en)),
      el('dd', {}, valueZh, valueEn ? el('span', { class: 'en', lang: 'en' }, valueEn) : null),
    ]),
  );
  details.hidden = rows.length === 0;
}

function showLookup(show) {
  document.getElementById('lookup').hidden = !show;
}

async function check(code) {
  showCard('loading', '…', '正在验证…', 'Checking the label…');
  showFacts([]);
  showLookup(false);
  try {
    const answer = await verifyLabel(code, await roughPlace());
    const view = describeOutcome(answer);
    showCard(view.tone, view.icon, view.zh, view.en, view.adviceZh, view.adviceEn);
    // A counterfeit code has nothing true to show; a revoked one still says what it claimed to be.
    showFacts(answer.outcome === 'UNKNOWN' ? [] : productFacts(answer));
    if (answer.outcome === 'UNKNOWN') showLookup(true);
  } catch (error) {
    const problem = error instanceof VerifyProblem ? error : new VerifyProblem('service', String(error));
    const view = describeProblem(problem);
    const card = showCard('error', '!', view.zh, view.en, view.adviceZh, view.adviceEn);
    card.dataset.problem = problem.kind;
    if (problem.kind !== 'bad-code') {
      const retry = el('button', { type: 'button', class: 'secondary' }, '重试 ', el('span', { lang: 'en' }, 'Try again'));
      retry.addEventListener('click', () => check(code));
      card.append(el('p', { class: 'actions' }, retry));
    }
    showLookup(problem.kind === 'bad-code');
  }
}

function start() {
  const form = document.getElementById('lookup-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = cleanTypedCode(new FormData(form).get('code') ?? '');
    if (!typed) return;
    // Keep the code in the address so a reload or a shared link checks the same code.
    history.replaceState(null, '', `${location.pathname.startsWith('/01/') ? '/verify/' : location.pathname}?code=${encodeURIComponent(typed)}`);
    check(typed);
  });
  const code = codeFromLocation(window.location);
  if (code) {
    check(code);
  } else {
    showCard('prompt', '?', '请扫描或输入标签码', 'Scan the QR code or enter the label code');
    showLookup(true);
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
