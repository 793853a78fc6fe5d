/**
 * The mechanical rules of each locale's style guide (docs/style/*.md), checked on every built page
 * and every prose file by src/lib/language-lint.ts. Verbatim material (<samp>, <code>, <pre>,
 * <cite>, anything in English) is set aside before they run.
 */
import type { Locale } from './locales.ts';

export interface StyleRule {
  /** A short name for messages, e.g. "half-width punctuation". */
  name: string;
  /** What the rule forbids, with the global flag; each match is one problem. */
  pattern: RegExp;
  /** What to write instead. */
  advice: string;
}

/** Japanese script: kana, CJK ideographs and the full-width forms. */
const JA = '\\u3040-\\u30ff\\u3400-\\u9fff\\uff00-\\uffef';

/** A whole word, with accented letters counted as letters (a plain \\b treats "í" as a boundary). */
const words = (alternatives: string, flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, flags);

export const STYLE_RULES: Readonly<Record<Locale, readonly StyleRule[]>> = {
  en: [],
  es: [
    {
      name: 'English word',
      pattern: words('and|or|the|of|with'),
      advice: 'write it in Spanish (y, o, el/la, de, con); English stays inside <samp>, <code> or <cite>',
    },
    {
      name: 'glossary: English noun',
      pattern: words('submission|delist\\p{L}*|deslist\\p{L}*|bounces?'),
      advice: 'envío de clientes / solicitar la baja de la lista / rebote (docs/style/es.md)',
    },
    {
      name: 'glossary: subject digit',
      pattern: words('d[ií]gito de asunto|asunto (?:\\d|de seguridad|de direccionamiento|del buzón|de red|de contenido|del sistema)'),
      advice: '«tema» for the subject digit; «asunto» is the Subject header (docs/style/es.md)',
    },
    {
      name: 'glossary: resend',
      pattern: words('reenv[ií]\\p{L}*(?: sin cambios| más tarde| de nuevo| otra vez)'),
      advice: '«volver a enviar» for resend; «reenviar» means forward (docs/style/es.md)',
    },
    {
      name: 'glossary: failure',
      pattern: words('fallos? (?:permanentes?|transitorios?|temporales?)'),
      advice: '«error permanente» / «error temporal» (docs/style/es.md)',
    },
  ],
  ja: [
    {
      name: 'half-width punctuation',
      pattern: new RegExp(`[${JA}][:(),.;!?]|[:(),.;!?][${JA}]`, 'gu'),
      advice: 'full-width ：（），。；！？ next to Japanese text (docs/style/ja.md)',
    },
    {
      name: 'glossary: あなた',
      pattern: /あなた/g,
      advice: 'お使いの…, 送信側, or no subject at all (docs/style/ja.md)',
    },
    {
      name: 'glossary: subject digit',
      pattern: /サブジェクト/g,
      advice: '分野 (docs/style/ja.md)',
    },
    {
      name: 'glossary: failure',
      pattern: /永続的な(?:エラー|失敗)|恒久エラー|一時エラー|一過性の(?:エラー|失敗)|リトライ/g,
      advice: '恒久的なエラー / 一時的なエラー / 再試行 (docs/style/ja.md)',
    },
    {
      name: 'glossary: whose reply',
      pattern: /送信元[：:]/g,
      advice: '送信元 means the message\'s sender; say whose reply it is: 〇〇 の応答 (docs/style/ja.md)',
    },
    {
      name: 'particle',
      pattern: /終了時で/g,
      advice: '終了時に (docs/style/ja.md)',
    },
  ],
};
