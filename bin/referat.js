#!/usr/bin/env node
// The `referat` command. Node >= 22.18 runs the TypeScript sources directly.
import '../scripts/referat.ts';
