/** Entry point of the `referat` command (see src/cli/main.ts). */
import { enableCompileCache } from 'node:module';

// V8 keeps the compiled code of the modules between runs (Node's compile cache, in the system's temporary folder
// unless NODE_COMPILE_CACHE names another): loading Astro's takes a fifth less. Before the first import of our own,
// and handed on to the worker threads. Output does not depend on it.
const { directory } = enableCompileCache();
if (directory !== undefined) process.env.NODE_COMPILE_CACHE ??= directory;
const { main } = await import('../src/cli/main.ts');

process.exitCode = await main(process.argv.slice(2));
