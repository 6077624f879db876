import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { useSession } from '../session/useSession.ts';
import { canEditTaxonomy } from '../taxonomy/canEditTaxonomy.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

export function SiteHeader() {
  const { t } = useTranslation();
  const { status, me } = useSession();
  const links =
    status === 'authenticated'
      ? [
          { to: '/discover', label: t('nav.discover') },
          { to: '/', label: t('nav.home') },
          { to: '/meetings', label: t('nav.meetings') },
          { to: '/coach', label: t('nav.coach') },
          { to: '/collaborate', label: t('collaborate.nav') },
          { to: '/connections', label: t('nav.connections') },
          { to: '/members', label: t('nav.members') },
          { to: '/profile', label: t('nav.profile') },
          ...(canEditTaxonomy(me) ? [{ to: '/taxonomy', label: t('nav.taxonomy') }] : []),
          { to: '/settings', label: t('nav.settings') },
        ]
      : status === 'anonymous'
        ? [
            { to: '/login', label: t('nav.login') },
            { to: '/signup', label: t('nav.signup') },
          ]
        : [];
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          Sinergia
        </Link>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.to === '/'}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
