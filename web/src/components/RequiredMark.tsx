/**
 * Visual marker only, placed next to (not inside) the <label> so the label text stays exactly
 * the field name; the input's `required` attribute tells assistive technology.
 */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  );
}
