function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => word?.[0]?.toLocaleUpperCase() ?? '').join('');
}

/** Photo or initials. Decorative: the person's name is always shown next to it. */
export function Avatar({ name, photoUrl, size = 'medium' }: { name: string; photoUrl: string; size?: 'medium' | 'large' }) {
  const className = `avatar avatar-${size}`;
  if (photoUrl) return <img className={className} src={photoUrl} alt="" />;
  return (
    <span className={className} aria-hidden="true">
      {initials(name) || '?'}
    </span>
  );
}
