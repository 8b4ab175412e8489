import { formatTolokaTime, parseTolokaTime } from "../../provider/toloka/tolokaTime";

// toloka-kit's fixtures and fullApi.yaml's examples carry 0, 3 and 6 decimal digits; all are UTC.
describe("parseTolokaTime", () => {
  test.each([
    ["2016-07-22T13:04:00", Date.UTC(2016, 6, 22, 13, 4, 0, 0)],
    ["2016-07-22T13:04:00.921", Date.UTC(2016, 6, 22, 13, 4, 0, 921)],
    ["2016-07-22T13:04:00.123456", Date.UTC(2016, 6, 22, 13, 4, 0, 123)],
    ["2016-07-22T13:04:00.5", Date.UTC(2016, 6, 22, 13, 4, 0, 500)],
    ["2016-07-22T13:04", Date.UTC(2016, 6, 22, 13, 4, 0, 0)],
    ["2016-07-22T13:04:00.123456Z", Date.UTC(2016, 6, 22, 13, 4, 0, 123)],
    ["2016-07-22T16:04:00.921+03:00", Date.UTC(2016, 6, 22, 13, 4, 0, 921)],
    ["2016-07-22", Date.UTC(2016, 6, 22)],
  ])("%s", (text, ms) => {
    expect(parseTolokaTime(text)).toBe(ms);
  });

  test.each([undefined, "", "yesterday", "2016-13-45T99:99:99"])("%j is not a time", (text) => {
    expect(parseTolokaTime(text)).toBeUndefined();
  });

  test("what formatTolokaTime writes reads back", () => {
    const ms = Date.UTC(2021, 1, 26, 10, 13, 32, 921);
    expect(formatTolokaTime(ms)).toBe("2021-02-26T10:13:32.921");
    expect(parseTolokaTime(formatTolokaTime(ms))).toBe(ms);
  });
});
