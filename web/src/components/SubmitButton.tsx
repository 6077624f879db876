import type { ReactNode } from 'react';

interface SubmitButtonProps {
  sending: boolean;
  children: ReactNode;
  /** A fuller name for assistive technology (e.g. naming the person); must start with the visible text. */
  accessibleName?: string;
}

/** Disabled while the form is being sent, so it cannot be submitted twice. */
export function SubmitButton({ sending, children, accessibleName }: SubmitButtonProps) {
  return (
    <button type="submit" className="button" disabled={sending} aria-label={accessibleName}>
      {children}
    </button>
  );
}
