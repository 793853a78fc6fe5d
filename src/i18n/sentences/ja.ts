/**
 * 日本語の文（docs/style/ja.md）。約物は全角、引用は「」。コードやコマンド（半角英数字）と和文の
 * 間には半角スペースを置く（「550 は」）。そのスペースは `spaced` が部品の境目にだけ入れるので、
 * 和文どうしの間に余計な空白が入ることはない。
 */
import type { ClassDigit, Outcome, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import type { BounceType, Category, Provider, SenderAction, Stage } from '../../data/schema.ts';
import { c, english, list, samp, type Part, type Sentence, type Sentences } from './types.ts';

const LOCALE = 'ja';

/** Kana and kanji; punctuation such as 、。「」（）： is not a letter and takes no space. */
const JAPANESE_LETTER = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff]/;
/** Latin letters and digits, which codes, commands and product names are written in. */
const LATIN = /[A-Za-z0-9]/;
/** The last and first characters of a part; a code or verbatim English counts as Latin. */
const lastChar = (part: Part) => (typeof part === 'string' ? part.at(-1) ?? '' : 'A');
const firstChar = (part: Part) => (typeof part === 'string' ? part.at(0) ?? '' : 'A');

/** Puts a space where a part in Latin script meets a Japanese word: 「550 は」「Outlook.com 独自」. */
function spaced(parts: readonly Part[]): Sentence {
  const out: Part[] = [];
  for (const part of parts) {
    const previous = out.at(-1);
    if (previous !== undefined) {
      const [before, after] = [lastChar(previous), firstChar(part)];
      if ((LATIN.test(before) && JAPANESE_LETTER.test(after)) || (JAPANESE_LETTER.test(before) && LATIN.test(after))) out.push(' ');
    }
    out.push(part);
  }
  return out;
}

const PROVIDERS: Record<Provider, string> = {
  google: 'Gmail と Google Workspace',
  microsoft: 'Microsoft 365 と Outlook.com',
  yahoo: 'Yahoo メール',
};
const OUTCOME_LABEL: Record<Outcome, string> = {
  success: '成功',
  intermediate: '続きの入力待ち',
  transient: '一時的なエラー',
  permanent: '恒久的なエラー',
};
/** 「〜を表します」の目的語。 */
const OUTCOME_NOUN: Record<Outcome, string> = {
  success: '成功',
  intermediate: 'サーバーが続きの入力を待っていること',
  transient: '一時的なエラー',
  permanent: '恒久的なエラー',
};
const ACTION_LABEL: Record<SenderAction, string> = {
  nothing: '対応は不要です',
  'retry-later': '時間をおいて再試行してください',
  'fix-and-resend': '原因を直してから送り直してください',
  'do-not-retry': '再試行しないでください',
};
const BOUNCE_LABEL: Record<BounceType, string> = { none: 'バウンスではありません', soft: 'ソフトバウンスです', hard: 'ハードバウンスです' };
/** 「〇〇 の後、」に続く文。 */
const AFTER_ACTION: Record<SenderAction, string> = {
  nothing: 'セッションはそのまま続き、直すものはありません',
  'retry-later': '送信側サーバーはメッセージを保持し、時間をおいて再試行します',
  'fix-and-resend': '原因を直さない限り、送り直しても成功しません',
  'do-not-retry': '送信側サーバーは配送をあきらめ、メッセージを送信者に返します',
};
const CATEGORY: Record<Category, string> = {
  information: '情報',
  connection: '接続',
  transaction: 'メールトランザクション',
  'remote-queue': 'リモートキュー',
  protocol: 'プロトコル',
  addressing: 'アドレス',
  mailbox: 'メールボックス',
  capacity: '容量',
  'server-error': 'サーバーエラー',
  'security-policy': 'セキュリティとポリシー',
  authentication: '認証',
};
/** 「〜で返されることがあります」の「で」の前に置ける名詞。 */
const STAGE: Record<Stage, Part | Part[]> = {
  greeting: '接続直後のグリーティング',
  ehlo: [c('EHLO'), '/', c('HELO')],
  starttls: c('STARTTLS'),
  auth: c('AUTH'),
  mail: c('MAIL FROM'),
  rcpt: c('RCPT TO'),
  data: c('DATA'),
  'end-of-data': 'データ送信の終了時点',
  'vrfy-expn': [c('VRFY'), '/', c('EXPN')],
  help: c('HELP'),
  etrn: c('ETRN'),
  atrn: c('ATRN'),
  any: '任意のコマンド',
  quit: c('QUIT'),
};
/** 場面は選択肢として並べる（「A、B、または C」）。 */
const stages = (list_: readonly Stage[]) => list(LOCALE, list_.map((s) => STAGE[s]), 'disjunction');
/** 二つのコードは「A と B」、三つ以上は読点で。 */
const codesAnd = (codes: readonly string[]): Part[] => (codes.length === 2 ? [c(codes[0]!), 'と', c(codes[1]!)] : list(LOCALE, codes.map(c), 'conjunction'));

const BASIC_CLASS: Record<ClassDigit, string> = {
  '2': 'コマンドが成功したこと',
  '3': 'サーバーがここまでのコマンドを受け付け、続きを待っていること',
  '4': '一時的なエラー（同じコマンドが後で成功する可能性があること）',
  '5': '恒久的なエラー（同じコマンドを繰り返しても再び失敗すること）',
};
const BASIC_SUBJECT: Record<ReplySubject, string> = {
  syntax: '構文に関する応答であること',
  information: '情報の要求に答える応答であること',
  connections: '接続に関する応答であること',
  unspecified: 'RFC 5321 がこの桁の意味を定めていないこと',
  'mail-system': 'メールシステムに関する応答であること',
};
const ENHANCED_CLASS: Record<EnhancedClass, string> = {
  '2': '配送が成功したこと',
  '4': '一時的なエラー（後で送り直せば届く可能性があること）',
  '5': '恒久的なエラー（同じメッセージを送り直しても再び失敗すること）',
};
const ENHANCED_SUBJECT: Record<EnhancedSubject, string> = {
  '0': '特定の分類のない問題',
  '1': 'アドレスの問題',
  '2': 'メールボックスの問題',
  '3': '受信側メールシステムの問題',
  '4': 'ネットワークまたは経路の問題',
  '5': '配送プロトコルの問題',
  '6': 'メッセージの内容または形式の問題',
  '7': 'セキュリティまたはポリシーの問題',
};

const quote = (text: string): Part[] => [`「${text}」`];

export const ja: Sentences = {
  sentenceGap: '',
  quote,
  providerName: (provider) => PROVIDERS[provider],

  verdict: (outcome, action) => [`${OUTCOME_LABEL[outcome]}です。${ACTION_LABEL[action]}。`],
  codeCount: (count) => [`${count} 件`],
  replyFrom: (sender, versions) => spaced([english(sender), 'の応答', ...(versions ? ['（', english(versions), '）'] : [])]),
  notInRegistry: (providers) => spaced(['IANA の登録簿にはない、', ...list(LOCALE, providers.map((p) => PROVIDERS[p]), 'conjunction'), '独自のコード']),
  combination: (basic, basicTitle, code, title) =>
    spaced([c(basic), 'は', ...quote(basicTitle), 'を表し、', c(code), 'はその理由として', ...quote(title), 'を示します。']),
  confusedWithLead: (code) => spaced([c(code), 'と混同されやすいコードとの比較：']),
  diagramTitle: (codes) => spaced(['SMTP セッション：', ...codesAnd(codes), 'が返される場面']),
  diagramLegend: (code, list_) => spaced([c(code), '：', ...stages(list_)]),

  reasonVerdict: (bounce, action) => [`${BOUNCE_LABEL[bounce]}。${ACTION_LABEL[action]}。`],
  suppressAdvice: (suppress) =>
    suppress
      ? ['このアドレスへの送信はやめ、メーリングリストから外してください。']
      : ['このアドレスはメーリングリストに残してください。この原因でアドレスが無効になるわけではありません。'],

  comparePageTitle: (a, titleA, b, titleB) => spaced([c(a), 'と', c(b), 'の違い：', ...quote(titleA), 'と', ...quote(titleB)]),
  compareOutcome: (a, outcomeA, b, outcomeB) =>
    spaced(
      outcomeA === outcomeB
        ? [c(a), 'も', c(b), `も${OUTCOME_NOUN[outcomeA]}を表します。`]
        : [c(a), `は${OUTCOME_NOUN[outcomeA]}を、`, c(b), `は${OUTCOME_NOUN[outcomeB]}を表します。`],
    ),
  compareAction: (codes, action) =>
    spaced(codes.length === 2 ? [...codesAnd(codes), `のどちらの後も、${AFTER_ACTION[action]}。`] : [c(codes[0]!), `の後、${AFTER_ACTION[action]}。`]),
  compareBounce: (codes, bounce: BounceType) => {
    if (codes.length === 2) {
      return [{ none: 'どちらもバウンスではありません。', soft: 'どちらもソフトバウンスです。', hard: 'どちらもハードバウンスです。' }[bounce]];
    }
    return spaced([c(codes[0]!), { none: 'はバウンスではありません。', soft: 'はソフトバウンスです。', hard: 'はハードバウンスです。' }[bounce]]);
  },
  compareStagesShared: (list_) => spaced(['どちらも', ...stages(list_), 'で返されることがあります。']),
  compareStagesAlso: (code, list_) => spaced([c(code), 'は', ...stages(list_), 'でも返されることがあります。']),
  compareStagesApart: (a, stagesA, b, stagesB) =>
    spaced(['返される場面が異なります。', c(a), 'は', ...stages(stagesA), 'で、', c(b), 'は', ...stages(stagesB), 'で返されます。']),
  compareConnection: (codes, effect) =>
    spaced([...codesAnd(codes), effect === 'closes' ? 'ではサーバーが接続を閉じます。' : 'ではサーバーが接続を閉じることがあります。']),
  fixEach: (code, action) => [c(code), `：${ACTION_LABEL[action]}。`],
  adviceTransientOrPermanent: (transient, permanent) =>
    spaced([
      '同じコマンドが何も変えずに後で成功しうる場合は',
      c(transient),
      'を、成功しない場合は',
      c(permanent),
      'を返してください。クライアントは 1 桁目だけを見て動作します。',
    ]),
  adviceByCategory: (a, categoryA, b, categoryB) =>
    spaced([
      'どちらも同じ種類のエラーなので、何が問題かで選びます。',
      c(a),
      `は${CATEGORY[categoryA]}、`,
      c(b),
      `は${CATEGORY[categoryB]}に関するコードです。`,
    ]),
  adviceByDefinition: (a, definitionA, b, definitionB) =>
    spaced([
      'どちらも同じ種類の問題についての同じ種類のエラーなので、定義で選びます。',
      c(a),
      'の定義は',
      samp(definitionA),
      '、',
      c(b),
      'の定義は',
      samp(definitionB),
      'です。',
    ]),

  unknownCode: (code) => spaced(['コード', c(code), 'はこのリファレンスに載っていません。']),
  basicClassDigit: (digit, meaning) =>
    spaced(
      meaning
        ? ['1 桁目の', c(digit), `は、${BASIC_CLASS[meaning]}を表します。`]
        : ['1 桁目の', c(digit), 'は SMTP では使われません。応答は 2、3、4、5 のいずれかで始まります。'],
    ),
  basicSubjectDigit: (digit, meaning) =>
    spaced(
      meaning
        ? ['2 桁目の', c(digit), `は、${BASIC_SUBJECT[meaning]}を表します。`]
        : ['2 桁目の', c(digit), 'は SMTP では使われません。2 桁目は 0 から 5 までです。'],
    ),
  enhancedClassDigit: (digit, meaning) =>
    spaced(
      meaning
        ? ['クラスの', c(digit), `は、${ENHANCED_CLASS[meaning]}を表します。`]
        : ['クラスの', c(digit), 'は、2、4、5 のどれでもありません。'],
    ),
  enhancedSubjectDigit: (digit, meaning) =>
    spaced(
      meaning
        ? ['分野の', c(digit), `は、${ENHANCED_SUBJECT[meaning]}を示します。`]
        : ['分野の', c(digit), 'は、0 から 7 のどれでもありません。'],
    ),
};
