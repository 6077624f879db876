/** A polite live region for success messages ("Saved"); always rendered so updates are announced. */
export function StatusMessage({ message }: { message: string }) {
  return (
    <p className={message ? 'status-message' : 'status-message status-message-empty'} role="status">
      {message}
    </p>
  );
}
