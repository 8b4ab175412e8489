import { classifyOperation } from "../../provider/waiting";

describe("classifyOperation", () => {
  test.each([
    ["SUCCESS", "SUCCESS"],
    ["FAIL", "FAILURE"],
    ["PENDING", "RETRY"],
    ["RUNNING", "RETRY"],
    ["SOMETHING_NEW", "RETRY"],
  ])("%s -> %s", (status, verdict) => {
    expect(classifyOperation({ status: status as never })).toBe(verdict);
  });
});
