import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeUrl } from '../../src/sources/url.js';

test('the issue\'s example: case, tracking and fragment make no different article', () => {
  assert.equal(normalizeUrl('https://Example.com/a?utm_source=x#top'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com/a'), 'https://example.com/a');
});

test('scheme and host in lower case; the path keeps its case', () => {
  assert.equal(normalizeUrl('HTTPS://News.Example.CO.UK/World/Story-One'), 'https://news.example.co.uk/World/Story-One');
  assert.equal(normalizeUrl('Http://example.org/x'), 'http://example.org/x');
});

test('default ports dropped, other ports kept', () => {
  assert.equal(normalizeUrl('https://example.com:443/a'), 'https://example.com/a');
  assert.equal(normalizeUrl('http://example.com:80/a'), 'http://example.com/a');
  assert.equal(normalizeUrl('http://example.com:443/a'), 'http://example.com:443/a');
  assert.equal(normalizeUrl('https://example.com:8443/a'), 'https://example.com:8443/a');
});

test('an empty path becomes "/"; other paths keep or lack their trailing slash', () => {
  assert.equal(normalizeUrl('https://example.com'), 'https://example.com/');
  assert.equal(normalizeUrl('https://example.com?id=4'), 'https://example.com/?id=4');
  assert.equal(normalizeUrl('https://example.com/'), 'https://example.com/');
  assert.equal(normalizeUrl('https://example.com/news/'), 'https://example.com/news/');
  assert.equal(normalizeUrl('https://example.com/news'), 'https://example.com/news');
});

test('tracking parameters dropped by name and by prefix, in any case; the others kept in order and spelling', () => {
  assert.equal(
    normalizeUrl('https://example.com/story?id=12&utm_medium=social&page=2&fbclid=IwAR0abc&UTM_Campaign=spring'),
    'https://example.com/story?id=12&page=2',
  );
  assert.equal(normalizeUrl('https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&ocid=4&cmpid=5'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com/a?at_medium=RSS&at_campaign=KARANGA&CMP=share_btn_tw'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com/a?q=a+b%20c&z=1&b=%C3%A9'), 'https://example.com/a?q=a+b%20c&z=1&b=%C3%A9');
  assert.equal(normalizeUrl('https://example.com/a?z=1&a=2'), 'https://example.com/a?z=1&a=2', 'order kept, not sorted');
});

test('names that merely contain a tracking name, and percent-encoded tracking names', () => {
  assert.equal(normalizeUrl('https://example.com/a?my_utm_source=1&source=rss'), 'https://example.com/a?my_utm_source=1&source=rss');
  assert.equal(normalizeUrl('https://example.com/a?utm%5Fsource=x&id=1'), 'https://example.com/a?id=1');
  assert.equal(normalizeUrl('https://example.com/a?%zz=1&utm_term=t'), 'https://example.com/a?%zz=1');
});

test('valueless and empty query pieces', () => {
  assert.equal(normalizeUrl('https://example.com/a?print&utm_source'), 'https://example.com/a?print');
  assert.equal(normalizeUrl('https://example.com/a?&&id=1&'), 'https://example.com/a?id=1');
  assert.equal(normalizeUrl('https://example.com/a?'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com/a?#frag'), 'https://example.com/a');
});

test('fragments dropped, except "#!" routes that name the article', () => {
  assert.equal(normalizeUrl('https://example.com/a#comments'), 'https://example.com/a');
  assert.equal(normalizeUrl('https://example.com/a?id=3#top'), 'https://example.com/a?id=3');
  assert.equal(normalizeUrl('https://example.com/#!/story/88'), 'https://example.com/#!/story/88');
});

test('white space trimmed; non-http(s) and unparseable URLs come back as given', () => {
  assert.equal(normalizeUrl('  https://Example.com/a \n'), 'https://example.com/a');
  assert.equal(normalizeUrl(' ftp://Example.com/a#x '), 'ftp://Example.com/a#x');
  assert.equal(normalizeUrl('urn:uuid:1234'), 'urn:uuid:1234');
  assert.equal(normalizeUrl('/relative/path?utm_source=x'), '/relative/path?utm_source=x');
  assert.equal(normalizeUrl('https://'), 'https://');
  assert.equal(normalizeUrl('http://exa mple.com/'), 'http://exa mple.com/');
  assert.equal(normalizeUrl(''), '');
});

test('idempotent', () => {
  for (const raw of ['https://Example.com:443?utm_source=a&b=1#x', 'https://example.com/#!/s/1', 'mailto:desk@example.com', 'https://example.com/a%20b/?q=%E2%82%AC']) {
    const once = normalizeUrl(raw);
    assert.equal(normalizeUrl(once), once, raw);
  }
});
