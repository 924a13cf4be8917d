/** Runs one SQL query and answers its rows (TypeORM's DataSource.query, or a pg Client's rows). */
export type SqlQuery = (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>;

/**
 * Every "table.column" of the public schema whose text holds `marker`: each text, varchar,
 * char, json and jsonb column (and arrays of them) of every table, read in full;
 * with how many columns it read (a scan of none would prove nothing).
 */
export async function findStoredMarker(
  query: SqlQuery,
  marker: string,
): Promise<{ scannedColumns: number; found: string[] }> {
  const columns = (await query(
    `SELECT c.table_name AS "table", c.column_name AS "column"
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
             OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar', '_bpchar', '_json', '_jsonb')))
      ORDER BY 1, 2`,
    [],
  )) as { table: string; column: string }[];
  const found: string[] = [];
  for (const { table, column } of columns) {
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const rows = await query(`SELECT 1 FROM ${quoted(table)} WHERE strpos(${quoted(column)}::text, $1) > 0 LIMIT 1`, [
      marker,
    ]);
    if (rows.length > 0) found.push(`${table}.${column}`);
  }
  return { scannedColumns: columns.length, found };
}
