// Browser only: the snapshot arrives in slices of whole indicators (every area, every period), loaded into
// one `measurements` table as pages ask for them. Asks made within a moment go out as one request, so a
// page that needs twelve indicators at once makes one round trip; each indicator is loaded once per tab.
import { connect } from './database';

const BATCH_WAIT_MS = 15;

export interface SliceLoader {
	/** Resolves when every indicator in `codes` is in the `measurements` table. */
	ensure(codes: string[]): Promise<void>;
}

const loaders = new Map<string, SliceLoader>();

/** The loader for one snapshot URL (`/api/snapshot/{gemeente}/{audience}`); one table per tab. */
export function sliceLoader(snapshotUrl: string): SliceLoader {
	let loader = loaders.get(snapshotUrl);
	if (!loader) loaders.set(snapshotUrl, (loader = createLoader(snapshotUrl)));
	return loader;
}

function createLoader(snapshotUrl: string): SliceLoader {
	const loaded = new Map<string, Promise<void>>();
	let waiting: { codes: Set<string>; done: Promise<void> } | null = null;
	// Inserts go one after another: the first creates the table.
	let inserts: Promise<unknown> = Promise.resolve();
	let created = false;

	async function fetchAndInsert(codes: string[]): Promise<void> {
		const [conn, response] = await Promise.all([connect(), fetch(`${snapshotUrl}?indicatoren=${codes.map(encodeURIComponent).join(',')}`)]);
		if (!response.ok) throw new Error(`snapshot slice answered ${response.status}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		const insert = inserts.then(async () => {
			if (!created) await conn.query('drop table if exists measurements');
			await conn.insertArrowFromIPCStream(bytes, { name: 'measurements', create: !created });
			created = true;
		});
		inserts = insert.catch(() => undefined);
		await insert;
	}

	return {
		ensure(codes) {
			const missing = [...new Set(codes)].filter((code) => !loaded.has(code));
			if (missing.length) {
				if (!waiting) {
					const batch = { codes: new Set<string>(), done: Promise.resolve() };
					batch.done = new Promise((resolve) => setTimeout(resolve, BATCH_WAIT_MS)).then(() => {
						waiting = null;
						return fetchAndInsert([...batch.codes]);
					});
					waiting = batch;
				}
				const batch = waiting;
				for (const code of missing) {
					batch.codes.add(code);
					const done = batch.done;
					loaded.set(code, done);
					// A failed slice may be asked for again.
					done.catch(() => loaded.get(code) === done && loaded.delete(code));
				}
			}
			return Promise.all(codes.map((code) => loaded.get(code))).then(() => undefined);
		}
	};
}
