import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { MessageKey } from '../i18n/messages.ts';

type FieldErrorKey = { field: string; key: MessageKey; params?: Record<string, string | number> };

// Fields whose format errors deserve a specific explanation rather than "invalid format".
const patternMessages: Record<string, MessageKey> = {
  website: 'validation.url',
  url: 'validation.url',
  photoUrl: 'validation.url',
  country: 'validation.country',
  languages: 'validation.language',
  email: 'validation.email',
};

/** Turns Ajv's errors into per-field message keys, the `field` being a JSON-pointer-like path. */
export function fieldErrorsFromValidation(errors: FastifySchemaValidationError[]): FieldErrorKey[] {
  const seen = new Set<string>();
  const result: FieldErrorKey[] = [];
  for (const error of errors) {
    const params = error.params as Record<string, unknown>;
    let field = error.instancePath.replace(/^\//, '');
    if (error.keyword === 'required') field = [field, String(params.missingProperty)].filter(Boolean).join('/');
    if (seen.has(field)) continue; // Ajv may report several keywords for one field; the first says enough.
    seen.add(field);
    result.push({ field, ...messageFor(error.keyword, field, params) });
  }
  return result;
}

function messageFor(keyword: string, field: string, params: Record<string, unknown>): Omit<FieldErrorKey, 'field'> {
  const leaf = field.split('/').filter((part) => !/^\d+$/.test(part)).at(-1) ?? '';
  switch (keyword) {
    case 'required':
      return { key: 'validation.required' as const };
    case 'type':
      return { key: 'validation.type' as const };
    case 'minLength':
      if (Number(params.limit) === 1) return { key: 'validation.notEmpty' };
      return { key: 'validation.minLength', params: { limit: Number(params.limit) } };
    case 'maxLength':
    case 'maxItems':
    case 'minimum':
    case 'maximum':
      return { key: `validation.${keyword}` as MessageKey, params: { limit: Number(params.limit) } };
    case 'uniqueItems':
      return { key: 'validation.uniqueItems' as const };
    case 'enum':
      return { key: 'validation.enum' as const, params: { allowed: ((params.allowedValues as unknown[]) ?? []).join(', ') } };
    case 'format':
      return { key: params.format === 'email' ? ('validation.email' as const) : ('validation.invalid' as const) };
    case 'pattern':
      return { key: patternMessages[leaf] ?? ('validation.pattern' as const) };
    case 'additionalProperties':
      return { key: 'validation.additionalProperties' as const, params: { property: String(params.additionalProperty) } };
    default:
      return { key: 'validation.invalid' as const };
  }
}
