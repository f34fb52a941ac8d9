/** An indicator (KPI) of the catalogue, as the domain knows it. */
import type { Deliverer, Direction, Frequency, IndicatorKind } from './vocabulary';

export interface Indicator {
	code: string;
	name: string;
	themeCode: string;
	unit: string;
	frequency: Frequency;
	source: string;
	kind: IndicatorKind;
	direction: Direction;
	deliveredBy: Deliverer;
	/** Optional target, shown only as a topic for conversation, never as a verdict. */
	targetValue: number | null;
	targetNote: string | null;
	/** Below this n a value is suppressed for publication. */
	minN: number;
	validFrom: string | null;
	validTo: string | null;
	position: number;
}

/** One version of the definition ("wat telt als"), valid from a period on. */
export interface Definition {
	validFrom: string;
	definition: string;
	changeNote: string | null;
}
