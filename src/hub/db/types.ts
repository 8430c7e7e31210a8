/**
 * The hub's one door to SQL: `query` and `tx`, nothing else, so the same statements run on the
 * embedded PGlite and on a PostgreSQL server (pg). Keep every statement to what PostgreSQL 15
 * and PGlite both run.
 */

/** Rows of one statement. */
export interface Rows<T> {
  rows: T[];
  rowCount: number;
}

/** Something that runs one statement: the database itself or an open transaction. */
export interface Sql {
  /** Runs one statement with `$1…` parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Rows<T>>;
  /** Runs a script of several statements without parameters (a migration file). */
  exec(script: string): Promise<void>;
}

/** Which database the hub runs on (CONTRACTS §7's `database`). */
export type DatabaseKind = 'pglite' | 'postgres';

/** The hub's database: statements, transactions, and a clean close. */
export interface HubDb extends Sql {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  /** Closes the database (and releases the data folder's lock). */
  close(): Promise<void>;
}
