// One live query of a page: the server's answer is shown first; DuckDB-WASM starts with the slices the page
// names; once it is ready, the page's form is answered in the browser and the address follows the answer.
// LiveFrame.svelte shows the status. Create it while a component initialises (it owns an $effect).
import { replaceState } from '$app/navigation';
import type * as LiveFigures from './live-figures';
import { answerInBrowser, type AnswerForm, type LiveAnswer } from './live-answer';
import { startLive, type LiveStatus } from './start';

/** What a page hands to DuckDB: the snapshot, the indicators to load first, and the server's answer. */
export interface LiveSource<T> {
	snapshotUrl: string;
	/** Indicator codes whose slices are loaded first; none leaves the page to the server. */
	codes: string[];
	server: T;
}

export class LiveQuery<T> {
	/** `server` until DuckDB starts; the values are what `data-duckdb` says to tests and the benchmark. */
	status = $state<LiveStatus>('server');
	busy = false;
	generation = 0;
	/** The DuckDB module once it holds the first slices of the current source; null before. */
	module = $state.raw<typeof LiveFigures | null>(null);
	#browser = $state.raw<{ answer: T } | null>(null);
	#source: () => LiveSource<T>;
	/** The browser's latest answer, or the server's until there is one. */
	shown: T;

	/** `source` is read reactively: when it changes (another page's data), DuckDB starts again and the server's answer shows. */
	constructor(source: () => LiveSource<T>) {
		this.#source = source;
		this.shown = $derived(this.#browser ? this.#browser.answer : this.#source().server);
		$effect(() => {
			const { snapshotUrl, codes } = this.#source();
			this.generation++;
			this.#browser = null;
			this.module = null;
			if (codes.length === 0) {
				this.status = 'server';
				return;
			}
			const stop = startLive(snapshotUrl, codes, (next) => (this.status = next), (module) => (this.module = module));
			return () => {
				this.generation++;
				stop();
			};
		});
	}

	/** The form's submit handler: answered by `compute` in the browser once DuckDB is ready, by the server otherwise. */
	answerWith(compute: AnswerForm<T>): (event: SubmitEvent) => Promise<void> {
		return (event) => answerInBrowser(event, this, compute);
	}

	/** Takes the browser's answer, and puts its address in the URL so the link gives the same from the server. */
	accept(found: LiveAnswer<T>): void {
		this.#browser = { answer: found.answer };
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the pages build the address with resolve()
		replaceState(found.url, {});
	}
}
