// What happens when a reader submits a form that the browser can answer with DuckDB-WASM. Kept apart from
// the rune-based LiveQuery (live-query.svelte.ts) so the flow is tested without a component.
import type { LiveStatus } from './start';

/** The browser's answer to a form, and the address that asks the server for the same. */
export interface LiveAnswer<T> {
	answer: T;
	url: string;
}

/** Answers a submitted form in the browser; `null` means this one is for the server. */
export type AnswerForm<T> = (form: HTMLFormElement) => Promise<LiveAnswer<T> | null> | LiveAnswer<T> | null;

/** The live query as the flow sees it: its status, whether an answer is being made, and where it goes. */
export interface AnswerTarget<T> {
	status: LiveStatus;
	/** True while the browser makes an answer: a second submit waits for it rather than leaving the page. */
	busy: boolean;
	/** Raised whenever the page's data changes or the page goes: an answer begun before it is dropped. */
	generation: number;
	accept(found: LiveAnswer<T>): void;
}

/**
 * Answers `event`'s form in the browser when DuckDB is ready (`klaar`): the plain GET is prevented, the status
 * is `laden` while `compute` runs, then `klaar` with the answer accepted. When `compute` gives `null` or fails,
 * the form goes to the server after all (a failure also sets `mislukt`). Before DuckDB is ready nothing is
 * prevented, so the form is an ordinary GET form.
 */
export async function answerInBrowser<T>(event: SubmitEvent, target: AnswerTarget<T>, compute: AnswerForm<T>): Promise<void> {
	if (target.busy) return event.preventDefault();
	if (target.status !== 'klaar') return;
	event.preventDefault();
	const form = event.currentTarget as HTMLFormElement;
	const generation = target.generation;
	target.status = 'laden';
	target.busy = true;
	try {
		const found = await compute(form);
		// The page moved on (another wijk, or away) while the answer was made: it is nobody's answer now.
		if (generation !== target.generation) return;
		target.status = 'klaar';
		if (found) target.accept(found);
		else form.submit();
	} catch (error) {
		if (generation !== target.generation) return;
		console.warn('DuckDB-WASM gaf geen antwoord; de server antwoordt', error);
		target.status = 'mislukt';
		form.submit();
	} finally {
		target.busy = false;
	}
}
