import { SharedListing } from "../../provider/runtime/SharedListing";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("SharedListing", () => {
  let nowMs = 1_000;
  const clock = { now: () => nowMs };
  beforeEach(() => {
    nowMs = 1_000;
  });

  test("callers that started before a listing began share it, in flight and after", async () => {
    const shared = new SharedListing<string[]>(clock);
    const first = deferred<string[]>();
    const load = jest.fn(() => first.promise);
    const a = shared.get("p1", 900, load);
    nowMs = 1_050;
    const b = shared.get("p1", 1_000, load);
    first.resolve(["pool"]);
    expect(await a).toEqual(["pool"]);
    expect(await b).toBe(await a);
    expect(await shared.get("p1", 1_000, load)).toEqual(["pool"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("a caller that started after the listing began gets a new one; other keys never share", async () => {
    const shared = new SharedListing<string>(clock);
    const load = jest.fn(async () => `listing at ${nowMs}`);
    expect(await shared.get("p1", 1_000, load)).toBe("listing at 1000");
    nowMs = 1_200;
    expect(await shared.get("p1", 1_001, load)).toBe("listing at 1200");
    expect(await shared.get("p1", 1_100, load)).toBe("listing at 1200");
    expect(await shared.get("p2", 0, load)).toBe("listing at 1200");
    expect(load).toHaveBeenCalledTimes(3);
  });

  test("a failed listing is not kept: the next caller lists again", async () => {
    const shared = new SharedListing<string>(clock);
    const failing = jest.fn(async () => {
      throw new Error("503");
    });
    await expect(shared.get("p1", 1_000, failing)).rejects.toThrow("503");
    const load = jest.fn(async () => "ok");
    expect(await shared.get("p1", 1_000, load)).toBe("ok");
    expect(load).toHaveBeenCalledTimes(1);
  });
});
