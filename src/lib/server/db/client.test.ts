import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openSqlite } from './client';
import { migrations } from './migrations';
import { DatabaseTooNewError } from './migrator';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase on a file', () => {
	it('creates the folder and file, turns on WAL, and migrates to the current version', async () => {
		dir = mkdtempSync(join(tmpdir(), 'wijkbeeld-'));
		const path = join(dir, 'nested', 'test.db');
		const db = await openDatabase(path);
		const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
		expect(mode.rows[0]?.journal_mode).toBe('wal');
		const version = await sql<{ v: number }>`select max(version) as v from schema_migrations`.execute(db);
		expect(version.rows[0]?.v).toBe(migrations.length);
		await db.destroy();
	});

	it('refuses a database from a newer version and leaves it untouched', async () => {
		dir = mkdtempSync(join(tmpdir(), 'wijkbeeld-'));
		const path = join(dir, 'test.db');
		await (await openDatabase(path)).destroy();
		const raw = openSqlite(path);
		await sql`insert into schema_migrations (version, name, applied_at) values (${migrations.length + 1}, 'from-the-future', '2030-01-01')`.execute(raw);
		await raw.destroy();
		await expect(openDatabase(path)).rejects.toBeInstanceOf(DatabaseTooNewError);
		const check = openSqlite(path);
		const rows = await sql<{ name: string }>`select name from schema_migrations order by version`.execute(check);
		expect(rows.rows.map((r) => r.name)).toEqual([...migrations.map((m) => m.name), 'from-the-future']);
		await check.destroy();
	});
});
