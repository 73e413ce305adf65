/** 表四 from linear text: the header labels, then one run of 15 cells split with the group identities. */
import { splitRow } from '../digit-split';
import { T4_GROUP_ALIASES, T4_OUTCOME_ALIASES } from '../labels';
import { T4_GROUPS, T4_OUTCOMES } from '../model';
import { tokenizeValues } from '../values';
import { emitRow, recordCandidates, rowPaths, type CellSink } from './cells';
import type { Locator } from './locate';

const HEADER_WINDOW = 400;

export interface T4Result {
  found: boolean;
  t4: Record<string, Record<string, number | null>>;
}

const groupsOk = (v: number[]) => [0, 5, 10].every((g) => v[g] + v[g + 1] + v[g + 2] + v[g + 3] === v[g + 4]);

export function extractT4(loc: Locator, from: number, to: number, sink: CellSink): T4Result {
  const after = loc.find(T4_GROUP_ALIASES.lit_after_review, from, to);
  const direct = loc.find(T4_GROUP_ALIASES.lit_direct, from, to);
  const start = after ?? direct;
  if (!start) return { found: false, t4: {} };
  // header end: after the last outcome label that follows the group labels
  let cursor = Math.max(start.cEnd, direct ? direct.cEnd : 0);
  const limit = Math.min(to, cursor + HEADER_WINDOW);
  const outcomeAliases = T4_OUTCOMES.flatMap((o) => T4_OUTCOME_ALIASES[o]);
  for (;;) {
    const hit = loc.find(outcomeAliases, cursor, limit);
    if (!hit || hit.cStart - cursor > 12) break;
    cursor = hit.cEnd;
  }
  const textFrom = loc.toText(cursor);
  const textTo = loc.toText(Math.min(to, cursor + 200));
  const tokens = tokenizeValues(loc.text, textFrom, textTo);
  const split = splitRow(tokens, 15, groupsOk, { blockSum: 5 });
  recordCandidates(sink, T4_GROUPS.flatMap((g) => rowPaths('t4', g, T4_OUTCOMES)), split.cells, split, tokens, 15);
  const t4: T4Result['t4'] = {};
  T4_GROUPS.forEach((g, gi) => {
    const row: Record<string, number | null> = {};
    const cells = split.cells.slice(gi * 5, gi * 5 + 5);
    emitRow(sink, row, [...T4_OUTCOMES], cells, rowPaths('t4', g, T4_OUTCOMES), `表四 ${g}`, split, tokens);
    t4[g] = row;
  });
  return { found: true, t4 };
}
