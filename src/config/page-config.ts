/**
 * What the pages need of the config, handed to them through the build
 * settings (src/site/integration.ts, `virtual:referat/build`): plain JSON, part
 * of the site's cache key, so a changed config renders every page again.
 */
import { darkAccentOf, strongerAccent } from './contrast.ts';
import type { LogoAsset } from './load.ts';
import { defaultAccent, type ReferatConfig } from './schema.ts';
import type { MunicipalityEntry } from '../model/municipalities.ts';

export interface PageConfig {
  title: string;
  description: string;
  language: 'da';
  publisher: { name: string; address: string | null; email: string | null; phone: string | null } | null;
  /** Site path of the copied logo (without base), its text and size. */
  logo: { path: string; alt: string; width: number; height: number } | null;
  footer: { accessibilityStatement: string | null; links: { label: string; href: string }[] };
  openData: { licence: string; url: string | null } | null;
  /** The accent and its hover colour per scheme (theme-css.ts writes them as custom properties). */
  theme: { light: { accent: string; strong: string }; dark: { accent: string; strong: string } };
  /** The config's municipalities (model/municipalities.ts): names and URL segments. */
  municipalities: MunicipalityEntry[];
}

export function pageConfig(config: ReferatConfig, logo: LogoAsset | null): PageConfig {
  const light = (config.theme.accent ?? defaultAccent.light).toLowerCase();
  const dark = (config.theme.accentDark ?? (config.theme.accent === undefined ? defaultAccent.dark : darkAccentOf(light))).toLowerCase();
  return {
    title: config.title,
    description: config.description,
    language: config.language,
    publisher: config.publisher ? { name: config.publisher.name, address: config.publisher.address ?? null, email: config.publisher.email ?? null, phone: config.publisher.phone ?? null } : null,
    logo: logo ? { path: logo.path, alt: logo.alt, width: logo.width, height: logo.height } : null,
    footer: { accessibilityStatement: config.footer.accessibilityStatement ?? null, links: config.footer.links },
    openData: config.openData ? { licence: config.openData.licence, url: config.openData.url ?? null } : null,
    theme: { light: { accent: light, strong: strongerAccent(light, 'light') }, dark: { accent: dark, strong: strongerAccent(dark, 'dark') } },
    municipalities: config.municipalities,
  };
}
