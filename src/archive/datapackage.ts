/**
 * `datapackage.json` and `datapackage-digest.json` of a WACZ 1.1.1 (a
 * Frictionless data package): what the collection is and, for every other
 * file of the ZIP, its path, size and SHA-256; the digest file fixes the
 * datapackage itself, and so the whole WACZ.
 */
import { sha256 } from './hash.ts';

export const waczVersion = '1.1.1';
export const datapackageFile = 'datapackage.json';
export const digestFile = 'datapackage-digest.json';

export interface Resource {
  name: string;
  path: string;
  /** "sha256:<hex>" */
  hash: string;
  bytes: number;
}

export interface Datapackage {
  profile: 'data-package';
  wacz_version: string;
  title: string;
  description: string;
  created: string;
  software: string;
  mainPageUrl: string;
  mainPageDate: string;
  resources: Resource[];
}

export const resource = (path: string, sha256Hex: string, bytes: number): Resource => ({ name: path.slice(path.lastIndexOf('/') + 1), path, hash: `sha256:${sha256Hex}`, bytes });

export const datapackageText = (data: Datapackage): string => `${JSON.stringify(data, null, 2)}\n`;

export const digestText = (datapackage: string): string => `${JSON.stringify({ path: datapackageFile, hash: `sha256:${sha256(datapackage)}` }, null, 2)}\n`;
