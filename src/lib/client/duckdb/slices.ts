// Browser only: the snapshot arrives in slices of whole indicators (every area, every period), loaded into
// one `measurements` table as pages ask for them. Asks made within a moment go out as one request, so a
// page that needs twelve indicators at once makes one round trip; each indicator is loaded once per tab.
// The snapshot URL carries the publication version, and the table holds one version only: a page of a newer
// publication starts the table afresh, and a slice of a replaced publication (410) reloads the page's data
// instead of mixing two publications in one table.
import { invalidateAll } from '$app/navigation';
import { connect } from './database';

const BATCH_WAIT_MS = 15;

export interface SliceLoader {
	/** Resolves when every indicator in `codes` is in the `measurements` table. */
	ensure(codes: string[]): Promise<void>;
}

let active: { url: string; loader: SliceLoader } | null = null;

/** Thrown for a slice of a publication that has been replaced; the page's data is being reloaded. */
export class PublicationReplacedError extends Error {
	constructor(url: string) {
		super(`${url} was replaced by a newer publication`);
		this.name = 'PublicationReplacedError';
	}
}

/** The loader for one snapshot URL (`/api/snapshot/{gemeente}/{audience}/{version}`); one table per tab. */
export function sliceLoader(snapshotUrl: string): SliceLoader {
	if (active?.url !== snapshotUrl) active = { url: snapshotUrl, loader: createLoader(snapshotUrl) };
	return active.loader;
}

function createLoader(snapshotUrl: string): SliceLoader {
	const loaded = new Map<string, Promise<void>>();
	let waiting: { codes: Set<string>; done: Promise<void> } | null = null;
	// Inserts go one after another: the first creates the table.
	let inserts: Promise<unknown> = Promise.resolve();
	let created = false;

	async function fetchAndInsert(codes: string[]): Promise<void> {
		const [conn, response] = await Promise.all([connect(), fetch(`${snapshotUrl}?indicatoren=${codes.map(encodeURIComponent).join(',')}`)]);
		if (response.status === 410) {
			void invalidateAll();
			throw new PublicationReplacedError(snapshotUrl);
		}
		if (!response.ok) throw new Error(`snapshot slice answered ${response.status}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		const insert = inserts.then(async () => {
			if (active?.url !== snapshotUrl) throw new PublicationReplacedError(snapshotUrl);
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
