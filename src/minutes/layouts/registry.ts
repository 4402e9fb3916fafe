/**
 * The layouts Referat knows, and how one is chosen for a document: each
 * layout's recognition rules are tried on the document's lines, every rule
 * that matches adds its weight once, and the highest score wins. The generic
 * layout comes last and wins when no vendor layout scores at least
 * `minimumScore`, so an unknown layout is read by the common Danish forms.
 */
import type { Line } from '../lines.ts';
import type { Layout } from './layout.ts';
import { generic } from './generic.ts';
import { roskilde } from './roskilde.ts';
import { lejre } from './lejre.ts';
import { helsingoer } from './helsingoer.ts';
import { gladsaxe } from './gladsaxe.ts';
import { odense } from './odense.ts';

export const layouts: readonly Layout[] = [roskilde, lejre, helsingoer, gladsaxe, odense, generic];

/** Below this, a vendor layout's resemblance is taken as chance. */
const minimumScore = 3;

export interface LayoutChoice {
  layout: Layout;
  score: number;
  /** The rules that fired, with the line each first matched. */
  rules: Array<{ rule: string; line: number; weight: number }>;
  /** Every layout's score, for `--explain`. */
  scores: Array<{ name: string; score: number }>;
}

export function layoutByName(name: string): Layout | undefined {
  return layouts.find((layout) => layout.name === name);
}

export function chooseLayout(lines: readonly Line[]): LayoutChoice {
  let best: LayoutChoice = { layout: generic, score: 0, rules: [], scores: [] };
  const scores: LayoutChoice['scores'] = [];
  // Recognition rules match short lines (headings, labels): the rest is never tried.
  const short = lines.filter((line) => line.text.length < 300).map((line) => ({ line: line.line, text: line.text.trim() }));
  for (const layout of layouts) {
    const rules: LayoutChoice['rules'] = [];
    for (const rule of layout.recognise) {
      const hit = short.find((line) => rule.pattern.test(line.text));
      if (hit) rules.push({ rule: rule.rule, line: hit.line, weight: rule.weight });
    }
    const score = rules.reduce((sum, r) => sum + r.weight, 0);
    scores.push({ name: layout.name, score });
    if (layout !== generic && score >= minimumScore && score > best.score) best = { layout, score, rules, scores };
  }
  return { ...best, scores };
}
