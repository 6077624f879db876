import type { ReactNode } from 'react';

/** Disabled while the form is being sent, so it cannot be submitted twice. */
export function SubmitButton({ sending, children }: { sending: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button" disabled={sending}>
      {children}
    </button>
  );
}
