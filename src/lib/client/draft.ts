// Unsaved form input kept in the browser (localStorage) until the server has saved it, so a reload or a
// dropped connection loses nothing. Keyed per session and form; cleared on a successful save.

/** Reads the kept fields of `key`; null when there are none (or storage is unavailable). */
export function readDraft(key: string): Record<string, string> | null {
	try {
		const raw = localStorage.getItem(key);
		return raw ? (JSON.parse(raw) as Record<string, string>) : null;
	} catch {
		return null;
	}
}

/** Keeps the fields of `form` under `key` (only those with a name; files never). */
export function keepDraft(key: string, form: HTMLFormElement): void {
	const fields: Record<string, string> = {};
	for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields[name] = value;
	try {
		localStorage.setItem(key, JSON.stringify(fields));
	} catch {
		// Storage full or blocked: the form still works, it just is not kept.
	}
}

export function clearDraft(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Nothing kept.
	}
}
