/**
 * Worker for the HTML validity sweep: validates the pages it is given with html-validate's
 * recommended rules and posts back one line per problem. Spread over worker threads because
 * validating all 6,500 pages on one core takes minutes.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { HtmlValidate } from 'html-validate';
import { fileOf } from './built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles name the code and its meaning, and a comparison names both codes' meanings, so that a
    // tab or a search result tells them apart; search engines shorten long titles themselves.
    'long-title': 'off',
  },
});

const problems: string[] = [];
for (const path of workerData as string[]) {
  const report = await validator.validateString(readFileSync(fileOf(path), 'utf8'), path);
  for (const result of report.results)
    for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}
parentPort!.postMessage(problems);
