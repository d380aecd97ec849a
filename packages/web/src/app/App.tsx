import { Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { Loading } from '../components/Loading';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { ServiceStatus } from '../components/ServiceStatus';
import { StepOutButton } from '../features/step-out/StepOutButton';
import { StepOutPanel } from '../features/step-out/StepOutPanel';
import { useT } from '../i18n/i18n';
import { managesCourses, useMyOrgs } from '../lib/myOrgs';
import { StepOutProvider } from '../lib/stepOut';
import { NotFound } from './NotFound';
import { routes } from './routes';

/**
 * The app's frame: skip link, header (brand, navigation, the always-visible Step out), the routed
 * page, and a footer with the service status.
 *
 * @example
 * <QueryClientProvider client={queryClient}><App /></QueryClientProvider>
 */
export function App() {
  const [location] = useLocation();
  const { t } = useT();
  const orgs = useMyOrgs().data ?? [];
  const manager = orgs.some(managesCourses);
  const trainee = orgs.some((o) => o.roles.includes('trainee'));
  const admin = orgs.some((o) => o.roles.includes('admin'));
  const author = orgs.some((o) => o.roles.includes('author') || o.roles.includes('admin'));
  return (
    <StepOutProvider>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <Link className="brand" href="/">
          Doorway
        </Link>
        <nav aria-label={t('app.nav')} className="site-nav">
          <Link href="/">{t('app.scenarios')}</Link>
          <Link href="/sources">{t('app.sources')}</Link>
          <Link href="/workshop">{t('app.workshop')}</Link>
          {manager ? <Link href="/manage/courses">{t('app.courses')}</Link> : null}
          {trainee ? <Link href="/my/courses">{t('app.myCourses')}</Link> : null}
          {author ? <Link href="/author">{t('app.author')}</Link> : null}
          {admin ? <Link href="/manage/settings">{t('orgSettings.nav')}</Link> : null}
          {orgs.length > 0 ? <Link href="/my/data">{t('myData.nav')}</Link> : null}
        </nav>
        <LanguageSwitcher />
        <StepOutButton />
      </header>
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary key={location}>
          <Suspense fallback={<Loading what={t('app.loadingPage')} />}>
            <Switch>
              {routes.map((r) => (
                <Route key={r.path} path={r.path} component={r.component} />
              ))}
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <ServiceStatus />
        <p>
          {t('app.footer')} <a href="tel:+18883737888">1-888-373-7888</a>.
        </p>
      </footer>
      <StepOutPanel />
    </StepOutProvider>
  );
}
