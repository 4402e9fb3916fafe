/**
 * The pages' side of the config (src/config/page-config.ts): title, publisher,
 * logo, footer, from the build settings (src/site/integration.ts), never from
 * the environment.
 */
import settings from 'virtual:referat/build';
import type { PageConfig } from '../config/page-config.ts';

export const pageSettings: PageConfig = settings.config;
