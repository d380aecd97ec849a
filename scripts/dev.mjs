#!/usr/bin/env node
// `pnpm dev`: the API with reload (tsx watch) on API_PORT and Vite with hot reload in front of it,
// proxying /api, so one browser tab at Vite's address shows live changes to both.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '3001';
const env = { ...process.env, PORT: apiPort, API_PORT: apiPort };
const children = [
  spawn('pnpm', ['--filter', '@doorway/api', 'exec', 'tsx', 'watch', 'src/server.ts'], {
    cwd: root,
    env,
    stdio: 'inherit',
  }),
  spawn('pnpm', ['--filter', '@doorway/web', 'dev'], { cwd: root, env, stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
