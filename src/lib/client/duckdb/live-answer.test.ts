import { describe, expect, it, vi } from 'vitest';
import { answerInBrowser, type AnswerTarget, type LiveAnswer } from './live-answer';
import type { LiveStatus } from './start';

/** A submit event of a form, as far as the flow looks at it. */
function submitted() {
	const form = { submit: vi.fn() } as unknown as HTMLFormElement & { submit: ReturnType<typeof vi.fn> };
	const event = { currentTarget: form, preventDefault: vi.fn() } as unknown as SubmitEvent & { preventDefault: ReturnType<typeof vi.fn> };
	return { form, event };
}

/** A target that records the statuses it went through and the answers it accepted. */
function target(status: LiveStatus) {
	const statuses: LiveStatus[] = [];
	const accepted: LiveAnswer<string>[] = [];
	const t: AnswerTarget<string> = {
		get status() {
			return statuses.at(-1) ?? status;
		},
		set status(next) {
			statuses.push(next);
		},
		busy: false,
		generation: 0,
		accept: (found) => accepted.push(found)
	};
	return { t, statuses, accepted };
}

describe('answerInBrowser', () => {
	it('leaves the form to the server while DuckDB is not ready', async () => {
		for (const status of ['server', 'laden', 'mislukt'] as const) {
			const { form, event } = submitted();
			const { t, statuses } = target(status);
			const compute = vi.fn();
			await answerInBrowser(event, t, compute);
			expect(event.preventDefault).not.toHaveBeenCalled();
			expect(compute).not.toHaveBeenCalled();
			expect(form.submit).not.toHaveBeenCalled();
			expect(statuses).toEqual([]);
		}
	});

	it('answers in the browser when ready: loading, then ready with the answer and its address', async () => {
		const { form, event } = submitted();
		const { t, statuses, accepted } = target('klaar');
		await answerInBrowser(event, t, async (f) => {
			expect(f).toBe(form);
			expect(statuses).toEqual(['laden']);
			return { answer: 'kaart', url: '/?kaart=A' };
		});
		expect(event.preventDefault).toHaveBeenCalledOnce();
		expect(statuses).toEqual(['laden', 'klaar']);
		expect(accepted).toEqual([{ answer: 'kaart', url: '/?kaart=A' }]);
		expect(form.submit).not.toHaveBeenCalled();
	});

	it('sends the form to the server, marked failed, when the browser cannot answer', async () => {
		const { form, event } = submitted();
		const { t, statuses, accepted } = target('klaar');
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		await answerInBrowser(event, t, () => Promise.reject(new Error('worker gone')));
		expect(statuses).toEqual(['laden', 'mislukt']);
		expect(accepted).toEqual([]);
		expect(form.submit).toHaveBeenCalledOnce();
	});

	it('sends the form to the server when the answer is not one for the browser', async () => {
		const { form, event } = submitted();
		const { t, accepted } = target('klaar');
		await answerInBrowser(event, t, () => null);
		expect(accepted).toEqual([]);
		expect(form.submit).toHaveBeenCalledOnce();
		expect(t.status).toBe('klaar');
	});

	it('lets a second submit wait for the answer being made, rather than leave the page', async () => {
		const first = submitted();
		const second = submitted();
		const { t, accepted } = target('klaar');
		let finish: (answer: LiveAnswer<string>) => void = () => {};
		const answering = answerInBrowser(first.event, t, () => new Promise<LiveAnswer<string>>((resolve) => (finish = resolve)));
		const compute = vi.fn();
		await answerInBrowser(second.event, t, compute);
		expect(second.event.preventDefault).toHaveBeenCalledOnce();
		expect(compute).not.toHaveBeenCalled();
		finish({ answer: 'kaart', url: '/?kaart=A' });
		await answering;
		expect(accepted).toHaveLength(1);
		expect(t.busy).toBe(false);
	});

	it('drops an answer made for data the page no longer shows', async () => {
		const { form, event } = submitted();
		const { t, statuses, accepted } = target('klaar');
		await answerInBrowser(event, t, async () => {
			t.generation++;
			return { answer: 'oud', url: '/?kaart=oud' };
		});
		expect(accepted).toEqual([]);
		expect(statuses).toEqual(['laden']);
		expect(form.submit).not.toHaveBeenCalled();
	});
});
