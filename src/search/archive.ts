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

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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

  constructor(module: PagefindModule, base: string, periods: readonly Period[]) {
    this.#module = module;
    this.#base = base;
    this.periods = periods;
    fetchWasmOnce();
  }

  /** Loads `<base>pagefind/periods.json` and Pagefind's script; the bundles themselves load when first searched. */
  static async open(base: string): Promise<Archive> {
    const [response, module] = await Promise.all([
      fetch(`${base}pagefind/periods.json`, { cache: 'no-cache' }),
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
    ]);
    if (!response.ok) throw new Error(`${response.status} fetching periods.json`);
    return new Archive(module, base, ((await response.json()) as PeriodsFile).periods);
  }

  /** Pages per filter value over the whole archive. */
  filterCounts(): FilterCounts {
    const total: FilterCounts = {};
    for (const period of this.periods) {
      for (const [name, values] of Object.entries(period.filters)) {
        const counts = (total[name] ??= {});
        for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
      }
    }
    return total;
  }

  instance(period: Period): Promise<PagefindInstance> {
    let instance = this.#instances.get(period.id);
    if (!instance) {
      // On the main thread: one worker per bundle would load the WebAssembly once per bundle.
      const created = this.#module.createInstance({ basePath: `${this.#base}pagefind/${period.id}/`, noWorker: true });
      instance = created.init().then(async () => {
        await created.options({ baseUrl: this.#base });
        return created;
      });
      instance.catch(() => this.#instances.delete(period.id));
      this.#instances.set(period.id, instance);
    }
    return instance;
  }

  walk(query: WalkQuery): Walk {
    const ordered = query.order === 'newest' ? [...this.periods] : [...this.periods].reverse();
    const chosen = Object.entries(query.filters);
    return new Walk(this, query, ordered.filter((period) => chosen.every(([name, value]) => (period.filters[name]?.[value] ?? 0) > 0)));
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
      const period = this.#ahead[0]!;
      const instance = await this.#archive.instance(period);
      const search = await instance.search(this.#query.term, { filters: this.#query.filters, sort: this.#query.sort });
      this.#ahead.shift();
      this.searched.push(period);
      const results = search?.results ?? [];
      this.#pending.push(...results);
      this.found += results.length;
    }
    return this.#pending.splice(0, count);
  }
}
