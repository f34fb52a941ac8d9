// Follows a session: polls its change count and reloads the page's data when it changed (a note added,
// another step shown). Polling through the store works whatever app instance serves the request.
import { invalidateAll } from '$app/navigation';

export const FOLLOW_INTERVAL_MS = 1000;

/** Starts polling `url`; returns a function that stops it. */
export function follow(url: string, current: () => number, interval = FOLLOW_INTERVAL_MS): () => void {
	let stopped = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const tick = async () => {
		if (stopped) return;
		try {
			if (document.visibilityState !== 'hidden') {
				const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
				if (response.ok) {
					const state = (await response.json()) as { changeCount: number };
					if (state.changeCount !== current()) await invalidateAll();
				}
			}
		} catch {
			// A dropped connection: try again at the next tick.
		}
		if (!stopped) timer = setTimeout(tick, interval);
	};
	timer = setTimeout(tick, interval);
	return () => {
		stopped = true;
		clearTimeout(timer);
	};
}
