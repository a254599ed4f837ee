import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

/** The official GS1 EPCIS 2.0 JSON Schema (draft-07), from ../shared beside the repository. */
const SCHEMA_PATH = fileURLToPath(new URL('../../../../../shared/standards/epcis/EPCIS-JSON-Schema.json', import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

export function epcisSchemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
