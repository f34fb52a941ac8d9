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

/** The live query as the flow sees it: its status, and where an answer goes. */
export interface AnswerTarget<T> {
	status: LiveStatus;
	accept(found: LiveAnswer<T>): void;
}

/**
 * Answers `event`'s form in the browser when DuckDB is ready (`klaar`): the plain GET is prevented, the status
 * is `laden` while `compute` runs, then `klaar` with the answer accepted. When `compute` gives `null` or fails,
 * the form goes to the server after all (a failure also sets `mislukt`). Before DuckDB is ready nothing is
 * prevented, so the form is an ordinary GET form.
 */
export async function answerInBrowser<T>(event: SubmitEvent, target: AnswerTarget<T>, compute: AnswerForm<T>): Promise<void> {
	if (target.status !== 'klaar') return;
	event.preventDefault();
	const form = event.currentTarget as HTMLFormElement;
	target.status = 'laden';
	try {
		const found = await compute(form);
		if (!found) return form.submit();
		target.accept(found);
		target.status = 'klaar';
	} catch (error) {
		console.warn('DuckDB-WASM gaf geen antwoord; de server antwoordt', error);
		target.status = 'mislukt';
		form.submit();
	}
}
