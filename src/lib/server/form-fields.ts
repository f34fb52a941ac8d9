// A form post as the validators read it: the fields named in `multi` as arrays (in the order posted),
// others as strings; files are left out.
export function formFields(form: FormData, multi: ReadonlySet<string>): Record<string, string | string[]> {
	const fields: Record<string, string | string[]> = {};
	for (const [key, value] of form) {
		if (typeof value !== 'string') continue;
		if (multi.has(key)) fields[key] = [...((fields[key] as string[] | undefined) ?? []), value];
		else fields[key] = value;
	}
	return fields;
}
