/** "1,2 MB", "850 kB", "512 B": file sizes as Danish text (decimal units, as browsers and file managers show them). */
const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes}\u00a0B`;
  if (bytes < 1_000_000) return `${number.format(Math.round(bytes / 100) / 10)}\u00a0kB`;
  return `${number.format(Math.round(bytes / 100_000) / 10)}\u00a0MB`;
}
