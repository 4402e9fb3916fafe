/** Entry point of the `referat` command (see src/cli/main.ts). */
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
