import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFilters, defaultFilters, encodeFilters, filterQuery, withFilter, type Filters } from './filters';
import { readList, updateParams, writeFilters, writeList, writeParam, type UrlIO } from './url-state';

const params = (s: string) => new URLSearchParams(s);

describe('filter URL codec', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeFilters(defaultFilters('sample'), 'sample').toString()).toBe('');
    expect(filterQuery(defaultFilters('sample'), 'sample')).toBe('');
  });

  it('writes only what was chosen, readable', () => {
    const f: Filters = { ...defaultFilters('sample'), years: [2020, 2022], province: '江苏省', level: '市', format: '2021' };
    const s = encodeFilters(f, 'sample');
    expect(s.get('years')).toBe('2020-2022');
    expect(s.get('province')).toBe('江苏省');
    expect(s.get('level')).toBe('市');
    expect(s.get('format')).toBe('2021');
    expect(s.has('dataset')).toBe(false);
    expect(s.has('city')).toBe(false);
  });

  it('reads a single year, reversed ranges and ignores garbage', () => {
    expect(decodeFilters(params('years=2021'), 'sample').years).toEqual([2021, 2021]);
    expect(decodeFilters(params('years=2023-2020'), 'sample').years).toEqual([2020, 2023]);
    expect(decodeFilters(params('years=abc&format=2020&dataset=../x'), 'sample')).toEqual(defaultFilters('sample'));
  });

  it('keeps page params and drops defaults written by hand', () => {
    const base = params('agencies=a,b&dataset=sample&cell=t3.granted.total');
    const out = encodeFilters(decodeFilters(base, 'sample'), 'sample', base);
    expect(out.toString()).toBe('agencies=a%2Cb&cell=t3.granted.total');
  });

  it('round-trips any filters', () => {
    const opt = fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0), { nil: null });
    const arb = fc.record({
      dataset: fc.constantFrom('sample', 'synthetic-1', 'other'),
      years: fc.option(fc.tuple(fc.integer({ min: 2008, max: 2030 }), fc.integer({ min: 2008, max: 2030 })).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]), { nil: null }),
      province: opt, city: opt, county: opt, level: opt, kind: opt,
      format: fc.constantFrom(null, '2019' as const, '2021' as const)
    });
    fc.assert(fc.property(arb, (f) => {
      const url = new URL(`https://x.invalid/compare?${encodeFilters(f, 'sample')}`);
      expect(decodeFilters(url.searchParams, 'sample')).toEqual(f);
    }));
  });

  it('clears city and county when the province changes, and everything when the dataset changes', () => {
    const f: Filters = { ...defaultFilters('sample'), province: '江苏省', city: '淮安市', county: '淮安区', years: [2021, 2021] };
    expect(withFilter(f, { province: '福建省' })).toMatchObject({ province: '福建省', city: null, county: null, years: [2021, 2021] });
    expect(withFilter(f, { city: '南京市' })).toMatchObject({ province: '江苏省', city: '南京市', county: null });
    expect(withFilter(f, { dataset: 'synthetic' })).toEqual(defaultFilters('synthetic'));
  });
});

describe('URL state through injected I/O', () => {
  function fakeIO(initial: string) {
    const writes: { url: string; push: boolean }[] = [];
    let current = params(initial);
    const io: UrlIO = {
      read: () => current,
      write: (p, { push }) => {
        current = new URLSearchParams(p);
        writes.push({ url: p.toString(), push });
      }
    };
    return { io, writes, get url() { return current.toString(); } };
  }

  it('writes a filter change and keeps page params', () => {
    const s = fakeIO('agencies=a,b');
    writeFilters(s.io, 'sample', { level: '县' });
    expect(s.url).toBe('agencies=a%2Cb&level=%E5%8E%BF');
    expect(s.writes).toHaveLength(1);
  });

  it('does not write when nothing changed', () => {
    const s = fakeIO('level=县');
    writeFilters(s.io, 'sample', { level: '县' });
    updateParams(s.io, () => undefined);
    expect(s.writes).toHaveLength(0);
  });

  it('drops rows of the old dataset when the dataset changes', () => {
    const s = fakeIO('agencies=a,b&level=县&q=x');
    writeFilters(s.io, 'sample', { dataset: 'synthetic' });
    expect(s.url).toBe('q=x&dataset=synthetic');
  });

  it('removes a param set to its default', () => {
    const s = fakeIO('rule=T3-1&severity=error');
    writeParam(s.io, 'rule', null);
    expect(s.url).toBe('severity=error');
    writeList(s.io, 'agencies', ['b', 'a', 'b']);
    expect(readList(s.io.read(), 'agencies')).toEqual(['b', 'a']);
    writeList(s.io, 'agencies', []);
    expect(s.url).toBe('severity=error');
  });
});
