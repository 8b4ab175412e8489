import type { Page, Pool, Training } from "../../provider/toloka/types";
import { TolokaEmulator } from "../../emulator/index";
import { get } from "./testClient";

describe("GET and list of trainings and pools", () => {
  let emulator: TolokaEmulator;
  let ids: string[];

  beforeAll(async () => {
    emulator = await TolokaEmulator.start();
    ids = [];
    for (let i = 0; i < 8; i++) {
      ids.push(emulator.addTraining({ project_id: "7", status: i % 2 === 0 ? "CLOSED" : "OPEN", private_name: `T${i}` }).id);
    }
    emulator.addTraining({ project_id: "8" });
  });
  afterAll(() => emulator.close());

  test("GET returns the stored training with Toloka defaults", async () => {
    const reply = await get<Training>(emulator, `/trainings/${ids[0]}`);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ id: ids[0], project_id: "7", private_name: "T0", status: "CLOSED", metadata: {} });
    expect(reply.json.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
  });

  test("ids are digit strings assigned in increasing order", () => {
    expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
    expect([...ids].sort((a, b) => Number(a) - Number(b))).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("pages through 3 pages with id_gt, in ascending id order", async () => {
    const seen: string[] = [];
    const hasMore: boolean[] = [];
    let after = "0";
    for (;;) {
      const reply = await get<Page<Training>>(emulator, `/trainings?project_id=7&sort=id&limit=3&id_gt=${after}`);
      expect(reply.status).toBe(200);
      seen.push(...reply.json.items.map((t) => t.id));
      hasMore.push(reply.json.has_more);
      if (!reply.json.has_more) break;
      after = reply.json.items[reply.json.items.length - 1].id;
    }
    expect(seen).toEqual(ids);
    expect(hasMore).toEqual([true, true, false]);
  });

  test("sort=-id is descending; id_lt and id_gte filter", async () => {
    const desc = await get<Page<Training>>(emulator, `/trainings?project_id=7&sort=-id&limit=2&id_lt=${ids[5]}`);
    expect(desc.json.items.map((t) => t.id)).toEqual([ids[4], ids[3]]);
    expect(desc.json.has_more).toBe(true);
    const gte = await get<Page<Training>>(emulator, `/trainings?project_id=7&id_gte=${ids[6]}`);
    expect(gte.json.items.map((t) => t.id)).toEqual([ids[6], ids[7]]);
    expect(gte.json.has_more).toBe(false);
  });

  test("filters by status and project", async () => {
    const open = await get<Page<Training>>(emulator, "/trainings?project_id=7&status=OPEN");
    expect(open.json.items.map((t) => t.id)).toEqual([ids[1], ids[3], ids[5], ids[7]]);
    const other = await get<Page<Training>>(emulator, "/trainings?project_id=8");
    expect(other.json.items).toHaveLength(1);
  });

  test("limit defaults to 50 and may be 300, not 301", async () => {
    const many = await TolokaEmulator.start();
    try {
      for (let i = 0; i < 55; i++) many.addTraining({ project_id: "1" });
      const first = await get<Page<Training>>(many, "/trainings");
      expect(first.json.items).toHaveLength(50);
      expect(first.json.has_more).toBe(true);
      expect((await get<Page<Training>>(many, "/trainings?limit=300")).json.items).toHaveLength(55);
      const over = await get(many, "/trainings?limit=301");
      expect(over.status).toBe(400);
      expect(over.json.code).toBe("VALIDATION_ERROR");
      expect(over.json.payload).toHaveProperty("limit");
    } finally {
      await many.close();
    }
  });

  test.each([
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["sort=name", "sort"],
    ["status=SLEEPING", "status"],
    ["id_gt=abc", "id_gt"],
  ])("?%s is a 400 naming %s", async (query, field) => {
    const reply = await get(emulator, `/trainings?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.json.code).toBe("VALIDATION_ERROR");
    expect(Object.keys(reply.json.payload)).toEqual([field]);
  });

  describe("pools", () => {
    let poolIds: string[];
    beforeAll(() => {
      poolIds = [0, 1, 2, 3, 4, 5, 6].map((i) =>
        emulator.addPool({
          project_id: "7",
          status: i === 6 ? "ARCHIVED" : "OPEN",
          quality_control: { training_requirement: { training_pool_id: ids[0], training_passing_skill_value: 80 } },
        }).id,
      );
    });

    test("GET returns the pool with its training link", async () => {
      const reply = await get<Pool>(emulator, `/pools/${poolIds[2]}`);
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ id: poolIds[2], type: "REGULAR", status: "OPEN" });
      expect(reply.json.quality_control?.training_requirement?.training_pool_id).toBe(ids[0]);
      expect((await get(emulator, "/pools/1")).status).toBe(404);
    });

    test("lists across 3 pages and filters by status; limit max 300", async () => {
      const seen: string[] = [];
      let after = "0";
      let pages = 0;
      for (;;) {
        const reply = await get<Page<Pool>>(emulator, `/pools?project_id=7&sort=id&limit=3&id_gt=${after}`);
        pages++;
        seen.push(...reply.json.items.map((p) => p.id));
        if (!reply.json.has_more) break;
        after = reply.json.items[reply.json.items.length - 1].id;
      }
      expect(seen).toEqual(poolIds);
      expect(pages).toBe(3);
      const archived = await get<Page<Pool>>(emulator, "/pools?project_id=7&status=ARCHIVED");
      expect(archived.json.items.map((p) => p.id)).toEqual([poolIds[6]]);
      expect((await get(emulator, "/pools?limit=301")).status).toBe(400);
    });
  });
});
