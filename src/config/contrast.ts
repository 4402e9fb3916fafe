/**
 * WCAG 2.x contrast of the accent colour against the backgrounds it is used
 * on. The accent is the colour of links and focus rings (src/styles/site.css
 * `--link`, `--focus`), which sit on the page background and on the header
 * and footer (`--surface`), in the light and the dark scheme: text, so AA
 * asks for 4.5:1 against each of them.
 */

/** The backgrounds of src/styles/site.css, per scheme (a unit test keeps the two the same). */
export const siteBackgrounds = {
  light: { '--bg': '#ffffff', '--surface': '#f3f5f8' },
  dark: { '--bg': '#15171b', '--surface': '#1f232a' },
} as const;

export type Scheme = keyof typeof siteBackgrounds;

/** WCAG AA for normal text. */
export const minimumContrast = 4.5;

/** "#abc" or "#aabbcc" (any case) → [r, g, b] in 0–255. */
export function rgb(hex: string): [number, number, number] {
  const digits = hex.slice(1).length === 3 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(c!).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.2, "relative luminance"). */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The background of `scheme` the colour contrasts least with, and that contrast. */
export function weakestContrast(colour: string, scheme: Scheme): { background: string; name: string; ratio: number } {
  return Object.entries(siteBackgrounds[scheme])
    .map(([name, background]) => ({ name, background, ratio: contrast(colour, background) }))
    .sort((a, b) => a.ratio - b.ratio)[0]!;
}

/** Rounded down, so "4.49:1" never reads as passing: 4.4897 → "4.48". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** `colour` mixed with `toward` by `share` (0–1). */
export function mix(colour: string, toward: string, share: number): string {
  const [a, b] = [rgb(colour), rgb(toward)];
  return toHex(a.map((c, i) => c + (b[i]! - c) * share));
}

/**
 * The dark scheme's accent when the config gives only the light one: the
 * accent lightened in steps of 5 % until it reads on the dark backgrounds.
 */
export function darkAccentOf(accent: string): string {
  for (let share = 0; share <= 1; share += 0.05) {
    const candidate = mix(accent, '#ffffff', share);
    if (weakestContrast(candidate, 'dark').ratio >= minimumContrast) return candidate;
  }
  return '#ffffff';
}

/**
 * The hover colour of links and buttons: further from the background than the
 * accent (darker in the light scheme, lighter in the dark one), so it passes
 * wherever the accent passes.
 */
export function strongerAccent(accent: string, scheme: Scheme): string {
  return mix(accent, scheme === 'light' ? '#000000' : '#ffffff', 0.3);
}
