// The shape of a published measurement; publish/published-cells.ts decides which measurement is published
// (the most recently published delivery wins per indicator × area × period) and publish/figures.ts reads them.

export interface PublishedMeasurement {
	indicatorCode: string;
	areaCode: string;
	period: string;
	periodStart: string;
	periodEnd: string;
	value: number | null;
	missingReason: string | null;
	n: number | null;
	toelichting: string | null;
	organisation: string;
	publishedAt: string | null;
}

export interface MeasurementFilter {
	indicatorCodes?: string[];
	areaCodes?: string[];
}
