// Browser tests of `newsquote serve` in headless Chromium: Debian's /usr/bin/chromium
// driven by playwright-core (never a downloaded browser), a fresh profile per test.
// Run by `.ci/run` after `cargo test` has built target/debug/newsquote; screenshots go to
// target/browser/ (or $SCREENSHOT_DIR).

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";
import { chromium } from "playwright-core";

const root = path.resolve(import.meta.dirname, "../..");
const bin = process.env.NEWSQUOTE_BIN ?? path.join(root, "target/debug/newsquote");
const shots = process.env.SCREENSHOT_DIR ?? path.join(root, "target/browser");
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

// A temp folder with idx/ built from `inputs`.
function indexed(inputs) {
  const dir = mkdtempSync(path.join(tmpdir(), "newsquote-browser-"));
  execFileSync(bin, ["ingest", "--quiet", ...inputs, "--index", path.join(dir, "idx")]);
  return dir;
}

// Starts `newsquote serve` on a free loopback port; resolves to { url, stop }.
function serve(dir) {
  const child = spawn(bin, ["serve", "--index", path.join(dir, "idx"), "--addr", "127.0.0.1:0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      const url = line.match(/http:\/\/\S+\//)?.[0];
      if (!url) {
        reject(new Error(`no address in ${line}`));
      }
      resolve({ url, stop: () => child.kill("SIGINT") });
    });
    child.once("error", reject);
  });
}

// Chromium with a fresh profile, closed (and the profile removed) by `close`.
async function browser(url) {
  const profile = mkdtempSync(path.join(tmpdir(), "newsquote-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, dialogs, close };
}

test("a reporter finds Petro's quote, opens it in context and copies its citation", async () => {
  const dir = indexed([path.join(root, "corpus")]);
  const server = await serve(dir);
  const { page, close } = await browser(server.url);
  try {
    mkdirSync(shots, { recursive: true });
    await page.goto(server.url);
    await page.getByLabel("Words or phrase").pressSequentially("human rights");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=human\+rights/);
    // Pick the speaker among the facets beside the results.
    const speakers = page.locator("aside section.facet", { has: page.getByRole("heading", { name: "Speakers" }) });
    await speakers.getByRole("link", { name: "Gustavo Petro" }).click();
    await page.waitForURL(/speaker=Gustavo\+Petro/);
    const first = page.locator("li.hit").first();
    await assert.doesNotReject(first.waitFor());
    assert.match(await first.locator("blockquote").innerText(), /subordinated to the human rights of the Caribbean people/);
    assert.equal(await first.locator(".speaker").innerText(), "Gustavo Petro");
    assert.equal(await first.locator("blockquote mark").first().innerText(), "human rights");
    await page.screenshot({ path: path.join(shots, "search.png") });

    await first.getByRole("link", { name: "Show in context" }).click();
    await page.waitForURL(/\/show\/1b5bcaa02453-p3-q1/);
    const cited = page.locator("p.cited");
    assert.match(await cited.locator("mark").innerText(), /^The fight against drugs must be subordinated/);
    const copy = page.getByRole("button", { name: "Copy citation" });
    await copy.click();
    await page.getByRole("status").filter({ hasText: "Citation copied." }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(
      clipboard,
      "\u201cThe fight against drugs must be subordinated to the human rights of the Caribbean people,\u201d" +
        " \u2014 Gustavo Petro, 2025-11-12, Colombia Halts US Intelligence Sharing Amid Deadly Strikes," +
        " newsquote 1b5bcaa02453-p3-q1",
    );
    await page.screenshot({ path: path.join(shots, "context.png") });
    // Back to the same search: the URL reproduces it.
    await page.getByRole("link", { name: /Back to the results/ }).click();
    await page.waitForURL(/speaker=Gustavo\+Petro/);
    assert.equal(await page.getByLabel("Words or phrase").inputValue(), "human rights");
  } finally {
    await close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("an article with markup in its quotes cannot run script", async () => {
  const dir = indexed([path.join(root, "tests/fixtures/markup")]);
  const server = await serve(dir);
  const { page, dialogs, close } = await browser(server.url);
  try {
    const check = async (where) => {
      assert.equal(await page.evaluate(() => document.body.dataset.pwned ?? null), null, `${where}: script ran`);
      assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
      assert.equal(await page.locator("a[href^='javascript:' i]").count(), 0, `${where}: javascript: link`);
      assert.equal(await page.locator("main img, main script").count(), 0, `${where}: markup became elements`);
    };
    await page.goto(`${server.url}?q=harbour`);
    const quotes = await page.locator("li.hit blockquote").allInnerTexts();
    assert.ok(quotes.some((q) => q.includes("<script>document.body.dataset.pwned='quote'</script>")), quotes.join("\n"));
    assert.ok(quotes.some((q) => q.includes("<img src=x onerror=alert(document.domain)>")), quotes.join("\n"));
    await check("results");
    await page.locator("li.hit").first().getByRole("link", { name: "Show in context" }).click();
    await page.waitForURL(/\/show\//);
    assert.match(await page.locator("article.context h2").innerText(), /<img src=x onerror=/);
    await check("context");
  } finally {
    await close();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
