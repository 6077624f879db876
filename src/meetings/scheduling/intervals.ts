/**
 * Half-open intervals of epoch milliseconds. Lists are sorted and never overlap, but may touch:
 * two touching intervals are kept apart on purpose when they belong to different local dates, so
 * that a slot can never straddle them.
 */
export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorted and with overlapping or touching spans joined. */
export function merge(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else if (span.start < span.end) merged.push({ ...span });
  }
  return merged;
}

/** Each interval with the holes cut out (holes in any order). */
export function subtract(intervals: readonly Span[], holes: readonly Span[]): Span[] {
  const cuts = merge(holes);
  const result: Span[] = [];
  for (const interval of intervals) {
    let start = interval.start;
    for (const cut of cuts) {
      if (cut.end <= start) continue;
      if (cut.start >= interval.end) break;
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** Where two lists overlap, each piece inside one interval of each list. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const result: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end <= y.end) i += 1;
    else j += 1;
  }
  return result;
}
