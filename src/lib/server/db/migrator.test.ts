import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, type Db } from './client';
import { migrations, type Migration } from './migrations';
import { currentVersion, DatabaseTooNewError, migrate } from './migrator';

let db: Db;
const raw = () => db as unknown as Kysely<unknown>;
afterEach(async () => db?.destroy());

async function tables(): Promise<string[]> {
	const result = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
	return result.rows.map((r) => r.name);
}

describe('migrate', () => {
	it('creates every table on an empty database and records the version', async () => {
		db = openSqlite(':memory:');
		const report = await migrate(raw(), migrations);
		expect(report.from).toBe(0);
		expect(report.applied).toEqual(migrations.map((m) => `${m.version}-${m.name}`));
		expect(await currentVersion(raw())).toBe(migrations.length);
		expect(await tables()).toEqual(expect.arrayContaining(['measurements', 'deliveries', 'stories', 'notes', 'afspraken', 'audit_log']));
	});

	it('is a no-op when up to date', async () => {
		db = openSqlite(':memory:');
		await migrate(raw(), migrations);
		expect((await migrate(raw(), migrations)).applied).toEqual([]);
	});

	it('migrates a database of the first release to the current schema, keeping its rows', async () => {
		db = openSqlite(':memory:');
		await migrate(raw(), migrations.slice(0, 1));
		await sql`insert into gemeenten (code, name, created_at) values ('GM0001', 'Oud', '2025-01-01')`.execute(db);
		const report = await migrate(raw(), migrations);
		expect(report.from).toBe(1);
		expect(report.applied).toEqual(migrations.slice(1).map((m) => `${m.version}-${m.name}`));
		const row = await sql<{ name: string; public_dashboard: number }>`select name, public_dashboard from gemeenten`.execute(db);
		expect(row.rows).toEqual([{ name: 'Oud', public_dashboard: 1 }]);
	});

	it('migrates an older database forward', async () => {
		db = openSqlite(':memory:');
		await migrate(raw(), migrations);
		const next: Migration = {
			version: migrations.length + 1,
			name: 'add-colour',
			up: async (trx) => {
				await trx.schema.alterTable('themes').addColumn('colour', 'text').execute();
			}
		};
		const report = await migrate(raw(), [...migrations, next]);
		expect(report.applied).toEqual([`${next.version}-add-colour`]);
		const cols = await sql<{ name: string }>`pragma table_info(themes)`.execute(db);
		expect(cols.rows.map((c) => c.name)).toContain('colour');
	});

	it('leaves the database as it was when a migration fails halfway', async () => {
		db = openSqlite(':memory:');
		await migrate(raw(), migrations);
		const before = await tables();
		const broken: Migration = {
			version: migrations.length + 1,
			name: 'broken',
			up: async (trx) => {
				await trx.schema.createTable('half_done').addColumn('id', 'text').execute();
				await sql`insert into no_such_table values (1)`.execute(trx);
			}
		};
		await expect(migrate(raw(), [...migrations, broken])).rejects.toThrow(/no_such_table/);
		expect(await tables()).toEqual(before);
		expect(await currentVersion(raw())).toBe(migrations.length);
	});

	it('refuses a database written by a newer version, and changes nothing', async () => {
		db = openSqlite(':memory:');
		await migrate(raw(), migrations);
		await sql`insert into schema_migrations (version, name, applied_at) values (99, 'future', '2030-01-01')`.execute(db);
		const before = await tables();
		await expect(migrate(raw(), migrations)).rejects.toBeInstanceOf(DatabaseTooNewError);
		await expect(migrate(raw(), migrations)).rejects.toThrow(new RegExp(`schema version 99.*knows up to ${migrations.length}`));
		expect(await tables()).toEqual(before);
	});

	it('turns on foreign keys', async () => {
		db = openSqlite(':memory:');
		await migrate(raw(), migrations);
		await expect(
			sql`insert into areas (gemeente_code, code, name, level) values ('GM9999', 'WK1', 'x', 'wijk')`.execute(db)
		).rejects.toThrow(/FOREIGN KEY/);
	});
});
