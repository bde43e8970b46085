import { describe, expect, it, vi } from 'vitest';
import { load, loaded, provide } from '@/utils/on-demand';

const view = { mount: vi.fn(), unmount: vi.fn() };

describe('on-demand scripts', () => {
  it('injects a script once, even when asked twice at the same time, and then finds what it provided', async () => {
    expect(loaded('composer')).toBeUndefined();
    const inject = vi.fn(async () => {
      await Promise.resolve();
      provide('composer', view);
    });
    const [a, b] = await Promise.all([load('composer', inject), load('composer', inject)]);
    expect(a).toBe(view);
    expect(b).toBe(view);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(await load('composer', inject)).toBe(view);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('says which script could not be loaded, and tries again next time', async () => {
    const silent = vi.fn(async () => undefined);
    await expect(load('self-import', silent)).rejects.toThrow('Common Ground could not load its self-import script.');
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(load('self-import', refused)).rejects.toThrow('Cannot access contents of the page');
    const works = vi.fn(async () => provide('self-import', view));
    expect(await load('self-import', works)).toBe(view);
  });
});
