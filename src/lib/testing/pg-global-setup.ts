// Vitest global setup: a PostgreSQL cluster for the suites that run on both stores. Uses the cluster
// WIJKBEELD_TEST_PG names (scripts/test.sh starts one), or starts a throwaway one itself and removes it
// afterwards. A migrated template database makes each test's fresh database a quick copy.
import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../server/db/client';
import { migrations } from '../server/db/migrations';
import { migrate } from '../server/db/migrator';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl: string;
		postgresTemplate: string;
	}
}

const TEMPLATE = 'wb_template';

export default async function setup(project: TestProject) {
	let url = process.env.WIJKBEELD_TEST_PG?.trim();
	let cluster: string | undefined;
	if (!url) {
		const line = execFileSync('bash', ['scripts/pg-cluster.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
		[cluster, url] = line.split(' ');
	}
	const admin = openPostgres(url!, 1);
	try {
		await sql`drop database if exists ${sql.id(TEMPLATE)} with (force)`.execute(admin);
		await sql`create database ${sql.id(TEMPLATE)}`.execute(admin);
	} finally {
		await admin.destroy();
	}
	const templateUrl = new URL(url!);
	templateUrl.pathname = `/${TEMPLATE}`;
	const template = openPostgres(templateUrl.toString(), 1);
	try {
		await migrate(template as never, migrations);
	} finally {
		await template.destroy();
	}
	project.provide('postgresUrl', url!);
	project.provide('postgresTemplate', TEMPLATE);
	return () => {
		if (cluster) execFileSync('bash', ['scripts/pg-cluster.sh', 'stop', cluster], { stdio: 'inherit' });
	};
}
