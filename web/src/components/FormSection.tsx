import type { ReactNode } from 'react';

/**
 * A titled part of a form. Deliberately not named via aria-labelledby: a named region whose
 * title contains a field's label ("What I offer and what I need") would be found by label too.
 */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="form-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
