/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015):
 * registration authority (1), organisation type (1), administrative division (6),
 * organisation code (9, GB 11714, with its own check character), check character (1).
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type CreditCodeCheck = { ok: true; normalized: string } | { ok: false; reason: string };

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, c, i) => acc + CHARSET.indexOf(c) * WEIGHTS[i]!, 0);
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714: digits 0–9 and letters A–Z count as 10–35. */
function orgValue(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
}

export function organisationCodeCheckCharacter(first8: string): string {
  const sum = [...first8].reduce((acc, c, i) => acc + orgValue(c) * ORG_WEIGHTS[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function validateCreditCode(code: string): CreditCodeCheck {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, reason: `it must have 18 characters, not ${value.length}.` };
  for (let i = 0; i < 18; i++) {
    if (!CHARSET.includes(value[i]!)) {
      return { ok: false, reason: `character ${i + 1} ("${value[i]}") is not allowed (digits and letters except I, O, S, V, Z).` };
    }
  }
  const org = value.slice(8, 17);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(org) || organisationCodeCheckCharacter(org.slice(0, 8)) !== org[8]) {
    return { ok: false, reason: `its organisation code ${org} (characters 9–17) fails its own check character.` };
  }
  const expected = creditCodeCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return { ok: false, reason: `its check character is "${value[17]}" but should be "${expected}"; a character was probably mistyped.` };
  }
  return { ok: true, normalized: value };
}

/** Builds a valid code from its parts (the demo data and tests). */
export function makeCreditCode(registrationAuthority: string, orgType: string, divisionCode: string, orgBody8: string): string {
  const org = orgBody8 + organisationCodeCheckCharacter(orgBody8);
  const first17 = registrationAuthority + orgType + divisionCode + org;
  return first17 + creditCodeCheckCharacter(first17);
}

/**
 * The same rule in PL/pgSQL, for a CHECK constraint: the database refuses an invalid code
 * whatever path the row takes.
 */
export function creditCodeSqlFunction(schema: string): string {
  return `create or replace function "${schema}".is_valid_credit_code(code text) returns boolean
language plpgsql immutable strict as $fn$
declare
  charset constant text := '${CHARSET}';
  weights constant int[] := array[${WEIGHTS.join(',')}];
  org_weights constant int[] := array[${ORG_WEIGHTS.join(',')}];
  total int := 0;
  v int;
  c text;
  expected text;
begin
  if length(code) <> 18 then return false; end if;
  for i in 1..17 loop
    v := strpos(charset, substr(code, i, 1)) - 1;
    if v < 0 then return false; end if;
    total := total + v * weights[i];
  end loop;
  if strpos(charset, substr(code, 18, 1)) = 0 then return false; end if;
  if substr(charset, ((31 - total % 31) % 31) + 1, 1) <> substr(code, 18, 1) then return false; end if;
  total := 0;
  for i in 1..8 loop
    c := substr(code, 8 + i, 1);
    if c ~ '[0-9]' then v := c::int; elsif c ~ '[A-Z]' then v := ascii(c) - 55; else return false; end if;
    total := total + v * org_weights[i];
  end loop;
  v := 11 - total % 11;
  expected := case v when 10 then 'X' when 11 then '0' else v::text end;
  return substr(code, 17, 1) = expected;
end
$fn$;`;
}
