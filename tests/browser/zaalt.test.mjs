// zaalt.test.mjs — Zaalt as a user meets it, in headless Chromium: search in
// Mongolian, refine by a facet, open a document and walk its matches, open a
// provision and copy its citation, switch the interface to English, and the
// same pages with JavaScript off.
//
// Run by tests/t45-browser.sh, which indexes the demo corpus, starts
// `zaalt serve` and sets ZAALT_URL, CHROMIUM and SCREENSHOTS.  Expectations
// are the demo corpus's exact counts and texts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.ZAALT_URL;
const SHOTS = process.env.SCREENSHOTS || 'build/screenshots';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
              '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let ctx, page, profiles = [];

async function launch(options = {}) {
    // A fresh profile each time: no cookie or cache from an earlier run.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zaalt-chromium-'));
    profiles.push(dir);
    return chromium.launchPersistentContext(dir, {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, ...options,
    });
}

async function shot(p, name) {
    await p.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

before(async () => {
    assert.ok(BASE, 'ZAALT_URL must be set');
    fs.mkdirSync(SHOTS, { recursive: true });
    ctx = await launch();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    page = ctx.pages()[0] || await ctx.newPage();
    page.on('pageerror', (e) => { throw e; });
});

after(async () => {
    await ctx?.close();
    for (const d of profiles) fs.rmSync(d, { recursive: true, force: true });
});

const count = (p) => p.locator('p.count[role=status]').innerText();

// What the index says, through the JSON API: the pages must show the same
// numbers (the demo corpus's counts move as the analysis improves).
async function api(pathAndQuery) {
    const r = await fetch(BASE + pathAndQuery);
    assert.equal(r.status, 200, pathAndQuery);
    return r.json();
}
const Q = encodeURIComponent('хүн худалдаалах');
const facetCount = (j, field, value) => (j.facets[field].find((v) => v.value === value) || { count: 0 }).count;

test('search in Mongolian from the start page', async () => {
    await page.goto(BASE + '/');
    assert.equal(await page.getAttribute('html', 'lang'), 'mn');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'the start page focuses its search box');
    await page.getByLabel('Хайх үг').fill('хүн худалдаалах');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    assert.equal(await page.locator('main h1').innerText(), 'Хайлтын үр дүн');
    const all = await api(`/api/search?q=${Q}&limit=0`);
    assert.ok(all.total > 10, `total ${all.total}`);
    assert.match(await count(page), new RegExp(`^${all.total} баримт олдлоо \\(\\d+ мс\\)$`));
    assert.equal(await page.locator('ol.hits > li.hit').count(), 10);
    assert.ok(await page.locator('ol.hits mark').count() > 10, 'snippets are highlighted');
    assert.equal(await page.locator('nav.pages span[aria-current=page]').innerText(),
                 `1-р хуудас / нийт ${Math.ceil(all.total / 10)}`);
    await shot(page, '01-search-mn');
});

test('a facet narrows the results and its chip removes it', async () => {
    const all = await api(`/api/search?q=${Q}&limit=0`);
    const decisions = facetCount(all, 'type', 'decision');
    assert.ok(decisions > 1 && decisions < all.total, `decisions ${decisions} of ${all.total}`);
    const facet = page.locator('section[data-facet=type]');
    assert.equal(await facet.locator('li', { hasText: 'Шүүхийн шийдвэр' }).locator('.n').innerText(), String(decisions));
    await facet.getByRole('link', { name: 'Шүүхийн шийдвэр' }).click();
    await page.waitForURL(/type=decision/);
    assert.match(await count(page), new RegExp(`^${decisions} баримт олдлоо`));
    const chip = page.locator('ul.chips a.chip[data-field=type]');
    assert.equal((await chip.innerText()).replace(/\s+/g, ' ').trim(), 'Төрөл: Шүүхийн шийдвэр × (шүүлтүүрийг хасах)');
    // Counts follow the query: every type value but the chosen one is gone.
    assert.equal(await page.locator('section[data-facet=type] li').count(), 1);
    await shot(page, '02-facet-decision');
    // Sorting by date keeps the filter (the select submits itself).
    await page.selectOption('#sort', 'newest');
    await page.waitForURL(/sort=newest/);
    assert.ok(page.url().includes('type=decision'));
    // The page shows dates in words; the order is the machine-readable day's.
    const dates = await page.locator('ol.hits time').evaluateAll((ts) => ts.map((t) => t.dateTime));
    assert.ok(dates.length >= 2 && dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), dates.join());
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    await chip.click();
    await page.waitForURL((u) => !u.search.includes('type=decision'));
    assert.match(await count(page), new RegExp(`^${all.total} баримт олдлоо`));
});

test('a document opens with every match marked and walkable', async () => {
    await page.goto(BASE + `/search?q=${Q}&type=decision&sort=newest`);
    const first = page.locator('ol.hits > li.hit h2 a').first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL(/\/doc\//);
    assert.equal(await page.locator('article.document h1').innerText(), title);
    const marks = await page.locator('mark[id^="m-"]').count();
    assert.ok(marks >= 2, `marks: ${marks}`);
    assert.equal(await page.locator('.match-count').innerText().then((t) => t.trim()),
                 `Баримтад ${marks} илэрц тодруулсан`);
    // Without script, each mark links to the next; with it, "n" walks them.
    assert.equal(await page.locator('#m-1 + a.nm').getAttribute('href'), '#m-2');
    await page.locator('body').press('n');
    await page.waitForURL(/#m-1$/);
    await page.locator('body').press('n');
    await page.waitForURL(/#m-2$/);
    assert.equal(await page.locator('#match-pos').innerText(), `2 / ${marks}`);
    assert.equal(await page.locator('mark.current').getAttribute('id'), 'm-2');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'm-2', 'the focus is on the match');
    // Its citation, in both languages, and what it cites.
    assert.match(await page.locator('#cite-mn').innerText(), /дугаар шийдвэр$/);
    assert.match(await page.locator('#cite-en').innerText(), /decision No\. /);
    assert.ok(await page.locator('td.cites a[href^="/provision/"]').count() >= 1);
    await shot(page, '03-document');
    // Printed, it is the document: no header, sign-in, search box, buttons,
    // similar or citing panels, match navigation.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.top', 'p.session', '.doc-nav', '.panel.similar', 'button[data-copy]', '#matches'])
        assert.equal(await page.locator(hidden).first().isVisible(), false, `printed: ${hidden}`);
    for (const shown of ['article.document h1', 'table.doc-meta', '#cite-mn'])
        assert.equal(await page.locator(shown).first().isVisible(), true, `printed: ${shown}`);
    await page.emulateMedia({ media: 'screen' });
});

test('a provision: both texts, citing decisions, a citation to copy', async () => {
    await page.goto(BASE + '/provision/13.1');
    assert.equal(await page.locator('article.provision h1').innerText(),
                 'Эрүүгийн хуулийн 13.1 дүгээр зүйл\n13.1 дүгээр зүйл. Хүн худалдаалах');
    assert.equal(await page.locator('section.code-text').count(), 2);
    const prov = await api('/api/provision/13.1');
    assert.ok(prov.cited_by.total >= 2);
    assert.equal(await page.locator('#cited-count').innerText(), `${prov.cited_by.total} шийдвэр`);
    assert.equal(await page.locator('section.cited-by ul.links > li').count(), Math.min(prov.cited_by.total, 50));
    const copy = page.locator('button[data-copy=cite-mn]');
    assert.ok(await copy.isVisible(), 'the script shows the copy button');
    await copy.click();
    await page.waitForFunction(() => document.querySelector('button[data-copy=cite-mn]').textContent === 'Хуулсан');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Эрүүгийн хуулийн 13.1 дүгээр зүйл');
    await shot(page, '04-provision');
    // A part: the page marks it and cites it.
    await page.goto(BASE + '/provision/13.1.2#p-mn-2');
    assert.equal(await page.locator('#cite-en').innerText(), 'Criminal Code of Mongolia, Article 13.1, part 2');
    assert.equal(await page.locator('p.part.focus').count(), 8);
});

test('the interface switches to English and stays English', async () => {
    await page.goto(BASE + '/provision/13.1');
    await page.click('#ui-switch');
    await page.waitForURL(/ui=en/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('article.provision h1').innerText(),
                 'Criminal Code, Article 13.1\nArticle 13.1. Trafficking in persons');
    const prov = await api('/api/provision/13.1');
    assert.equal(await page.locator('#cited-count').innerText(), `${prov.cited_by.total} decisions`);
    await shot(page, '05-provision-en');
    await page.goto(BASE + '/search?q=trafficking');
    assert.equal(await page.locator('main h1').innerText(), 'Search results');
    const en = await api('/api/search?q=trafficking&limit=0');
    assert.match(await count(page), new RegExp(`^${en.total} documents \\(\\d+ ms\\)$`));
    await shot(page, '06-search-en');
    await page.click('#ui-switch');
    await page.waitForURL(/ui=mn/);
    assert.equal(await page.getAttribute('html', 'lang'), 'mn');
});

test('keyboard: the first Tab reaches the skip link, which moves focus to main', async () => {
    await page.goto(BASE + '/search?q=13.1');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
});

test('a malformed query shows where it goes wrong', async () => {
    await page.goto(BASE + '/search?q=' + encodeURIComponent('хүүхэд "шүүх'));
    assert.equal(await page.locator('.error h1').innerText(), 'Хайлтын асуулгыг уншиж чадсангүй');
    assert.equal(await page.locator('pre.query-echo .at').innerText(), '"');
});

test('on a phone the facets open above the results from the Refine button', async () => {
    const all = await api(`/api/search?q=${Q}&limit=0`);
    const decisions = facetCount(all, 'type', 'decision');
    const phone = await launch({ viewport: { width: 390, height: 844 } });
    try {
        const p = phone.pages()[0] || await phone.newPage();
        p.on('pageerror', (e) => { throw e; });
        await p.goto(BASE + `/search?q=${Q}`);
        const button = p.locator('a.to-facets');
        const panel = p.locator('#facets-panel');
        assert.equal(await button.getAttribute('aria-expanded'), 'false');
        assert.equal(await panel.isVisible(), false, 'the facets wait behind the button');
        await button.click();
        assert.equal(await button.getAttribute('aria-expanded'), 'true');
        assert.equal(await panel.isVisible(), true);
        const panelBox = await panel.boundingBox(), firstHit = await p.locator('ol.hits > li').first().boundingBox();
        assert.ok(panelBox.y < firstHit.y, `panel at ${panelBox.y}, first hit at ${firstHit.y}`);
        assert.equal(p.url(), BASE + `/search?q=${Q}`, 'no jump down the page');
        await shot(p, '08-phone-facets');
        await p.locator('section[data-facet=type]').getByRole('link', { name: 'Шүүхийн шийдвэр' }).click();
        await p.waitForURL(/type=decision/);
        assert.match(await count(p), new RegExp(`^${decisions} баримт олдлоо`));
        // Widened to a desktop, the same page shows the facets beside the results.
        await p.setViewportSize({ width: 1280, height: 900 });
        assert.equal(await p.locator('#facets-panel').isVisible(), true);
        assert.equal(await p.locator('a.to-facets').isVisible(), false);
    } finally {
        await phone.close();
    }
});

test('on a phone, and with JavaScript off, the pages still work', async () => {
    const all = await api(`/api/search?q=${Q}&limit=0`);
    const off = await launch({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
        const p = off.pages()[0] || await off.newPage();
        await p.goto(BASE + `/search?q=${Q}`);
        assert.match(await count(p), new RegExp(`^${all.total} баримт`));
        await shot(p, '07-phone-nojs');
        // The Apply button sorts without script.
        await p.selectOption('#sort', 'oldest');
        await p.click('form.sort button');
        await p.waitForURL(/sort=oldest/);
        await p.goto(BASE + '/provision/13.1');
        assert.equal(await p.locator('button[data-copy]').first().isVisible(), false, 'no copy button without script');
        assert.equal(await p.locator('#cite-mn').innerText(), 'Эрүүгийн хуулийн 13.1 дүгээр зүйл');
    } finally {
        await off.close();
    }
});

// The search library's passage (escaped text, <mark> tags) as the page's
// text reads it.
const passageText = (html) => html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

test('a hit shows its several passages, highlighted, up to three', async () => {
    const j = await api(`/api/search?q=${Q}`);
    const counts = j.hits.map((h) => (h.passages || []).length);
    assert.ok(counts.includes(3) && counts.includes(2), `passages per hit: ${counts}`);
    await page.goto(BASE + `/search?q=${Q}`);
    for (const h of j.hits) {
        const li = page.locator('ol.hits > li.hit').filter({ has: page.locator(`h2 a[href^="/doc/${h.id}?"]`) });
        assert.equal(await li.count(), 1, h.id);
        const n = (h.passages || []).length;
        // The snippet, then each further passage, best first; never more than three.
        assert.equal(await li.locator('p.snippet').count(), Math.min(3, Math.max(1, n)), `${h.id}: ${n} passages`);
        const shown = await li.locator('p.snippet.passage').allTextContents();
        assert.deepEqual(shown, h.passages.slice(1, 3).map(passageText), h.id);
        for (let i = 0; i < shown.length; i++)
            assert.ok(await li.locator('p.snippet.passage').nth(i).locator('mark').count() >= 1,
                      `${h.id}: passage ${i + 2} is highlighted`);
    }
});

test('the results page offers the hits as CSV and RIS', async () => {
    const j = await api(`/api/search?q=${Q}&limit=0`);
    await page.goto(BASE + `/search?q=${Q}&type=decision`);
    const decisions = facetCount(j, 'type', 'decision');
    assert.ok(decisions > 1, `decisions ${decisions}`);
    const csvLink = page.locator('p.export a', { hasText: 'CSV' });
    const risLink = page.locator('p.export a', { hasText: 'RIS' });
    assert.equal(await csvLink.count(), 1);
    assert.equal(await risLink.count(), 1);
    // The links keep the search's words and filters.
    const csvHref = await csvLink.getAttribute('href');
    assert.match(csvHref, /^\/api\/search\?q=[^&]+&type=decision&format=csv$/);
    const csv = await page.request.get(new URL(csvHref, page.url()).href);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /^text\/csv\b/);
    const rows = parseCsv(await csv.text());
    assert.deepEqual(rows[0].slice(0, 5), ['title', 'type', 'court', 'number', 'date']);
    assert.equal(rows.length - 1, Math.min(decisions, 1000), 'one row per document, up to the cap');
    assert.ok(rows.slice(1).every((r) => r[1] === 'decision' && r.length === rows[0].length));
    const ris = await page.request.get(new URL(await risLink.getAttribute('href'), page.url()).href);
    assert.equal(ris.status(), 200);
    const text = await ris.text();
    assert.ok(text.startsWith('TY  - '), text.slice(0, 40));
    const records = text.split(/\r?\n/).filter((l) => l.startsWith('TY  - '));
    assert.equal(records.length, Math.min(decisions, 1000));
    assert.equal(text.split(/\r?\n/).filter((l) => /^ER  - ?$/.test(l)).length, records.length);
});

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks.
function parseCsv(text) {
    const rows = [];
    let row = [], field = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
            else if (c === '"') quoted = false;
            else field += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') { row.push(field); field = ''; }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n') i++;
            row.push(field); rows.push(row); row = []; field = '';
        } else field += c;
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    return rows;
}

test('the viewer\'s Similar panel links to other documents, never to itself', async () => {
    const j = await api(`/api/search?q=${Q}&type=decision`);
    const doc = j.hits[0].doc;
    const similar = await api(`/api/similar/${doc}`);
    assert.ok(similar.hits.length >= 2, `similar: ${similar.hits.length}`);
    await page.goto(BASE + `/doc/${doc}`);
    const panel = page.locator('section.similar');
    assert.equal(await panel.locator('h2').innerText(), 'Төстэй баримтууд');
    const links = panel.locator('ul.links > li > a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, similar.hits.slice(0, 5).map((h) => `/doc/${h.id}`));
    assert.ok(hrefs.every((h) => h.startsWith('/doc/') && !h.startsWith(`/doc/${doc}`)), hrefs.join());
    const title = await links.first().innerText();
    await links.first().click();
    await page.waitForURL((u) => u.pathname === hrefs[0]);
    assert.equal(await page.locator('article.document h1').innerText(), title);
});

test('the year facet is a histogram by year; a bar adds its year', async () => {
    const j = await api(`/api/search?q=${Q}&limit=0`);
    const years = j.facets.year.map((v) => v.value).sort().reverse();
    assert.ok(years.length >= 4, `years: ${years}`);
    await page.goto(BASE + `/search?q=${Q}`);
    const bars = page.locator('section[data-facet=year] ol.histogram > li > a');
    // Every year with hits, newest first, whatever their counts.
    assert.deepEqual(await bars.evaluateAll((as) => as.map((a) => a.dataset.year)), years);
    for (const y of years) {
        const bar = bars.filter({ has: page.locator(`.y:text-is("${y}")`) });
        const n = facetCount(j, 'year', y);
        assert.equal(await bar.locator('.n').innerText(), String(n));
        assert.equal(await bar.getAttribute('aria-label'), `${y} он: ${n} баримт`);
    }
    // The bars' lengths follow the counts.
    const widths = {};
    for (const y of years)
        widths[y] = (await bars.filter({ has: page.locator(`.y:text-is("${y}")`) }).locator('.bar').boundingBox()).width;
    const byCount = [...years].sort((a, b) => facetCount(j, 'year', a) - facetCount(j, 'year', b));
    const most = byCount[byCount.length - 1], least = byCount[0];
    assert.ok(facetCount(j, 'year', most) > facetCount(j, 'year', least));
    assert.ok(widths[most] > widths[least] * 2, `widths ${JSON.stringify(widths)}`);
    await shot(page, '09-year-histogram');
    // Clicking the busiest year filters by it: a chip, and the total is the bar's count.
    const bar = bars.filter({ has: page.locator(`.y:text-is("${most}")`) });
    const barCount = await bar.locator('.n').innerText();
    await bar.click();
    await page.waitForURL(new RegExp(`year=${most}`));
    const chip = page.locator('ul.chips a.chip[data-field=year]');
    assert.equal((await chip.innerText()).replace(/\s+/g, ' ').trim(), `Он: ${most} × (шүүлтүүрийг хасах)`);
    assert.match(await count(page), new RegExp(`^${barCount} баримт олдлоо`));
    const current = page.locator('section[data-facet=year] a[aria-current=true]');
    assert.equal(await current.getAttribute('data-year'), most);
    await current.click();
    await page.waitForURL((u) => !u.search.includes('year='));
    assert.match(await count(page), new RegExp(`^${j.total} баримт олдлоо`));
});

// The real 2015 Criminal Code (t45 serves it at ZAALT_LAW_URL when
// ../shared is present): article 6.11, repealed on 2017-05-11, opens with a
// banner; part 3 of 5.4, repealed, stands struck through in its place.
test('a repealed article has its banner and a repealed part is struck', { skip: !process.env.ZAALT_LAW_URL && '../shared absent' }, async () => {
    const LAW = process.env.ZAALT_LAW_URL;
    await page.goto(`${LAW}/provision/6.11`);
    const banner = page.locator('.repealed-banner');
    await banner.waitFor();
    assert.match(await banner.innerText(), /^2017 оны 5 сарын 11-ны өдрийн хуулиар хүчингүй болсон/);
    assert.equal(await banner.locator('time').getAttribute('datetime'), '2017-05-11');
    assert.equal(await banner.evaluate((e) => getComputedStyle(e).display !== 'none' && e.offsetHeight > 0), true);
    await page.goto(`${LAW}/provision/5.4`);
    const part = page.locator('[data-part="5.4.3"]');
    await part.waitFor();
    const struck = await part.evaluate((e) => {
        const d = e.querySelector('del');
        return d !== null && getComputedStyle(d).textDecorationLine.includes('line-through') && d.innerText.length > 10;
    });
    assert.equal(struck, true, 'part 5.4.3 is struck through');
    assert.equal(await page.locator('[data-part="5.4.2"] del').count(), 0, 'part 5.4.2 (restated, in force) is not');
    await shot(page, 'law-repealed-part');
});

// Sign-in over HTTPS (t45 serves a restricted note with TLS at ZAALT_TLS_URL,
// with a self-signed certificate): the form signs the investigator in, the
// note opens, and a visitor without the session gets nothing.
test('an investigator signs in over HTTPS, reads a restricted note and saves a search with its private feed', { skip: !process.env.ZAALT_TLS_URL && 'openssl absent' }, async () => {
    const TLS = process.env.ZAALT_TLS_URL, DOC = process.env.ZAALT_TLS_DOC;
    let feed = null;
    const signed = await launch({ ignoreHTTPSErrors: true });
    try {
        const p = signed.pages()[0] || await signed.newPage();
        const before = await p.goto(`${TLS}/doc/${DOC}`);
        assert.equal(before.status(), 404, 'not visible before signing in');
        await p.goto(`${TLS}/login`);
        await p.fill('#signin-user', 'investigator');
        await p.fill('#signin-password', 'browser-pass');
        await Promise.all([p.waitForNavigation(), p.click('#signin button[type=submit]')]);
        const cookies = await signed.cookies(TLS);
        const session = cookies.find((c) => c.name === 'zaalt_session');
        assert.ok(session && session.secure && session.httpOnly, `a Secure, HttpOnly session cookie; at ${p.url()}: ${(await p.locator('body').innerText()).slice(0, 300)}; cookies ${JSON.stringify(cookies)}`);
        const after = await p.goto(`${TLS}/doc/${DOC}`);
        assert.equal(after.status(), 200);
        assert.match(await p.locator('body').innerText(), /Zorigtbaatar/);
        await shot(p, 'signin-tls');
        // Saving the search from the results page: the browser's own form
        // (its Origin and the session's form token) is accepted.
        await p.goto(`${TLS}/search?q=Zorigtbaatar`);
        await p.fill('#save-name', 'Zorigtbaatar watch');
        await Promise.all([p.waitForNavigation(), p.click('#save-search button[type=submit]')]);
        assert.match(p.url(), /\/saved$/, `saving lands on /saved, not ${p.url()}`);
        const item = p.locator('li.saved');
        assert.equal(await item.count(), 1, 'one saved search');
        assert.match(await item.innerText(), /Zorigtbaatar watch/);
        feed = await item.locator('p.feed a').getAttribute('href');
        assert.match(feed, /^\/feed\/saved\/[0-9a-f]{64}$/);
    } finally {
        await signed.close();
    }
    const anon = await launch({ ignoreHTTPSErrors: true });
    try {
        const p = anon.pages()[0] || await anon.newPage();
        const r = await p.goto(`${TLS}/doc/${DOC}`);
        assert.equal(r.status(), 404, 'another browser without the session sees nothing');
        const saved = await p.goto(`${TLS}/saved`);
        assert.doesNotMatch(await saved.text(), /Zorigtbaatar watch/, 'nor the saved search');
        // The private feed stands for the investigator, without a session.
        const f = await p.goto(`${TLS}${feed}`);
        assert.equal(f.status(), 200);
        assert.match(await f.text(), /Zorigtbaatar/, 'the private feed holds the restricted note');
    } finally {
        await anon.close();
    }
});
