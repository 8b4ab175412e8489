import assert from "node:assert/strict";
import type { ContractCase } from "../ContractCase";
import type { Page, Pool, Training } from "../../../provider/toloka/types";

/** Pages of one item walked at most: enough to see the cursor move without crawling a large project. */
const MAX_PAGES = 5;

export const listWithPaging: ContractCase = {
  name: "list with paging",
  relies:
    "GET /trainings and /pools page by sort=id, id_gt and limit ({items, has_more}, ids ascending), and GET /pools filters by status (the linked-pool check lists unarchived statuses only)",
  async run(t) {
    const source = await t.read.getTraining(t.sourceTrainingId);
    const project = source.project_id;
    const walked: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query: Record<string, string> = { project_id: project, sort: "id", limit: "1" };
      if (after !== undefined) query.id_gt = after;
      const answer = await t.raw.request("GET", "/trainings", { query });
      assert.equal(answer.status, 200, `GET /trainings answered ${answer.status}`);
      const body = answer.body as Page<Training>;
      assert.ok(Array.isArray(body.items) && typeof body.has_more === "boolean", "a page is {items, has_more}");
      assert.ok(body.items.length <= 1, `limit=1 gave ${body.items.length} items`);
      if (body.items.length === 0) break;
      walked.push(String(body.items[0].id));
      after = walked[walked.length - 1];
      if (!body.has_more) break;
    }
    const all = (await t.read.listTrainings({ project_id: project })).map((x) => String(x.id));
    assert.ok(all.includes(t.sourceTrainingId), "the full listing holds the source");
    assert.deepEqual(walked, all.slice(0, walked.length), "pages of one, walked by id_gt, are the start of the full listing");
    assert.equal(new Set(all).size, all.length, "no training is listed twice");
    const numeric = all.map(BigInt);
    assert.ok(numeric.every((id, i) => i === 0 || id > numeric[i - 1]), "ids ascend with sort=id");

    for (const status of ["ARCHIVED", "CLOSED", "OPEN"] as const) {
      const answer = await t.raw.request("GET", "/pools", { query: { project_id: project, status, sort: "id", limit: "5" } });
      assert.equal(answer.status, 200, `GET /pools?status=${status} answered ${answer.status}`);
      const items = (answer.body as Page<Pool>).items;
      assert.ok(items.every((p) => p.status === status), `GET /pools?status=${status} holds only ${status} pools, got ${items.map((p) => p.status).join(", ")}`);
    }
  },
};
