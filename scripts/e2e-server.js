// Starts the production build against a freshly seeded demo database, for the Playwright tests.
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const db = process.env.WIJKBEELD_DB ?? 'var/e2e/wijkbeeld.db';
// Only the database file and its WAL companions: never a folder that might hold something else.
for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed-demo.ts'], { stdio: 'inherit', env: process.env });
const server = spawn(process.execPath, ['scripts/serve.js'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
