import { chromium } from 'playwright-core';
const [,, user, width, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
const url = 'http://localhost:4107';
await page.goto(`${url}/#/login`);
await page.fill('input[name="username"]', user);
await page.fill('input[name="password"]', 'Demo@2026');
await page.click('button[type="submit"]');
await page.waitForFunction(() => !location.hash.startsWith('#/login'));
for (const [i, p] of paths.entries()) {
  await page.goto(`${url}/#${p}`);
  await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(p, 'scrollWidth', sw);
  await page.screenshot({ path: `/tmp/cbshots/${user}-${width}-${i}.png`, fullPage: true });
}
await browser.close();
