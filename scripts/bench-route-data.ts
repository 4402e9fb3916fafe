/**
 * Route data for large archives (a benchmark, not a test): time to build the
 * site index (buildSiteIndex) from N meetings and to route all their items
 * (itemRoute, once per item page). Time per meeting should stay flat as N
 * grows; if it grows with N, some step has become quadratic. 5 000 meetings
 * of 15 items is the 75 000-item archive the site is built for.
 *
 *   node scripts/bench-route-data.ts [--sizes 1000,5000,20000] [--items 15]
 */
import { parseArgs } from 'node:util';
import type { ItemFrontmatter, MeetingFrontmatter } from '../src/model/schema.ts';
import { meetingId } from '../src/model/paths.ts';
import { buildSiteIndex, itemRoute, type ItemRecord, type MeetingRecord } from '../src/utils/route-data.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,5000,20000' }, items: { type: 'string', default: '15' } } });
const sizes = values.sizes!.split(',').map(Number);
const itemsPerMeeting = Number(values.items);

/** N meetings, one a day from 2000, over 3 municipalities × 25 committees. */
function archive(size: number): { meetings: MeetingRecord[]; items: ItemRecord[] } {
  const meetings: MeetingRecord[] = [];
  const items: ItemRecord[] = [];
  for (let i = 0; i < size; i++) {
    const data: MeetingFrontmatter = {
      municipality: `Kommune ${i % 3}`,
      committee: `Udvalg ${i % 25}`,
      term: null,
      date: new Date(Date.UTC(2000, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10),
      startTime: null,
      location: null,
      participants: [],
      source: { path: `${i}.txt`, sha256: '0'.repeat(64), format: 'text', bytes: 0 },
      agenda: Array.from({ length: itemsPerMeeting }, (_, n) => ({ number: n + 1, title: `Punkt ${n + 1}`, kind: null, closed: false, decision: null })),
    };
    const id = meetingId(data);
    meetings.push({ id, data });
    for (const entry of data.agenda) {
      const { municipality, committee, term, date } = data;
      const item: ItemFrontmatter = {
        municipality, committee, term, date, number: entry.number, title: entry.title, kind: null,
        caseNumbers: [], closed: false, decision: null, decisions: [], attachments: [], sections: [],
      };
      items.push({ id: `${id}/${String(entry.number).padStart(2, '0')}-x`, data: item });
    }
  }
  // Content collections come in no particular order.
  return { meetings: meetings.reverse(), items };
}

function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

console.log(`Node ${process.version}, ${itemsPerMeeting} items a meeting; best of 3 runs`);
console.log('meetings    items   index ms  µs/meeting   items ms  µs/item');
for (const size of sizes) {
  const { meetings, items } = archive(size);
  buildSiteIndex(meetings); // warm up the JIT
  const indexMs = best(3, () => buildSiteIndex(meetings));
  const index = buildSiteIndex(meetings);
  const itemsMs = best(3, () => {
    for (const item of items) itemRoute(index, item);
  });
  console.log(
    `${String(size).padStart(8)} ${String(items.length).padStart(8)} ${indexMs.toFixed(0).padStart(10)} ${((indexMs * 1000) / size).toFixed(1).padStart(11)}` +
      ` ${itemsMs.toFixed(0).padStart(10)} ${((itemsMs * 1000) / items.length).toFixed(2).padStart(8)}`,
  );
}
