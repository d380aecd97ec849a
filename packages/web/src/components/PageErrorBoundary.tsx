import { Component, type ErrorInfo, type ReactNode } from 'react';
// A class component cannot use hooks: it reads the current language when it renders.
import { i18next } from '../i18n/i18n';

interface State {
  error: Error | undefined;
}

/**
 * Keeps a failure inside one page from blanking the app: a page that throws while rendering (a bug,
 * or its code chunk failing to download while offline) is replaced by a message and ways on, while the
 * header, Step out and the footer stay. Give it a `key` per address so moving on clears it.
 *
 * @example
 * <PageErrorBoundary key={location}><Switch>…</Switch></PageErrorBoundary>
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Doorway page error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">
          <span aria-hidden="true">⚠ </span>
          {i18next.t('common.pageBrokenTitle')}
        </p>
        <p>{i18next.t('common.pageBroken')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => location.reload()}>
            {i18next.t('common.tryAgain')}
          </button>
          <a href="/" className="button button--secondary">
            {i18next.t('common.backToScenarios')}
          </a>
        </div>
      </div>
    );
  }
}
