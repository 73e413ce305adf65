import { describe, expect, it } from 'vitest';
import { MAX_URL_SQL, sqlFromUrl, urlWithSql } from './url-state';

describe('sql in the URL', () => {
  it('round-trips any query text, including Chinese, quotes, & # and newlines', () => {
    const sql = "SELECT '予以公开 & #1' AS \"列\", 1+1\nFROM reports WHERE x = 'a%20b'";
    const url = urlWithSql(new URL('http://h/sql?x=1'), sql);
    expect(sqlFromUrl(new URL(url.href))).toBe(sql);
    expect(url.searchParams.get('x')).toBe('1');
  });
  it('drops empty and over-long queries', () => {
    expect(sqlFromUrl(urlWithSql(new URL('http://h/sql?q=old'), '  '))).toBeNull();
    expect(sqlFromUrl(urlWithSql(new URL('http://h/sql'), 'x'.repeat(MAX_URL_SQL + 1)))).toBeNull();
    expect(sqlFromUrl(new URL('http://h/sql'))).toBeNull();
  });
});
