/** 日本語の文（docs/style/ja.md）。 */
import type { ClassDigit, ReplySubject } from '../../data/derive.ts';
import type { EnhancedClass, EnhancedSubject } from '../../data/enhanced.ts';
import { c, type Sentences } from './types.ts';

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

export const ja: Sentences = {
  sentenceGap: '',
  unknownCode: (code) => ['コード ', c(code), ' はこのリファレンスに載っていません。'],
  basicClassDigit: (digit, meaning) =>
    meaning
      ? ['1 桁目の ', c(digit), ' は、', BASIC_CLASS[meaning], 'を表します。']
      : ['1 桁目の ', c(digit), ' は SMTP では使われません。応答は 2、3、4、5 のいずれかで始まります。'],
  basicSubjectDigit: (digit, meaning) =>
    meaning
      ? ['2 桁目の ', c(digit), ' は、', BASIC_SUBJECT[meaning], 'を表します。']
      : ['2 桁目の ', c(digit), ' は SMTP では使われません。2 桁目は 0 から 5 までです。'],
  enhancedClassDigit: (digit, meaning) =>
    meaning
      ? ['クラスの ', c(digit), ' は、', ENHANCED_CLASS[meaning], 'を表します。']
      : ['クラスの ', c(digit), ' は、2、4、5 のどれでもありません。'],
  enhancedSubjectDigit: (digit, meaning) =>
    meaning
      ? ['分野の ', c(digit), ' は、', ENHANCED_SUBJECT[meaning], 'を示します。']
      : ['分野の ', c(digit), ' は、0 から 7 のどれでもありません。'],
};
