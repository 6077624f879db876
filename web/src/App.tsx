import { Route, Routes } from 'react-router-dom';
import { GuestOnly } from './components/GuestOnly.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import { AvailabilityPage } from './pages/AvailabilityPage.tsx';
import { ConnectionsPage } from './pages/ConnectionsPage.tsx';
import { DiscoverPage } from './pages/DiscoverPage.tsx';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.tsx';
import { HomeRoute } from './pages/HomeRoute.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { MeetingsPage } from './pages/MeetingsPage.tsx';
import { MemberPage } from './pages/MemberPage.tsx';
import { MembersPage } from './pages/MembersPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OnboardingPage } from './pages/OnboardingPage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { ProposeMeetingPage } from './pages/ProposeMeetingPage.tsx';
import { ResetPasswordPage } from './pages/ResetPasswordPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { SignupPage } from './pages/SignupPage.tsx';
import { TaxonomyPage } from './pages/TaxonomyPage.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRoute />} />
        <Route path="signup" element={<GuestOnly><SignupPage /></GuestOnly>} />
        <Route path="login" element={<GuestOnly><LoginPage /></GuestOnly>} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="onboarding" element={<RequireAuth><OnboardingPage /></RequireAuth>} />
        <Route path="profile" element={<RequireAuth><ProfilePage /></RequireAuth>} />
        <Route path="discover" element={<RequireAuth><DiscoverPage /></RequireAuth>} />
        <Route path="connections" element={<RequireAuth><ConnectionsPage /></RequireAuth>} />
        <Route path="meetings" element={<RequireAuth><MeetingsPage /></RequireAuth>} />
        <Route path="meetings/new" element={<RequireAuth><ProposeMeetingPage /></RequireAuth>} />
        <Route path="meetings/:id" element={<RequireAuth><MeetingPage /></RequireAuth>} />
        <Route path="members" element={<RequireAuth><MembersPage /></RequireAuth>} />
        <Route path="members/:slug" element={<RequireAuth><MemberPage /></RequireAuth>} />
        <Route path="settings" element={<RequireAuth><SettingsPage /></RequireAuth>} />
        <Route path="settings/availability" element={<RequireAuth><AvailabilityPage /></RequireAuth>} />
        <Route path="taxonomy" element={<RequireAuth><TaxonomyPage /></RequireAuth>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
