export { DatasetClient, tableRows, type LoadPhase, type LoadProgress, type DatasetClientOptions } from './dataset-client';
export { QueryError, DatasetError, type DatasetErrorKind } from './errors';
export { referencedTables, quoteIdent } from './sql-tables';
export { validateManifest, validateIndex } from './manifest-validate';
export type { SqlEngine, SqlConnection, StreamingSqlConnection, ParquetToIPC } from './engine';
