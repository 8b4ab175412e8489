import { assertOperationId, assertTolokaId, isOperationId, isTolokaInputError } from "../../provider/toloka";
import { clientFor, rejectionOf, startEmulator } from "./helpers";
import type { TolokaEmulator } from "../../emulator";

const BAD_IDS: unknown[] = [
  "", " ", "1 ", " 1", "1\n", "12/34", "/", "..", "../1", "1?x=1", "1#x", "%2F", "1%2F..", "1;2", "１２３", "١٢٣",
  "1\u0000", "-1", "+1", "1e3", "0x10", "1".repeat(21), "9".repeat(10_000), 123, null, undefined, {}, ["1"],
];

describe("assertTolokaId / assertOperationId", () => {
  it.each(["0", "1", "123456", "1".repeat(20)])("accepts %s", (id) => {
    expect(() => assertTolokaId(id, "training id")).not.toThrow();
  });

  it.each(BAD_IDS.map((v) => [v]))("refuses %j naming what and quoting the value", (value) => {
    let error: unknown;
    try {
      assertTolokaId(value, "training id");
    } catch (e) {
      error = e;
    }
    expect(isTolokaInputError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/^training id .* is not a Toloka id: ids are strings of 1 to 20 digits/);
    expect(message.length).toBeLessThan(200);
  });

  // fullApi.yaml, OperationViewV1: the schema's example id is 24 hex digits, not a UUID.
  it("accepts any URL-safe operation id and refuses anything else", () => {
    for (const good of ["7ea08f99-5e24-47b4-b61f-c177a868d801", "7EA08F99-5E24-47B4-B61F-C177A868D801", "5f1a2b3c4d5e6f7a8b9c0d1e", "123", "op_1.a~b"]) {
      expect(() => assertOperationId(good)).not.toThrow();
    }
    for (const bad of ["", "7ea08f99/log", "../x", ".", "..", "a b", "a?b", "a#b", "a%2Fb", "x".repeat(129), 42 as unknown as string]) {
      expect(() => assertOperationId(bad)).toThrow(/operation id .* is not a Toloka operation id/);
    }
  });
});

describe("no request leaves with a bad id", () => {
  let emulator: TolokaEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it.each(BAD_IDS.map((v) => [v]))("%j", async (value) => {
    emulator.clearRequests();
    const { client } = clientFor(emulator);
    const id = value as string;
    const calls = [
      client.getTraining(id),
      client.updateTraining({ id, project_id: "1", status: "CLOSED" }),
      client.openTraining(id),
      client.closeTraining(id),
      client.archiveTraining(id),
      client.cloneTraining(id),
      client.getPool(id),
      client.listPools({ project_id: id }),
      // An undefined project_id means "no filter" there: a valid call.
      value === undefined ? client.getPool(id) : client.listTrainings({ project_id: id }),
      // Some are URL-safe, hence valid operation ids (like "1e3"): those calls may leave.
      ...(isOperationId(value) ? [] : [client.getOperation(id), client.getOperationLog(id)]),
    ].map(rejectionOf);
    for (const error of await Promise.all(calls)) expect(isTolokaInputError(error)).toBe(true);
    expect(emulator.requests).toEqual([]);
  });

  it("list filters are checked too", async () => {
    emulator.clearRequests();
    const { client } = clientFor(emulator);
    const bad = [
      client.listTrainings({ status: "OPEN&id_gt=1" as never }),
      client.listPools({ project_id: "1", status: "closed" as never }),
      client.listOperations({ type: "TRAINING.CLONE&x=1" }),
      client.listOperations({ status: "DONE" as never }),
      client.listOperations({ submitted_gte: "yesterday" }),
    ].map(rejectionOf);
    for (const error of await Promise.all(bad)) expect(isTolokaInputError(error)).toBe(true);
    expect(emulator.requests).toEqual([]);
  });
});
