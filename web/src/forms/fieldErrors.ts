import type { FieldError } from '../api.ts';

/** Messages reported for exactly this field path, joined into one sentence list. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  const messages = errors.filter((error) => error.field === field).map((error) => error.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** Errors for a field and anything below it (`offers` matches `offers` and `offers/2`). */
export function errorsWithin(errors: readonly FieldError[], field: string): FieldError[] {
  return errors.filter((error) => error.field === field || error.field.startsWith(`${field}/`));
}

/** Lists edited as one control: an error on an item (`offers/2`) focuses the list's control. */
const LIST_FIELDS = new Set(['offers', 'needs', 'languages', 'goals', 'spheres', 'synonyms/es', 'synonyms/en']);

/** The id of the element that should receive focus for an error on this path. */
export function fieldIdFor(path: string): string {
  const [head = path] = path.split('/');
  if (LIST_FIELDS.has(head)) return head;
  const list = path.replace(/\/\d+$/, '');
  return (LIST_FIELDS.has(list) ? list : path).replaceAll('/', '-');
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

/** All messages for a field and its items, for fields shown as one group (checkbox lists). */
export function errorWithin(errors: readonly FieldError[], field: string): string | undefined {
  const messages = errorsWithin(errors, field).map((error) => error.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
