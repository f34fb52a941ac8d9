import { describe, expect, it } from 'vitest';
import { compareStories, type CompareStory } from './compare-stories';

const story = (id: string, areaCode: string, period: string | null, indicatorCodes = ['JEUGD']): CompareStory => ({ id, title: `Verhaal ${id}`, type: 'ervaring', period, areaCode, indicatorCodes });

describe('compareStories', () => {
	const stories = [story('1', 'WK02', '2025-Q1'), story('2', 'WK01', null), story('3', 'WK01', '2023-Q1'), story('4', 'WK01', '2025-Q2', ['ANDERS']), story('5', 'WK09', '2025-Q1')];
	const areas = [{ code: 'WK01', name: 'Noord' }, { code: 'WK02', name: 'Zuid' }];

	it('keeps the stories of the compared areas on the indicator in the range, in line order, named by area', () => {
		const found = compareStories(stories, 'JEUGD', areas, { from: '2024-Q1', to: null });
		expect(found.map((s) => [s.id, s.areaName])).toEqual([['2', 'Noord'], ['1', 'Zuid']]);
	});

	it('keeps every period without a range', () => {
		expect(compareStories(stories, 'JEUGD', areas, { from: null, to: null }).map((s) => s.id)).toEqual(['2', '3', '1']);
	});
});
