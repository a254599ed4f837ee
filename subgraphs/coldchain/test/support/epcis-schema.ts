import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

/**
 * The official GS1 EPCIS 2.0 JSON Schema (draft-07) and three of GS1's examples, copied into the
 * repository (./epcis, see its README) so the tests run wherever the repository is cloned.
 */
export const EPCIS_FOLDER = fileURLToPath(new URL('./epcis/', import.meta.url));
export const epcisSchema = JSON.parse(readFileSync(`${EPCIS_FOLDER}EPCIS-JSON-Schema.json`, 'utf8')) as { $schema: string };
// ajv-formats is CommonJS: typed under NodeNext, its default import is the module; `.default` is the plugin.
const ajv = new Ajv({ strict: false, allErrors: true });
ajvFormats.default(ajv);
const validate = ajv.compile(epcisSchema);

export function epcisSchemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
