/**
 * The search page's client: the only JavaScript on the site.
 *
 * Opens the search index written after the Astro build (`<base>pagefind/`,
 * one Pagefind bundle per period: archive.ts), fills the filter selects from
 * its table of contents, searches as the user types (debounced), keeps the
 * query and filters in the URL, and announces the result count in the
 * `role="status"` region — saying so when older (or newer) periods are still
 * to be searched.
 */
import { Archive, type PagefindResult, type Period, type Walk, type WalkOrder } from './archive.ts';
import { filterParams, sortParam, sortValues, type ClientStrings } from './client-strings.ts';
import { resultView, type Marked, type ResultLabels } from './result-view.ts';

type FilterName = keyof typeof filterParams;

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;
const SCROLL_SAVE_MS = 200;

/**
 * Kept in the history entry, so Back to the search page (not restored whole
 * from the back/forward cache) shows as many results as were shown, at the
 * same scroll position, not the first ten at the top.
 */
interface SavedState {
  shown: number;
  scrollY: number;
}

function savedState(state: unknown): SavedState | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { shown, scrollY } = state as Partial<SavedState>;
  return typeof shown === 'number' && shown > 0 && typeof scrollY === 'number' ? { shown, scrollY } : undefined;
}
const collator = new Intl.Collator('da', { numeric: true });

const monthFormat = new Intl.DateTimeFormat('da', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03" → "marts 2026"; a whole year ("2026-01"…"2026-12") → "2026". */
function monthLabel(month: string, wholeYear: boolean): string {
  if (wholeYear) return month.slice(0, 4);
  return monthFormat.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
}

function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function start(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-app]');
  if (!form) return;
  const base = form.dataset.base ?? '/';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as ClientStrings;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterPanel = form.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const selects = new Map<FilterName, HTMLSelectElement>();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    selects.set(select.dataset.filter as FilterName, select);
  }
  const sortSelect = form.querySelector<HTMLSelectElement>('select[data-sort]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const section = document.querySelector<HTMLElement>('[data-results-section]')!;
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-more]')!;

  // Restore state from the URL (also what a no-JS submit of the front page's form produces).
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = new Map<FilterName, string>();
  for (const [name, param] of Object.entries(filterParams) as [FilterName, string][]) {
    const value = params.get(param);
    if (value) wanted.set(name, value);
  }
  sortSelect.value = params.get(sortParam) ?? '';

  // Shown at once, not when the index has answered, so the status and results below do not move down then.
  // Open on wide screens, or when the URL already narrows the search.
  filterPanel.open = matchMedia('(min-width: 48rem)').matches || wanted.size > 0 || sortSelect.value !== '';
  filterPanel.hidden = false;

  const restore = savedState(history.state);
  // Results arrive after the page has loaded, so the browser's own restoring would scroll an empty list.
  history.scrollRestoration = 'manual';

  let archive: Archive | undefined;
  let walk: Walk | undefined;
  let shown = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (text: string): void => {
    if (status.textContent !== text) status.textContent = text;
  };

  function currentFilters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    return filters;
  }

  function currentSort(): { order: WalkOrder; sort: Record<string, string> | undefined } {
    if (sortSelect.value === sortValues.newest) return { order: 'newest', sort: { date: 'desc' } };
    if (sortSelect.value === sortValues.oldest) return { order: 'oldest', sort: { date: 'asc' } };
    return { order: 'newest', sort: undefined };
  }

  function updateUrl(query: string): void {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, select] of selects) if (select.value) next.set(filterParams[name], select.value);
    if (sortSelect.value) next.set(sortParam, sortSelect.value);
    const search = next.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  function populateFilters(available: Record<string, Record<string, number>>): void {
    for (const [name, select] of selects) {
      const counts = available[name] ?? {};
      const values = Object.keys(counts).sort((a, b) => (name === 'year' ? collator.compare(b, a) : collator.compare(a, b)));
      for (const value of values) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = `${value} (${counts[value]})`;
        select.append(option);
      }
      const value = wanted.get(name);
      if (value && values.includes(value)) select.value = value;
      select.closest('.field')?.toggleAttribute('hidden', values.length === 0);
    }
  }

  const labels: ResultLabels = {
    decisionSection: strings['mdx.decision'],
    decision: strings['meeting.decision'],
    noDecision: strings['meeting.noDecision'],
    itemNumber: strings['search.itemNumber'],
  };

  function paragraph(className: string, label: string | undefined, body: Marked): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = className;
    if (label) {
      const strong = document.createElement('strong');
      strong.className = 'result__label';
      strong.textContent = label;
      p.append(strong, ' ');
    }
    const span = document.createElement('span');
    // Pagefind escapes the page text and only adds <mark> around matches.
    if ('html' in body) span.innerHTML = body.html;
    else span.textContent = body.text;
    p.append(span);
    return p;
  }

  async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
    const view = resultView(await result.data(), labels);
    const li = document.createElement('li');
    li.className = 'result';
    const heading = document.createElement('h3');
    heading.className = 'result__title';
    const link = document.createElement('a');
    link.href = view.url;
    link.textContent = view.title;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result__meta';
    meta.textContent = view.meta.join(' · ');
    if (view.closed) {
      const tag = document.createElement('span');
      tag.className = 'tag tag--closed';
      tag.textContent = view.closed;
      meta.append(' ', tag);
    }
    li.append(heading, meta);
    if (view.decision) {
      li.append('none' in view.decision
        ? paragraph('result__decision result__decision--none', undefined, { text: view.decision.none })
        : paragraph('result__decision', view.decision.label, view.decision.body));
    }
    if (view.excerpt) li.append(paragraph('result__excerpt', view.excerpt.label && `${view.excerpt.label}:`, { html: view.excerpt.html }));
    return li;
  }

  /** The status line: the count, and while periods are left, how far back (or forward) the search has come. */
  function announce(current: Walk, query: string): void {
    const count = current.found;
    const key = query
      ? count === 0 ? 'search.status.none' : count === 1 ? 'search.status.one' : 'search.status.many'
      : count === 0 ? 'search.status.noneFiltered' : count === 1 ? 'search.status.filteredOne' : 'search.status.filteredMany';
    let text = format(strings[key], { count, query });
    const reached: Period | undefined = current.searched.at(-1);
    if (!current.complete && reached) {
      const wholeYear = reached.first.endsWith('-01') && reached.last.endsWith('-12');
      text += current.order === 'newest'
        ? ` ${format(strings['search.status.since'], { period: monthLabel(reached.first, wholeYear) })}`
        : ` ${format(strings['search.status.until'], { period: monthLabel(reached.last, wholeYear) })}`;
    }
    setStatus(text);
  }

  function saveState(): void {
    history.replaceState({ shown, scrollY: Math.round(window.scrollY) } satisfies SavedState, '', location.href);
  }

  async function showMore(ticket: number, focusFirst: boolean, count = PAGE_SIZE): Promise<void> {
    const current = walk;
    if (!current) return;
    more.disabled = true;
    const batch = await current.next(count);
    const items = await Promise.all(batch.map(renderResult));
    if (ticket !== generation) return;
    more.disabled = false;
    list.append(...items);
    shown += batch.length;
    more.hidden = !current.hasMore;
    section.hidden = shown === 0;
    announce(current, input.value.trim());
    saveState();
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** Searches anew; `restored` (the first search only) shows as many results as that history entry did, and scrolls back. */
  async function run(restored?: SavedState): Promise<void> {
    const ticket = ++generation;
    clearTimeout(timer);
    const query = input.value.trim();
    const filters = currentFilters();
    const filtered = Object.keys(filters).length > 0;
    updateUrl(query);
    if (!archive) return;
    if (!query && !filtered) {
      walk = undefined;
      list.replaceChildren();
      section.hidden = true;
      more.hidden = true;
      setStatus(strings['search.status.idle']);
      return;
    }
    walk = archive.walk({ term: query || null, filters, ...currentSort() });
    shown = 0;
    list.replaceChildren();
    await showMore(ticket, false, Math.max(PAGE_SIZE, restored?.shown ?? 0));
    if (restored && ticket === generation) window.scrollTo(0, restored.scrollY);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  more.addEventListener('click', () => void showMore(generation, true));
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(saveState, SCROLL_SAVE_MS);
  }, { passive: true });
  // Following a result: its position now, not up to 200 ms ago.
  list.addEventListener('click', () => {
    clearTimeout(scrollTimer);
    saveState();
  });

  setStatus(strings['search.status.loading']);
  (async () => {
    try {
      const opened = await Archive.open(base);
      populateFilters(opened.filterCounts());
      archive = opened;
      await run(restore);
    } catch {
      setStatus(strings['search.status.error']);
    }
  })();
}
