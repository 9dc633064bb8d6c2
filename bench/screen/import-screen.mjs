// Measure 7c of the benchmark suite (bench/README.md, section 7): a file imported through the
// import screen in headless Chromium, as an editor does it. Signs in, uploads the file as a dry
// run, follows the progress bar to the end, applies the dry run's file, follows that too, and
// leaves the screen and comes back by its address while each runs. The progress bar's value is
// read every second (BENCH_SAMPLE_MS); the run fails unless the bar moved (several distinct,
// increasing values), the job went on while the screen was away, and both ended "Done.".
//
// Environment: BENCH_BASE (the server, e.g. http://localhost:9280), BENCH_USER, BENCH_PASSWORD,
// BENCH_FILE (the CSV to upload), BENCH_RESULT (where the JSON result goes), BENCH_CHROMIUM
// [/usr/bin/chromium], BENCH_SCREENSHOTS (a folder for the screenshots, optional),
// BENCH_SAMPLE_MS [1000], BENCH_AWAY_MS [5000].
//
// Prints what it sees as it goes; the JSON result holds the samples, totals and times.
import { writeFileSync, mkdirSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    throw new Error(`${name} is not set`);
  }
  return value;
};
const base = env('BENCH_BASE').replace(/\/+$/, '');
const user = env('BENCH_USER');
const password = env('BENCH_PASSWORD');
const file = env('BENCH_FILE');
const resultFile = env('BENCH_RESULT');
const sampleMs = Number(env('BENCH_SAMPLE_MS', '1000'));
const awayMs = Number(env('BENCH_AWAY_MS', '5000'));
const screenshots = process.env.BENCH_SCREENSHOTS;
const hour = 3_600_000;

const now = () => performance.now();
const seconds = (from, to = now()) => Math.round((to - from) / 100) / 10;
const say = (line) => console.log(`   ${line}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The progress bar as the page shows it now: its value (aria-valuenow, the label as a fallback),
// the status line and the totals. Read in one script, so that a poll's update between two reads
// cannot mix two states.
const readScreen = (page) =>
  page.evaluate(() => {
    const bar = document.getElementById('follow:progress');
    const text = (id) => (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    let value = null;
    if (bar) {
      const now = bar.getAttribute('aria-valuenow');
      const label = bar.querySelector('.ui-progressbar-label')?.textContent ?? '';
      value = now !== null && now !== '' ? Number(now) : Number.parseInt(label, 10);
    }
    return { value: Number.isFinite(value) ? value : null, state: text('importState'), totals: text('totals') };
  });

const shot = async (page, name) => {
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
  }
};

/**
 * Follows the import shown on the page to its end: samples the bar every sampleMs, and once the bar
 * has moved off its first value, leaves for My Customers for awayMs and comes back by the import's
 * address. Returns the samples, what was seen when leaving and coming back, and the last state.
 */
async function follow(page, name, started) {
  const address = page.url();
  const samples = [];
  let away = null;
  for (;;) {
    const seen = await readScreen(page);
    samples.push({ s: seconds(started), value: seen.value });
    if (!seen.state.startsWith('Running')) {
      return { address, samples, away, end: seen, seconds: seconds(started) };
    }
    const distinct = new Set(samples.map((x) => x.value)).size;
    if (away === null && distinct >= 3 && seen.value !== null && seen.value < 60) {
      // away from the screen (another page of the application), then back by the address
      const left = { s: seconds(started), value: seen.value };
      await page.goto(`${base}/customers.xhtml`, { timeout: 120_000 });
      await sleep(awayMs);
      await page.goto(address, { timeout: 120_000 });
      await page.waitForSelector('[id="follow:progress"]', { timeout: 120_000 });
      const back = await readScreen(page);
      away = { left, back: { s: seconds(started), value: back.value, state: back.state } };
      say(`${name}: left the screen at ${left.value}% (${left.s} s), back at ${back.value}% (${away.back.s} s): ${back.state}`);
      await shot(page, `import-${name}-back`);
      samples.push({ s: away.back.s, value: back.value, back: true });
      if (!back.state.startsWith('Running')) {
        return { address, samples, away, end: back, seconds: seconds(started) };
      }
    }
    await sleep(sampleMs);
  }
}

/** Whether the bar moved: its values never went down and took several distinct values. */
function moved(run) {
  const values = run.samples.map((x) => x.value).filter((v) => v !== null);
  const increasing = values.every((v, i) => i === 0 || v >= values[i - 1]);
  const distinct = [...new Set(values)];
  return { increasing, distinct: distinct.length, values: distinct };
}

const problems = [];
const check = (ok, problem) => {
  if (!ok) {
    problems.push(problem);
    say(`PROBLEM: ${problem}`);
  }
};

const browser = await chromium.launch({
  executablePath: env('BENCH_CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const result = { file, bytes: statSync(file).size };
try {
  const context = await browser.newContext({ locale: 'en', viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);

  await page.goto(`${base}/login.xhtml`);
  await page.fill('[id="login:username"]', user);
  await page.fill('[id="login:password"]', password);
  await Promise.all([page.waitForSelector('[id="session:signOut"]'), page.click('[id="login:signIn"]')]);
  say(`signed in as ${user}`);

  await page.goto(`${base}/import.xhtml`);
  check(await page.isChecked('[id="upload:dryRun"]'), 'the upload is not a dry run by default');
  await page.setInputFiles('[id="upload:file"]', file);

  // Dry run: from the click on Upload (the file's upload and check included) to "Done."
  let started = now();
  await Promise.all([
    page.waitForURL(/import\.xhtml\?.*id=/, { timeout: hour }),
    page.click('[id="upload:start"]'),
  ]);
  const uploaded = seconds(started);
  say(`dry run: uploaded and checked in ${uploaded} s, following ${page.url()}`);
  const dry = await follow(page, 'dry-run', started);
  dry.uploadSeconds = uploaded;
  say(`dry run: ${dry.end.state} ${dry.end.totals} (${dry.seconds} s)`);
  await shot(page, 'import-dry-run-done');
  result.dryRun = { ...dry, moved: moved(dry) };

  // Apply the dry run's file: from the click on Apply to "Done. The changes are saved."
  check(await page.isVisible('[id="follow:apply"]'), 'no Apply button after the dry run');
  started = now();
  await Promise.all([
    page.waitForURL((url) => url.href !== dry.address && /id=/.test(url.search), { timeout: hour }),
    page.click('[id="follow:apply"]'),
  ]);
  say(`apply: started in ${seconds(started)} s, following ${page.url()}`);
  const apply = await follow(page, 'apply', started);
  say(`apply: ${apply.end.state} ${apply.end.totals} (${apply.seconds} s)`);
  await shot(page, 'import-apply-done');
  result.apply = { ...apply, moved: moved(apply) };

  for (const [name, run] of [['dry run', result.dryRun], ['apply', result.apply]]) {
    check(run.end.state.startsWith('Done.'), `${name} ended: ${run.end.state}`);
    check(run.moved.increasing, `${name}: the bar went back (${run.moved.values.join(' ')})`);
    check(run.moved.distinct >= 5, `${name}: the bar showed ${run.moved.distinct} values only`);
    check(run.away !== null, `${name}: never left the screen (ended too soon)`);
    if (run.away) {
      const backed = run.away.back;
      check(
        backed.value > run.away.left.value || !backed.state.startsWith('Running'),
        `${name}: back at ${backed.value}% after leaving at ${run.away.left.value}%`,
      );
    }
  }
  check(result.apply.end.state.includes('The changes are saved.'), `the apply saved nothing: ${result.apply.end.state}`);
} catch (failure) {
  problems.push(String(failure?.message ?? failure).split('\n')[0]);
  say(`PROBLEM: ${problems.at(-1)}`);
} finally {
  await browser.close();
}
result.problems = problems;
writeFileSync(resultFile, JSON.stringify(result, null, 2));
process.exit(problems.length === 0 ? 0 : 1);
