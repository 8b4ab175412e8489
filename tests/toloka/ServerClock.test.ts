import { ServerClock } from "../../provider/toloka";
import { clientFor, startEmulator } from "./helpers";

const httpDate = (ms: number) => new Date(ms).toUTCString();

describe("ServerClock", () => {
  it("knows nothing before an answer", () => {
    const c = new ServerClock();
    expect(c.synced).toBe(false);
    expect(c.serverTimeMs(123)).toBeUndefined();
    c.observe(null, 0, 10);
    c.observe("not a date", 0, 10);
    expect(c.synced).toBe(false);
  });

  it("narrows the offset by intersecting the bounds of answers", () => {
    const c = new ServerClock();
    const skew = 3_600_400; // server is 1 h 0.4 s ahead
    // Answer 1: sent at 10_000, received at 10_100 (server time 3_610_400..3_610_500: Date says ...10_000).
    c.observe(httpDate(Math.floor((10_050 + skew) / 1000) * 1000), 10_000, 10_100);
    expect(c.uncertaintyMs).toBeLessThanOrEqual(550);
    // Answer 2 is stamped just after a server second boundary: a tight lower bound.
    c.observe(httpDate(Math.floor((10_600 + skew) / 1000) * 1000), 10_590, 10_610);
    expect(Math.abs(c.offsetMs - skew)).toBeGreaterThan(100);
    // Answer 3 is stamped just before one: a tight upper bound.
    c.observe(httpDate(Math.floor((11_592 + skew) / 1000) * 1000), 11_590, 11_595);
    expect(Math.abs(c.offsetMs - skew)).toBeLessThanOrEqual(20);
    expect(c.uncertaintyMs).toBeLessThanOrEqual(20);
    expect(c.serverTimeMs(20_000)).toBe(20_000 + c.offsetMs);
  });

  it("starts over when answers contradict (a clock jumped)", () => {
    const c = new ServerClock();
    c.observe(httpDate(100_000), 99_000, 99_100);
    c.observe(httpDate(500_000), 99_200, 99_300);
    expect(Math.abs(c.offsetMs - (500_500 - 99_250))).toBeLessThanOrEqual(50);
  });

  it.each([3_600_000, -90_000])("tracks the emulator's clock skew of %d ms from its Date headers", async (clockSkewMs) => {
    const emulator = await startEmulator({ clockSkewMs });
    try {
      const t = emulator.addTraining({ project_id: emulator.addProject().id });
      const { client } = clientFor(emulator);
      expect(client.serverTimeAtMs(Date.now())).toBeUndefined();
      for (let i = 0; i < 12; i += 1) {
        await client.getTraining(t.id);
        await new Promise((r) => setTimeout(r, 90));
      }
      expect(Math.abs(client.serverNowMs() - (Date.now() + clockSkewMs))).toBeLessThan(600);
    } finally {
      await emulator.close();
    }
  });
});
