import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import { storeConfig } from '../config';
import { openDatabase, openPostgres, openSqlite, StoreUnavailableError } from './client';
import { migrations } from './migrations';
import { DatabaseTooNewError, migrate } from './migrator';
import { postgresUrl } from './test-fixtures';

let dir: string;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

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

describe('PostgreSQL', () => {
	const emptyDatabase = async () => {
		const name = `wb_empty_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
		const admin = openPostgres(postgresUrl('postgres'), 1);
		await sql`create database ${sql.id(name)}`.execute(admin);
		await admin.destroy();
		return {
			url: postgresUrl(name),
			drop: async () => {
				const dropper = openPostgres(postgresUrl('postgres'), 1);
				await sql`drop database if exists ${sql.id(name)} with (force)`.execute(dropper);
				await dropper.destroy();
			}
		};
	};

	it('lets several instances start on an empty database at once: each migration runs exactly once', async () => {
		const { url, drop } = await emptyDatabase();
		try {
			const instances = [1, 2, 3, 4].map(() => openPostgres(url, 2));
			const reports = await Promise.all(instances.map((db) => migrate(db as never, migrations)));
			expect(reports.flatMap((r) => r.applied).sort()).toEqual(migrations.map((m) => `${m.version}-${m.name}`).sort());
			const rows = await sql<{ version: number }>`select version from schema_migrations order by version`.execute(instances[0]!);
			expect(rows.rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
			await Promise.all(instances.map((db) => db.destroy()));
		} finally {
			await drop();
		}
	});

	it('refuses a database from a newer version and leaves it untouched', async () => {
		const { url, drop } = await emptyDatabase();
		try {
			await (await openDatabase({ kind: 'postgres', url })).destroy();
			const raw = openPostgres(url, 1);
			await sql`insert into schema_migrations (version, name, applied_at) values (${migrations.length + 1}, 'from-the-future', '2030-01-01')`.execute(raw);
			await expect(openDatabase({ kind: 'postgres', url })).rejects.toBeInstanceOf(DatabaseTooNewError);
			const rows = await sql<{ name: string }>`select name from schema_migrations order by version`.execute(raw);
			expect(rows.rows.map((r) => r.name)).toEqual([...migrations.map((m) => m.name), 'from-the-future']);
			await raw.destroy();
		} finally {
			await drop();
		}
	});

	it('names DATABASE_URL, but never its password, when the server cannot be reached', async () => {
		const port = await new Promise<number>((resolve) => {
			const server = createServer().listen(0, '127.0.0.1', () => {
				const { port } = server.address() as AddressInfo;
				server.close(() => resolve(port));
			});
		});
		const error = await openDatabase({ kind: 'postgres', url: `postgres://wijkbeeld:geheim-wachtwoord@127.0.0.1:${port}/x` }).catch((e: Error) => e);
		expect(error).toBeInstanceOf(StoreUnavailableError);
		expect((error as Error).message).toMatch(/DATABASE_URL=postgres:\/\/wijkbeeld:\*\*\*@127\.0\.0\.1/);
		expect((error as Error).message).not.toContain('geheim-wachtwoord');
	});
});

describe('storeConfig', () => {
	it('chooses SQLite without DATABASE_URL and PostgreSQL with it', () => {
		expect(storeConfig({})).toEqual({ kind: 'sqlite', path: 'var/wijkbeeld.db' });
		expect(storeConfig({ WIJKBEELD_DB: '/data/w.db' })).toEqual({ kind: 'sqlite', path: '/data/w.db' });
		expect(storeConfig({ DATABASE_URL: 'postgres://u:p@db:5432/wijkbeeld' })).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/wijkbeeld' });
	});

	it('refuses a malformed DATABASE_URL with a message that names the setting and not the password', () => {
		for (const url of ['not a url', 'mysql://u:geheim@db/x', 'postgres://u:geheim@/x']) {
			expect(() => storeConfig({ DATABASE_URL: url })).toThrow(/DATABASE_URL/);
			try {
				storeConfig({ DATABASE_URL: url });
			} catch (error) {
				expect((error as Error).message).not.toContain('geheim');
			}
		}
	});
});
