import { describe, it, expect } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);

describe('buildMenuTemplate', () => {
  it('has the Edit menu role everywhere, so copy, paste and undo work in inputs', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(roles(buildMenuTemplate(platform, false))).toContain('editMenu');
    }
  });

  it('adds the macOS app menu only on macOS', () => {
    expect(roles(buildMenuTemplate('darwin', false))[0]).toBe('appMenu');
    expect(roles(buildMenuTemplate('linux', false))).not.toContain('appMenu');
  });

  it('offers developer tools and reload only in development', () => {
    expect(roles(buildMenuTemplate('linux', false))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('linux', false))).not.toContain('reload');
    expect(roles(buildMenuTemplate('linux', true))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
