import { describe, expect, it } from 'vitest';
import { isChartSlot } from '../../charts/slot';
import { fillSlots, toSlot } from './chart-slots';

describe('chart slots', () => {
	it('stand in for drawings in the data and are filled in the HTML only', () => {
		const locals = {} as App.Locals;
		const first = toSlot(locals, '<svg id="a"></svg>');
		const second = toSlot(locals, '<svg id="b"></svg>');
		expect(isChartSlot(first) && isChartSlot(second)).toBe(true);
		expect(isChartSlot('<svg></svg>')).toBe(false);
		// The serialised data escapes `<`, so only the rendered slots match.
		const escaped = first.replaceAll('<', '\\u003C');
		const html = `<div>${first}</div><div>${second}</div><script>data:"${escaped}"</script>`;
		expect(fillSlots(html, locals.charts)).toBe(`<div><svg id="a"></svg></div><div><svg id="b"></svg></div><script>data:"${escaped}"</script>`);
	});

	it('are never filled where text guessed a slot, and differ from request to request', () => {
		const locals = {} as App.Locals;
		const slot = toSlot(locals, '<svg id="a"></svg>');
		const guessed = '<svg aria-label="<!--chart:0-->"></svg>';
		expect(fillSlots(`${guessed}${slot}`, locals.charts)).toBe(`${guessed}<svg id="a"></svg>`);
		expect(toSlot({} as App.Locals, '<svg></svg>')).not.toBe(slot);
	});

	it('leave a page without drawings as it is', () => {
		expect(fillSlots('<p><!--chart:x:0--></p>', undefined)).toBe('<p><!--chart:x:0--></p>');
	});
});
