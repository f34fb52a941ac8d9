import { describe, expect, it, vi } from 'vitest';
import { handleError } from './hooks.server';

describe('handleError', () => {
	const event = (path: string) => ({ request: new Request(`http://localhost${path}`), url: new URL(`http://localhost${path}`) }) as never;

	it('logs the path as data: a format directive in a URL cannot swallow the error', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const error = new Error('kapot');
		const answer = handleError({ error, event: event('/wijk/%o%s%d'), status: 500, message: 'Internal Error' });
		expect(log).toHaveBeenCalledTimes(1);
		const args = log.mock.calls[0]!;
		expect(args[0]).toBe('[%s] %s %s');
		expect(args).toContain('/wijk/%o%s%d');
		expect(args.at(-1)).toBe(error);
		expect(answer).toMatchObject({ message: expect.stringContaining('Er ging iets mis') });
		log.mockRestore();
	});

	it('answers client errors as such, without logging them as failures', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(handleError({ error: new Error('405'), event: event('/login'), status: 405, message: 'Method Not Allowed' })).toEqual({ message: 'Dit kan op deze pagina niet.' });
		expect(handleError({ error: new Error('400'), event: event('/login'), status: 400, message: 'Bad Request' })).toMatchObject({ message: expect.stringContaining('klopt niet') });
		expect(log).not.toHaveBeenCalled();
		log.mockRestore();
	});
});
