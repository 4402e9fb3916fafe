/**
 * What an OParl validator checks beyond the JSON Schema, for a site's OParl
 * files ({path, json} as src/open-data/oparl/ makes them, or as read back
 * from a built site): every id is https and is the URL of the file that holds
 * the object; every OParl URL an object or list names is a file of the site,
 * of the type the property promises; every list page is `{data, pagination,
 * links}` with working links; a standalone object and its copies in lists say
 * the same; no `null`, no empty string. Returns one line per problem.
 */
export interface CheckedFile {
  path: string;
  json: unknown;
}

export interface CheckOptions {
  /** The URL of a file below the site root ("oparl/v1/system.json"). */
  url: (path: string) => string;
  /** Whether a site path (e.g. "/roskilde/" or "/…/referat.pdf") is a page or file of the site. */
  sitePathExists: (sitePath: string) => boolean;
  /** The site's root URL ("https://referater.example.dk/referater/"). */
  root: string;
}

type Json = { [key: string]: unknown };
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const typeName = (json: Json): string => String(json.type).replace('https://schema.oparl.org/1.1/', '');

/** Property → what it points at: an object of that type, or (`list:`) a list of objects of that type. */
const references: Record<string, Record<string, string>> = {
  System: { body: 'list:Body' },
  Body: {
    system: 'System',
    organization: 'list:Organization',
    person: 'list:Person',
    meeting: 'list:Meeting',
    paper: 'list:Paper',
    agendaItem: 'list:AgendaItem',
    consultation: 'list:Consultation',
    file: 'list:File',
    membership: 'list:Membership',
    locationList: 'list:Location',
    legislativeTermList: 'list:LegislativeTerm',
  },
  Organization: { body: 'Body', meeting: 'list:Meeting' },
  Meeting: { organization: 'Organization', participant: 'Person' },
  AgendaItem: { meeting: 'Meeting' },
  Person: { body: 'Body' },
  File: { meeting: 'Meeting' },
  Location: { bodies: 'Body', meetings: 'Meeting' },
};

/** Properties that embed objects of a type. */
const embedded: Record<string, Record<string, string>> = {
  Meeting: { location: 'Location', resultsProtocol: 'File', agendaItem: 'AgendaItem' },
};

const isListPage = (json: Json): boolean => 'data' in json && 'pagination' in json && 'links' in json;

export function checkOparl(files: readonly CheckedFile[], options: CheckOptions): string[] {
  const problems: string[] = [];
  const byUrl = new Map(files.map((file) => [options.url(file.path), file]));
  const oparlRoot = options.url('oparl/');

  // No null, no "", anywhere.
  const walk = (value: unknown, where: string): void => {
    if (value === null) problems.push(`${where}: null`);
    else if (value === '') problems.push(`${where}: empty string`);
    else if (Array.isArray(value)) value.forEach((entry, index) => walk(entry, `${where}[${index}]`));
    else if (isObject(value)) for (const [key, entry] of Object.entries(value)) walk(entry, `${where}.${key}`);
  };

  /** The object at `url` must be a standalone file of `type`. */
  const expectObject = (url: unknown, type: string, where: string): void => {
    const target = typeof url === 'string' ? byUrl.get(url) : undefined;
    if (!target || !isObject(target.json) || isListPage(target.json)) problems.push(`${where}: ${String(url)} is no OParl object file`);
    else if (typeName(target.json) !== type) problems.push(`${where}: ${String(url)} is a ${typeName(target.json)}, expected a ${type}`);
  };
  const expectList = (url: unknown, type: string, where: string): void => {
    const target = typeof url === 'string' ? byUrl.get(url) : undefined;
    if (!target || !isObject(target.json) || !isListPage(target.json)) problems.push(`${where}: ${String(url)} is no OParl list file`);
    else for (const item of target.json.data as Json[]) if (typeName(item) !== type) problems.push(`${where}: ${String(url)} lists a ${typeName(item)}, expected ${type}`);
  };

  const checkObject = (object: Json, where: string): void => {
    const type = typeName(object);
    if (typeof object.id !== 'string' || !object.id.startsWith('https://')) problems.push(`${where}: id ${String(object.id)} is not https`);
    else if (!byUrl.has(object.id)) problems.push(`${where}: id ${object.id} is no file of the site`);
    for (const [key, target] of Object.entries(references[type] ?? {})) {
      if (!(key in object)) continue;
      const values = Array.isArray(object[key]) ? (object[key] as unknown[]) : [object[key]];
      for (const value of values) (target.startsWith('list:') ? expectList(value, target.slice(5), `${where}.${key}`) : expectObject(value, target, `${where}.${key}`));
    }
    for (const [key, target] of Object.entries(embedded[type] ?? {})) {
      if (!(key in object)) continue;
      const values = Array.isArray(object[key]) ? (object[key] as unknown[]) : [object[key]];
      values.forEach((value, index) => {
        if (!isObject(value) || typeName(value) !== target) problems.push(`${where}.${key}[${index}]: expected an embedded ${target}`);
        else checkObject(value, `${where}.${key}[${index}]`);
      });
    }
    // Links to the site's pages and documents.
    for (const key of ['web', 'accessUrl', 'website']) {
      const value = object[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || !value.startsWith(options.root)) problems.push(`${where}.${key}: ${String(value)} is not on the site`);
      else if (!options.sitePathExists(`/${value.slice(options.root.length)}`)) problems.push(`${where}.${key}: ${value} is no page or file of the site`);
    }
  };

  for (const file of files) {
    const where = file.path;
    walk(file.json, where);
    if (!isObject(file.json)) {
      problems.push(`${where}: not a JSON object`);
      continue;
    }
    const self = options.url(file.path);
    if (isListPage(file.json)) {
      const { data, pagination, links } = file.json as { data: unknown; pagination: Json; links: Json };
      if (!Array.isArray(data) || !isObject(pagination) || !isObject(links)) {
        problems.push(`${where}: data, pagination and links are not an array and two objects`);
        continue;
      }
      if (links.self !== self) problems.push(`${where}: links.self ${String(links.self)}, expected ${self}`);
      const last = pagination.currentPage === pagination.totalPages;
      if (!last && links.next === undefined) problems.push(`${where}: a page before the last without links.next`);
      for (const [name, url] of Object.entries(links)) if (typeof url !== 'string' || !byUrl.has(url) || !isListPage(byUrl.get(url)!.json as Json)) problems.push(`${where}: links.${name} ${String(url)} is no list page of the site`);
      data.forEach((item, index) => {
        if (!isObject(item)) return void problems.push(`${where}.data[${index}]: not an object`);
        checkObject(item, `${where}.data[${index}]`);
        const standalone = typeof item.id === 'string' ? byUrl.get(item.id) : undefined;
        if (standalone && JSON.stringify(standalone.json) !== JSON.stringify(item)) problems.push(`${where}.data[${index}]: differs from ${standalone.path}`);
      });
      continue;
    }
    if (file.json.id !== self) problems.push(`${where}: id ${String(file.json.id)}, expected the file's own URL ${self}`);
    checkObject(file.json, where);
  }
  // Every OParl URL anywhere (also in a property no table above names) is a file.
  const urlsIn = (value: unknown, where: string): void => {
    if (typeof value === 'string' && value.startsWith(oparlRoot) && !byUrl.has(value)) problems.push(`${where}: ${value} is no file of the site`);
    else if (Array.isArray(value)) value.forEach((entry, index) => urlsIn(entry, `${where}[${index}]`));
    else if (isObject(value)) for (const [key, entry] of Object.entries(value)) urlsIn(entry, `${where}.${key}`);
  };
  for (const file of files) urlsIn(file.json, file.path);
  return [...new Set(problems)];
}

/** Every OParl object in the files, standalone, listed and embedded, with where it is. */
export function oparlObjects(files: readonly CheckedFile[]): { where: string; type: string; object: Json }[] {
  const found: { where: string; type: string; object: Json }[] = [];
  const visit = (object: Json, where: string): void => {
    found.push({ where, type: typeName(object), object });
    for (const [key, value] of Object.entries(object)) {
      const values = Array.isArray(value) ? value : [value];
      values.forEach((entry, index) => isObject(entry) && typeof entry.type === 'string' && entry.type.startsWith('https://schema.oparl.org/') && visit(entry, `${where}.${key}[${index}]`));
    }
  };
  for (const file of files) {
    if (!isObject(file.json)) continue;
    if (isListPage(file.json)) (file.json.data as Json[]).forEach((item, index) => visit(item, `${file.path}.data[${index}]`));
    else visit(file.json, file.path);
  }
  return found;
}
