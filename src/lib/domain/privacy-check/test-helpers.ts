import { checkPrivacy, type FindingKind } from './index';

/** The texts of the findings of one kind in `text`. */
export function found(text: string, kind: FindingKind): string[] {
	return checkPrivacy(text)
		.filter((f) => f.kind === kind)
		.map((f) => f.text);
}
