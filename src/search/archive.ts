/**
 * Searching an archive split into periods (periods.ts), in the browser.
 *
 * A search walks the periods in date order — newest first, or oldest first
 * when the reader sorts so — and stops as soon as it has the results it must
 * show; "show more" walks on. So the first search loads one period's
 * Pagefind bundle, not the whole archive's. Within a period, results come in
 * Pagefind's order (relevance, or date when sorted). Periods that hold no
 * page with a chosen filter value are skipped without loading them.
 */
import type { FilterCounts, PeriodsFile } from './periods.ts';

export type Period = PeriodsFile['periods'][number];

/** One part of a page that matched: the page's top (no anchor) or a titled section (record-html.ts). */
export interface PagefindSubResult {
  title: string;
  url: string;
  /** Escaped text with `<mark>` around the matches, within this part only. */
  excerpt: string;
  /** Word positions of the matches. */
  locations: number[];
  anchor?: { id: string; location: number };
}
export interface PagefindResultData {
  url: string;
  /** Escaped text with `<mark>` around the matches; the page's start when only its metadata matched. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The parts with matches, in page order; none when only the metadata matched. */
  sub_results: PagefindSubResult[];
  /** Every part of the page, matched or not. */
  anchors: { id: string; title?: string; location: number }[];
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export type WalkOrder = 'newest' | 'oldest';

/** Periods searched at once once the first has answered. */
const parallelPeriods = 4;

export interface WalkQuery {
  /** Null searches by filters alone. */
  term: string | null;
  filters: Record<string, string>;
  order: WalkOrder;
  /** Pagefind's sort within a period, e.g. `{ date: 'desc' }`. */
  sort?: Record<string, string> | undefined;
}

/** Every bundle carries the same WebAssembly file; Pagefind fetches each bundle's copy, so the first one is kept and reused. */
function fetchWasmOnce(): void {
  const kept = new Map<string, Promise<ArrayBuffer>>();
  const fetchFromNetwork = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = /\/(wasm\.[\w-]+\.pagefind)$/.exec(url)?.[1];
    if (!name) return fetchFromNetwork(input, init);
    let bytes = kept.get(name);
    if (!bytes) {
      bytes = fetchFromNetwork(input, init).then((response) => {
        if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
        return response.arrayBuffer();
      });
      kept.set(name, bytes);
      bytes.catch(() => kept.delete(name));
    }
    return bytes.then((body) => new Response(body.slice(0)));
  };
}

export class Archive {
  readonly #module: PagefindModule;
  readonly #base: string;
  readonly #instances = new Map<string, Promise<PagefindInstance>>();
  /** Newest first. */
  readonly periods: readonly Period[];
  readonly #values: PeriodsFile['values'];

  constructor(module: PagefindModule, base: string, contents: PeriodsFile) {
    this.#module = module;
    this.#base = base;
    this.periods = contents.periods;
    this.#values = contents.values;
    fetchWasmOnce();
  }

  /** Loads `<base>pagefind/periods.json` and Pagefind's script; the bundles themselves load when first searched. */
  static async open(base: string): Promise<Archive> {
    const [response, module] = await Promise.all([
      fetch(`${base}pagefind/periods.json`, { cache: 'no-cache' }),
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
    ]);
    if (!response.ok) throw new Error(`${response.status} fetching periods.json`);
    return new Archive(module, base, (await response.json()) as PeriodsFile);
  }

  /** Pages per filter value over the whole archive. */
  filterCounts(): FilterCounts {
    return Object.fromEntries(Object.entries(this.#values).map(([name, values]) => [name, Object.fromEntries(values)]));
  }

  /** Whether `period` has pages with every chosen filter value. */
  holds(period: Period, filters: Record<string, string>): boolean {
    return Object.entries(filters).every(([name, value]) => {
      const index = this.#values[name]?.findIndex(([known]) => known === value) ?? -1;
      return index >= 0 && (period.filters[name] ?? []).includes(index);
    });
  }

  instance(period: Period): Promise<PagefindInstance> {
    let instance = this.#instances.get(period.id);
    if (!instance) {
      // On the main thread: one worker per bundle would load the WebAssembly once per bundle.
      const created = this.#module.createInstance({ basePath: `${this.#base}pagefind/${period.id}/`, noWorker: true });
      instance = created.init().then(async () => {
        await created.options({ baseUrl: this.#base, excerptEllipsis: '…' });
        return created;
      });
      instance.catch(() => this.#instances.delete(period.id));
      this.#instances.set(period.id, instance);
    }
    return instance;
  }

  walk(query: WalkQuery): Walk {
    const ordered = query.order === 'newest' ? [...this.periods] : [...this.periods].reverse();
    return new Walk(this, query, ordered.filter((period) => this.holds(period, query.filters)));
  }
}

export class Walk {
  readonly #archive: Archive;
  readonly #query: WalkQuery;
  readonly #ahead: Period[];
  #pending: PagefindResult[] = [];
  /** Results in the periods searched so far. */
  found = 0;
  /** Periods searched so far, in walk order. */
  readonly searched: Period[] = [];

  constructor(archive: Archive, query: WalkQuery, periods: Period[]) {
    this.#archive = archive;
    this.#query = query;
    this.#ahead = periods;
  }

  get order(): WalkOrder {
    return this.#query.order;
  }

  /** Every period has been searched: `found` is the total. */
  get complete(): boolean {
    return this.#ahead.length === 0;
  }

  /** Results left to show, or periods left to search. */
  get hasMore(): boolean {
    return this.#pending.length > 0 || this.#ahead.length > 0;
  }

  #queue: Promise<unknown> = Promise.resolve();

  /** The next `count` results, searching further periods while fewer are at hand. Calls run one after another. */
  next(count: number): Promise<PagefindResult[]> {
    const taken = this.#queue.then(() => this.#take(count));
    this.#queue = taken.catch(() => {});
    return taken;
  }

  async #take(count: number): Promise<PagefindResult[]> {
    while (this.#pending.length < count && this.#ahead.length > 0) {
      // The first search loads one period; after that, a few at a time, so a rare word does not wait on one period after another.
      const batch = this.#ahead.slice(0, this.searched.length === 0 ? 1 : parallelPeriods);
      const searches = await Promise.all(
        batch.map(async (period) => {
          const instance = await this.#archive.instance(period);
          return (await instance.search(this.#query.term, { filters: this.#query.filters, sort: this.#query.sort }))?.results ?? [];
        }),
      );
      this.#ahead.splice(0, batch.length);
      this.searched.push(...batch);
      for (const results of searches) {
        this.#pending.push(...results);
        this.found += results.length;
      }
    }
    return this.#pending.splice(0, count);
  }
}
