import { Route, Routes } from 'react-router-dom';
import { GuestOnly } from './components/GuestOnly.tsx';
import { Layout } from './components/Layout.tsx';
import { RequireAuth } from './components/RequireAuth.tsx';
import { AvailabilityPage } from './pages/AvailabilityPage.tsx';
import { AdminDashboardPage } from './pages/AdminDashboardPage.tsx';
import { CoachPage } from './pages/CoachPage.tsx';
import { CollaboratePage } from './pages/CollaboratePage.tsx';
import { ConnectionsPage } from './pages/ConnectionsPage.tsx';
import { CoursePage } from './pages/CoursePage.tsx';
import { DashboardPage } from './pages/DashboardPage.tsx';
import { DiscoverPage } from './pages/DiscoverPage.tsx';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage.tsx';
import { HomeRoute } from './pages/HomeRoute.tsx';
import { IdeasPage } from './pages/IdeasPage.tsx';
import { LessonPage } from './pages/LessonPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { MeetingsPage } from './pages/MeetingsPage.tsx';
import { MemberPage } from './pages/MemberPage.tsx';
import { MembersPage } from './pages/MembersPage.tsx';
import { NewProposalPage } from './pages/NewProposalPage.tsx';
import { NewReferralPage } from './pages/NewReferralPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ObstaclesPage } from './pages/ObstaclesPage.tsx';
import { PitchPage } from './pages/PitchPage.tsx';
import { PlanPage } from './pages/PlanPage.tsx';
import { OnboardingPage } from './pages/OnboardingPage.tsx';
import { ProfilePage } from './pages/ProfilePage.tsx';
import { ProposalPage } from './pages/ProposalPage.tsx';
import { ProposeMeetingPage } from './pages/ProposeMeetingPage.tsx';
import { ReferralPage } from './pages/ReferralPage.tsx';
import { ReferralsPage } from './pages/ReferralsPage.tsx';
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
        <Route path="coach" element={<RequireAuth><CoachPage /></RequireAuth>} />
        <Route path="coach/obstacles" element={<RequireAuth><ObstaclesPage /></RequireAuth>} />
        <Route path="coach/pitch" element={<RequireAuth><PitchPage /></RequireAuth>} />
        <Route path="coach/plan" element={<RequireAuth><PlanPage /></RequireAuth>} />
        <Route path="coach/ideas" element={<RequireAuth><IdeasPage /></RequireAuth>} />
        <Route path="coach/course" element={<RequireAuth><CoursePage /></RequireAuth>} />
        <Route path="coach/course/:slug" element={<RequireAuth><LessonPage /></RequireAuth>} />
        <Route path="collaborate" element={<RequireAuth><CollaboratePage /></RequireAuth>} />
        <Route path="collaborate/proposals/new" element={<RequireAuth><NewProposalPage /></RequireAuth>} />
        <Route path="collaborate/proposals/:id" element={<RequireAuth><ProposalPage /></RequireAuth>} />
        <Route path="collaborate/referrals" element={<RequireAuth><ReferralsPage /></RequireAuth>} />
        <Route path="collaborate/referrals/new" element={<RequireAuth><NewReferralPage /></RequireAuth>} />
        <Route path="collaborate/referrals/:id" element={<RequireAuth><ReferralPage /></RequireAuth>} />
        <Route path="collaborate/dashboard" element={<RequireAuth><DashboardPage /></RequireAuth>} />
        <Route path="collaborate/admin" element={<RequireAuth><AdminDashboardPage /></RequireAuth>} />
        <Route path="taxonomy" element={<RequireAuth><TaxonomyPage /></RequireAuth>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
