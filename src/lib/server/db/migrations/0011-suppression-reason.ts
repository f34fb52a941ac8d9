// Why a published cell is hidden: its own small number ('klein') or only to protect a small cell elsewhere
// ('beschermt', secondary suppression), so a reader is told the truth about each. Existing hidden cells
// get their reason from the same rule the publication applies: small when their basis (n, or the value of
// a count) is below the indicator's minimum n; every other hidden cell was hidden to protect one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('published_cells').addColumn('hidden_reason', 'text').execute();
	await sql`
		update published_cells set hidden_reason = case
			when published_cells.value is not null and exists (
				select 1 from indicators i
				where i.gemeente_code = published_cells.gemeente_code and i.code = published_cells.indicator_code
					and coalesce(published_cells.n, case when i.unit = 'aantal' then published_cells.value end) < i.min_n
			) then 'klein'
			else 'beschermt'
		end
		where hidden = 1`.execute(db);
}
