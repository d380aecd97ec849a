import type { Document, LineCounter } from 'yaml';

/** A YAML file parsed with its source positions kept, so problems can point at a line and column. */
export interface ParsedYaml {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data (what the schemas validate). */
  data: unknown;
}
