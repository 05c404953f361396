/**
 * Keeps one broken screen from blanking the whole app: the error is shown with
 * a way back, and the rest of the shell (navigation) stays usable. Data is in
 * IndexedDB, so nothing is lost by leaving the screen.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  labels: { title: string; body: string; retry: string };
  /** Changing this (e.g. the route) clears the error. */
  resetKey: string;
}

interface State {
  error: Error | null;
  key: string;
}

class Boundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen failed', error, info.componentStack);
  }

  override render() {
    const { labels } = this.props;
    if (!this.state.error) return this.props.children;
    return (
      <div className="card" role="alert" data-testid="screen-error" style={{ maxWidth: 720 }}>
        <h1>{labels.title}</h1>
        <p>{labels.body}</p>
        <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{this.state.error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {labels.retry}
        </button>
      </div>
    );
  }
}

export function ErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey: string }) {
  const { t } = useTranslation();
  return (
    <Boundary resetKey={resetKey} labels={{ title: t('screenError.title'), body: t('screenError.body'), retry: t('screenError.retry') }}>
      {children}
    </Boundary>
  );
}
