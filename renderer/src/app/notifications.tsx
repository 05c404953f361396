/**
 * Toasts and the undo stack. Destructive commands push an undo; the toast offers
 * it and Ctrl/Cmd+Z (outside text fields) runs the latest one while its toast is shown. Errors stay until
 * dismissed so a failed save is never missed.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ToastKind = 'info' | 'success' | 'error';

export interface ToastInput {
  kind: ToastKind;
  message: string;
  /** Reverses the action the toast reports. */
  undo?: () => Promise<void>;
}

interface Toast extends ToastInput {
  id: number;
}

interface NotifyApi {
  notify(t: ToastInput): void;
  /** Shows a readable error toast for anything thrown. */
  notifyError(prefix: string, e: unknown): void;
}

const NotifyContext = createContext<NotifyApi | null>(null);

export function useNotify(): NotifyApi {
  const n = useContext(NotifyContext);
  if (!n) throw new Error('useNotify outside NotificationsProvider');
  return n;
}

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const undoStack = useRef<Array<{ id: number; undo: () => Promise<void> }>>([]);
  const nextId = useRef(1);

  // An undo lives exactly as long as its toast: once the toast is gone, Ctrl+Z cannot reach back
  // and overwrite newer work with rows captured long ago.
  const dismiss = useCallback((id: number) => {
    undoStack.current = undoStack.current.filter((u) => u.id !== id);
    setToasts((ts) => ts.filter((x) => x.id !== id));
  }, []);

  const notify = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      setToasts((ts) => {
        const next = [...ts.slice(-2), { ...input, id }];
        // A toast pushed out of view takes its undo with it (idempotent, so safe if run twice).
        const shown = new Set(next.map((x) => x.id));
        undoStack.current = undoStack.current.filter((u) => shown.has(u.id) || u.id === id);
        return next;
      });
      if (input.undo) undoStack.current = [...undoStack.current.slice(-19), { id, undo: input.undo }];
      if (input.kind !== 'error') setTimeout(() => dismiss(id), input.undo ? 15_000 : 5_000);
    },
    [dismiss],
  );

  const notifyError = useCallback(
    (prefix: string, e: unknown) => {
      const detail = e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : String(e);
      notify({ kind: 'error', message: `${prefix}: ${detail}` });
    },
    [notify],
  );

  const runUndo = useCallback(
    async (id?: number) => {
      const entry = id === undefined ? undoStack.current.at(-1) : undoStack.current.find((u) => u.id === id);
      if (!entry) return;
      undoStack.current = undoStack.current.filter((u) => u !== entry);
      dismiss(entry.id);
      try {
        await entry.undo();
        notify({ kind: 'info', message: t('undo.done') });
      } catch (e) {
        notifyError(t('undo.failed'), e);
      }
    },
    [dismiss, notify, notifyError, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTextField(document.activeElement)) {
        if (undoStack.current.length) {
          e.preventDefault();
          void runUndo();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runUndo]);

  const api = useMemo(() => ({ notify, notifyError }), [notify, notifyError]);

  return (
    <NotifyContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
        {toasts.map((x) => (
          <div key={x.id} className={`toast toast-${x.kind}`} role={x.kind === 'error' ? 'alert' : undefined}>
            <span>{x.message}</span>
            {x.undo && (
              <button type="button" onClick={() => void runUndo(x.id)} data-testid="toast-undo">
                {t('undo.action')}
              </button>
            )}
            <button type="button" className="ghost" aria-label={t('actions.close')} onClick={() => dismiss(x.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifyContext.Provider>
  );
}
