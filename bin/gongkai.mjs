#!/usr/bin/env node
// Entry of the `gongkai` command: load the TypeScript sources through tsx, then run the CLI.
import { register } from 'tsx/esm/api';

register();
const { run } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = await run(process.argv.slice(2));
