import { describe, expect, it } from 'vitest';
import { fillSlots, toSlot } from './chart-slots';

describe('chart slots', () => {
	it('stand in for drawings in the data and are filled in the HTML only', () => {
		const locals = {} as App.Locals;
		const first = toSlot(locals, '<svg id="a"></svg>');
		const second = toSlot(locals, '<svg id="b"></svg>');
		expect([first, second]).toEqual(['<!--chart:0-->', '<!--chart:1-->']);
		// The serialised data escapes `<`, so only the rendered slots match.
		const html = `<div>${first}</div><div>${second}</div><script>data:"\\u003C!--chart:0--\\u003E"</script>`;
		expect(fillSlots(html, locals.charts)).toBe('<div><svg id="a"></svg></div><div><svg id="b"></svg></div><script>data:"\\u003C!--chart:0--\\u003E"</script>');
	});

	it('leave a page without drawings, and unknown slots, as they are', () => {
		expect(fillSlots('<p><!--chart:3--></p>', undefined)).toBe('<p><!--chart:3--></p>');
		expect(fillSlots('<p><!--chart:3--></p>', ['<svg></svg>'])).toBe('<p><!--chart:3--></p>');
	});
});
