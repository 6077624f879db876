/** An instant as a date and time in the page's language, on the viewer's clock. */
export const formatInstant = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A calendar date (YYYY-MM-DD) in the page's language, whatever the clock. */
export const formatDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A month (YYYY-MM) for chart axes and tables: "nov 25" short, "noviembre de 2025" long. */
export const formatMonth = (month: string, locale: string, style: 'short' | 'long') =>
  new Intl.DateTimeFormat(locale, style === 'short' ? { month: 'short', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
