/**
 * `referat.config.json`: one strict schema for a municipality's site, every
 * field documented (`.describe()`, also what an editor shows from the JSON
 * Schema) and its default here (Starlight's user config is the model).
 *
 * JSON, not `referat.config.ts`: a municipality's web team edits it in any
 * editor or CMS, it is data that runs no code on the build machine (nothing to
 * review for side effects, nothing a Node upgrade breaks), and every value is
 * checked here with an error that names the key.
 *
 * Pure: validation only; finding and reading the file is load.ts.
 */
import { z } from 'zod';
import strings from '../i18n/da.json' with { type: 'json' };
import { defaultPeriodPages } from '../search/periods.ts';
import { formatRatio, minimumContrast, weakestContrast, type Scheme } from './contrast.ts';

export const configFileName = 'referat.config.json';

/** The default accent: the link colours site.css was designed with. */
export const defaultAccent = { light: '#1a4d8f', dark: '#8cb8ff' } as const;

const colour = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a colour such as `#005b9a`');
const text = z.string().trim().min(1, 'expected a text');
const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'expected an absolute http(s) address such as `https://www.example.dk/`' });
/** A footer link: an absolute address, or a path of this site such as "/was/". */
const linkTarget = z.union([httpUrl, z.string().regex(/^\/(?!\/)\S*$/)], { error: 'expected an absolute http(s) address or a path of this site such as `/om/`' });
const folder = z.string().min(1, 'expected a folder, received an empty name');

const publisher = z
  .strictObject({
    name: text.describe('Who publishes the minutes, e.g. "Eksempel Kommune".'),
    address: text.optional().describe('Postal address, one line, e.g. "Rådhuspladsen 1, 9999 Eksempelby".'),
    email: z.email('expected an e-mail address such as `post@eksempel.dk`').optional().describe('Contact e-mail address.'),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ]{6,}[0-9]$/, 'expected a phone number such as `+45 99 99 99 99`')
      .optional()
      .describe('Contact phone number.'),
  })
  .refine((p) => p.email !== undefined || p.phone !== undefined, { message: 'expected `email` or `phone`: a way to contact the publisher', path: [] })
  .describe('The publisher, shown in the footer of every page.');

const logo = z
  .strictObject({
    src: z
      .string()
      .regex(/\.(?:svg|png)$/i, 'expected an SVG or PNG file such as `logo.svg`')
      .describe('SVG or PNG file, relative to the config file; copied into the site.'),
    alt: text.describe('Alternative text: what the logo says, e.g. "Eksempel Kommune".'),
  })
  .describe('Logo in the header of every page.');

const theme = z
  .strictObject({
    accent: colour.optional().describe(`Colour of links, buttons and focus rings in the light scheme (default \`${defaultAccent.light}\`). Must contrast at least 4.5:1 with the light backgrounds.`),
    accentDark: colour
      .optional()
      .describe('The same in the dark scheme. Default: the default dark accent, or, with `accent` set, `accent` lightened until it contrasts 4.5:1 with the dark backgrounds.'),
  })
  .describe('Colours of the site.');

const footerLink = z.strictObject({
  label: text.describe('Link text.'),
  href: linkTarget.describe('Address, or a path of this site.'),
});

const footer = z
  .strictObject({
    accessibilityStatement: httpUrl
      .optional()
      .describe('Address of the site\'s accessibility statement (Tilgængelighedserklæring, made with the WAS-Tool), which Danish public websites must link. Missing: a warning, and /was/ says it is missing.'),
    links: z.array(footerLink).default([]).describe('Further links in the footer.'),
  })
  .describe('The footer of every page.');

const openData = z
  .strictObject({
    licence: text.describe('Licence or terms of reuse of the published minutes and data, one line, e.g. "Data må genbruges under CC BY 4.0".'),
    url: httpUrl.optional().describe('Address of the licence or terms.'),
  })
  .describe('The terms of reuse of the minutes and data: shown in the footer and on the Data page (/data/), and the rights of the Atom feeds.');

const municipality = z.strictObject({
  name: text.describe('Name the site shows, e.g. "Region Hovedstaden".'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a URL segment of lower-case letters, digits and hyphens such as `region-hovedstaden`')
    .optional()
    .describe('URL segment; default: from the name. Never change it once published.'),
  code: z.string().regex(/^\d{3,4}$/, 'expected a code of three or four digits such as `1084`').optional().describe('Code (kommunekode or regionskode); an entry with a built-in code replaces that municipality.'),
  aliases: z.array(text).optional().describe('Other spellings that name it in folder names and text.'),
});

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors.'),
    title: text.default(strings['site.title']).describe('Site title, in the header and in every page title.'),
    description: text.default(strings['site.tagline']).describe('Short description of the site: the front page\'s meta description.'),
    language: z.literal('da', { error: 'expected `da`, the one language Referat has' }).default('da').describe('Language of the site.'),
    base: z
      .string()
      .regex(/^[A-Za-z0-9._~\-/]*$/, 'expected a path such as `/referater/`')
      .default('/')
      .describe('Path the site is served under, e.g. "/referater/" (flag `--base`).'),
    site: httpUrl.optional().describe('Public address of the site, e.g. "https://referater.example.dk"; enables canonical links (flag `--site`).'),
    publisher: publisher.optional(),
    logo: logo.optional(),
    theme: theme.prefault({}),
    footer: footer.prefault({}),
    openData: openData.optional(),
    input: folder.optional().describe('Folder of the minutes, relative to the config file (flag `--input`).'),
    content: folder.optional().describe('Folder of the generated content, relative to the config file (flag `--content`; default "content").'),
    out: folder.optional().describe('Folder the site is written to, relative to the config file (flag `--out`).'),
    municipality: text.optional().describe('The municipality of all inputs (flag `--municipality`).'),
    strict: z.boolean().default(false).describe('Stop at the first failed file; CPR numbers are errors (flag `--strict`).'),
    searchPeriodPages: z.int().positive('expected a positive whole number').default(defaultPeriodPages).describe('Largest search period, in pages (flag `--search-period-pages`).'),
    municipalities: z.array(municipality).default([]).describe('Municipalities to add to the built-in 98, or to put in place of one (same code, slug or name).'),
  })
  .superRefine((config, context) => {
    // Checked here, at config time: a colour that fails is refused with its ratio, never published.
    const check = (colourValue: string | undefined, scheme: Scheme, key: 'accent' | 'accentDark'): void => {
      if (colourValue === undefined || !/^#[0-9a-f]{3,6}$/i.test(colourValue)) return;
      const weakest = weakestContrast(colourValue, scheme);
      if (weakest.ratio < minimumContrast) {
        context.addIssue({
          code: 'custom',
          path: ['theme', key],
          message: `\`${colourValue}\` contrasts only ${formatRatio(weakest.ratio)} with the ${scheme} background \`${weakest.background}\`, expected at least 4.5:1 (WCAG AA for text)`,
          params: { noInput: true },
        });
      }
    };
    check(config.theme.accent, 'light', 'accent');
    check(config.theme.accentDark, 'dark', 'accentDark');
  });

/** The validated config, defaults filled in. */
export type ReferatConfig = z.output<typeof configSchema>;
/** What a config file may hold. */
export type ReferatConfigInput = z.input<typeof configSchema>;
