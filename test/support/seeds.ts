/** The real minutes live beside the checkout (../shared/seeds); they are never copied into the repo. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export function seedNames(): string[] {
  if (!existsSync(seedsDir)) throw new Error(`Seed minutes not found at ${seedsDir} (expected ../shared/seeds beside the checkout)`);
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
}

export function readSeed(name: string): Uint8Array {
  return readFileSync(join(seedsDir, name));
}

/** Seed file by its number prefix, e.g. seed('003'). */
export function seed(prefix: string): { name: string; bytes: Uint8Array } {
  const name = seedNames().find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`No seed ${prefix}`);
  return { name, bytes: readSeed(name) };
}
