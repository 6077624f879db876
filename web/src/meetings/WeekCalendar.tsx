import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Loading } from '../components/Loading.tsx';
import type { Meeting } from '../types.ts';
import { useLocale } from '../useLocale.ts';
import { calendarWeeks, dayName } from './calendarWeeks.ts';
import { meetingsApi } from './meetingsApi.ts';
import { useApiData } from './useApiData.ts';

/** Agreed meetings week by week, Monday to Sunday, on the member's own clock (their availability's zone). */
export function WeekCalendar({ meetings }: { meetings: readonly Meeting[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { state } = useApiData('availability', (signal) => meetingsApi.availability(signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <p role="alert" className="notice notice-error">
        {state.message}
      </p>
    );
  const weeks = calendarWeeks(meetings, state.data.timeZone);
  if (weeks.length === 0) return <p className="empty-state">{t('meetings.calendar.empty')}</p>;
  return (
    <div className="week-calendar">
      {weeks.map((week) => (
        <section key={week.monday} aria-labelledby={`week-${week.monday}`} className="calendar-week">
          <h3 id={`week-${week.monday}`}>{t('meetings.calendar.weekOf', { day: dayName(week.monday, locale, true) })}</h3>
          <ol className="calendar-days">
            {week.days.map((day) => (
              <li key={day.date} className={day.meetings.length > 0 ? 'calendar-day calendar-day-busy' : 'calendar-day'}>
                <h4 className="calendar-day-name">{dayName(day.date, locale)}</h4>
                {day.meetings.length === 0 ? (
                  <p className="field-hint">{t('meetings.calendar.free')}</p>
                ) : (
                  <ul className="calendar-meetings">
                    {day.meetings.map((meeting) => (
                      <li key={meeting.id}>
                        <Link to={`/meetings/${encodeURIComponent(meeting.id)}`}>
                          {t('meetings.calendar.entry', { time: meeting.slot?.yours ?? '', name: meeting.other.name || t('profile.unnamed') })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
