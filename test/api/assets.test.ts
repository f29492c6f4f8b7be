import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { PROJECT_REJECTIONS, PROJECT_STEPS } from '../../api/src/modules/assets/project.rules';
import { DivisionLevel } from '../../api/src/jurisdiction/division-code';
import { ProjectAction, ProjectState } from '../../api/src/modules/assets/asset.enums';

const DONGYING = '150121100201';

let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  for (const user of [
    'village_officer',
    'township_officer',
    'county_admin',
    'county_admin_2',
    'city_admin',
    'bkq_township_officer',
    'tkt_township_officer',
    'hlge_county_officer',
  ]) {
    tokens[user] = await api.login(user);
  }
});
afterAll(async () => {
  await api?.close();
});

/** Priority households of a village, written independently of priority.rules.ts. */
async function expectedPriority(village: string): Promise<string[]> {
  const rows = await api.sql<{ id: string }>(
    `
    select h.id from household h where h.division_code = ? and h.status = 'ACTIVE' and (
      exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE'
              and (m.health_status in ('SERIOUS_ILLNESS', 'DISABLED') or m.disability_grade is not null))
      or ((h.minimum_living_allowance or h.extreme_poverty
           or exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and (m.minimum_living_allowance or m.extreme_poverty)))
          and (h.no_labour_capacity or not exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and m.labour_capacity not in ('LOST', 'NONE')))))
    order by h.id`,
    [village],
  );
  return rows.map((r) => r.id);
}

const ASSET_FIELDS =
  'id version name status bookValue divisionCode disposalPending history { kind fromStatus toStatus fromValue toValue note actorName }';
const CreateAsset = `mutation($input: AssetInput!) { createAsset(input: $input) { ${ASSET_FIELDS} } }`;
const assetInput = (over: Record<string, unknown> = {}) => ({
  name: '测试扶贫车间',
  assetClass: 'OPERATING',
  type: 'WORKSHOP',
  divisionCode: DONGYING,
  fundingSources: [
    { source: 'SPECIAL_POVERTY_FUND', amount: '300000.00' },
    { source: 'SELF_RAISED', amount: '20000.00' },
  ],
  owner: '东营村股份经济合作社',
  usedBy: '某服装厂',
  manager: '东营村村民委员会',
  supervisor: '察素齐镇人民政府',
  acceptedOn: '2024-05-01',
  bookValue: '320000.00',
  ...over,
});

describe('ledger jurisdiction (every officer sees only assets inside their division)', () => {
  it('county_admin_2 reaches nothing in 150121: by id, list, count, nested shares, writes', async () => {
    const [seeded] = await api.sql<{ id: string }>(
      `select id from asset where division_code = ? and type = 'PHOTOVOLTAIC'`,
      [DONGYING],
    );
    expect(seeded).toBeDefined();
    expect(
      errorCode(
        await api.exec(tokens.county_admin_2, `query($id: String!) { asset(id: $id) { id } }`, { id: seeded.id }),
      ),
    ).toBe('NOT_FOUND');
    const own = (await api.ok(tokens.county_admin, `query($id: String!) { asset(id: $id) { id name } }`, {
      id: seeded.id,
    })) as { asset: { name: string } };
    expect(own.asset.name).toContain('光伏');

    const list = (await api.ok(
      tokens.county_admin_2,
      `query { assets(limit: 200) { total items { divisionCode } } }`,
    )) as { assets: { total: number; items: Array<{ divisionCode: string }> } };
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from asset where division_code like '150122%'`);
    expect(list.assets.total).toBe(Number(n));
    expect(list.assets.items.every((a) => a.divisionCode.startsWith('150122'))).toBe(true);
    const filtered = (await api.ok(tokens.county_admin_2, `query { assets(divisionCode: "150121") { total } }`)) as {
      assets: { total: number };
    };
    expect(filtered.assets.total).toBe(0);
    const [{ n: all121 }] = await api.sql<{ n: string }>(
      `select count(*) as n from asset where division_code like '150121%'`,
    );
    expect(Number(all121)).toBeGreaterThan(4);

    // Nesting: an asset of 托克托县 with (wrongly) a share row for a 150121 household: the nested list hides it.
    const [tkt] = await api.sql<{ id: string }>(`
      insert into asset (id, created_at, updated_at, name, asset_class, type, division_code, funding_sources, owner, used_by, manager, supervisor, book_value, status)
      values (gen_random_uuid(), now(), now(), '双河镇光伏', 'OPERATING', 'PHOTOVOLTAIC', '150122100201', '[]', '村', '村', '村', '镇', 1000, 'OPERATING') returning id`);
    const [household121] = await api.sql<{ id: string }>(`select id from household where division_code = ? limit 1`, [
      DONGYING,
    ]);
    const [household122] = await api.sql<{ id: string }>(
      `select id from household where division_code = '150122100201' limit 1`,
    );
    await api.sql(
      `insert into asset_share (id, created_at, updated_at, asset_id, household_id, division_code, shares) values
      (gen_random_uuid(), now(), now(), ?, ?, ?, 1), (gen_random_uuid(), now(), now(), ?, ?, '150122100201', 2)`,
      [tkt.id, household121.id, DONGYING, tkt.id, household122.id],
    );
    const nested = (await api.ok(
      tokens.county_admin_2,
      `query($id: String!) { asset(id: $id) { shares { householdId shares household { id } } } }`,
      { id: tkt.id },
    )) as { asset: { shares: Array<{ householdId: string }> } };
    expect(nested.asset.shares.map((s) => s.householdId)).toEqual([household122.id]);

    expect(errorCode(await api.exec(tokens.county_admin_2, CreateAsset, { input: assetInput() }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.exec(
          tokens.county_admin_2,
          `mutation($id: String!) { revalueAsset(id: $id, version: 1, bookValue: "1.00", note: "x") { id } }`,
          { id: seeded.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    const projects = (await api.ok(tokens.county_admin_2, `query { assetProjects { total } }`)) as {
      assetProjects: { total: number };
    };
    expect(projects.assetProjects.total).toBe(0);
  });

  it('partners and the dashboard cannot read the ledger', async () => {
    const token = await api.login('dashboard');
    expect(errorCode(await api.exec(token, `query { assets { total } }`))).toBe('FORBIDDEN');
  });
});

describe('value and status history (seed 000 二(三): "摸清底数、明晰产权、健全台账、规范管理")', () => {
  it("keeps every value and status change, needs a reason, and disposal needs the county's approval", async () => {
    const created = (
      (await api.ok(tokens.township_officer, CreateAsset, { input: assetInput() })) as {
        createAsset: { id: string; version: number };
      }
    ).createAsset;
    expect(
      errorCode(
        await api.exec(
          tokens.township_officer,
          `mutation($id: String!, $v: Int!) { revalueAsset(id: $id, version: $v, bookValue: "300000.00", note: " ") { id } }`,
          { id: created.id, v: created.version },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const revalued = (await api.ok(
      tokens.township_officer,
      `mutation($id: String!, $v: Int!) { revalueAsset(id: $id, version: $v, bookValue: "290000.00", note: "年度评估折旧") { id version bookValue } }`,
      { id: created.id, v: created.version },
    )) as { revalueAsset: { version: number; bookValue: string } };
    expect(revalued.revalueAsset.bookValue).toBe('290000.00');
    expect(
      errorCode(
        await api.exec(
          tokens.township_officer,
          `mutation($id: String!, $v: Int!) { changeAssetStatus(id: $id, version: $v, status: IDLE, note: "x") { id } }`,
          { id: created.id, v: created.version },
        ),
      ),
    ).toBe('CONFLICT');
    const idle = (await api.ok(
      tokens.township_officer,
      `mutation($id: String!, $v: Int!) { changeAssetStatus(id: $id, version: $v, status: IDLE, note: "承租企业退租") { version status } }`,
      { id: created.id, v: revalued.revalueAsset.version },
    )) as { changeAssetStatus: { version: number; status: string } };
    expect(idle.changeAssetStatus.status).toBe('IDLE');
    let version = idle.changeAssetStatus.version;

    expect(
      errorCode(
        await api.exec(
          tokens.township_officer,
          `mutation($id: String!, $v: Int!) { changeAssetStatus(id: $id, version: $v, status: DISPOSED, note: "报废") { id } }`,
          { id: created.id, v: version },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.exec(
          tokens.township_officer,
          `mutation($id: String!, $v: Int!) { requestAssetDisposal(id: $id, version: $v, reason: "  ") { id } }`,
          { id: created.id, v: version },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    version = (
      (await api.ok(
        tokens.township_officer,
        `mutation($id: String!, $v: Int!) { requestAssetDisposal(id: $id, version: $v, reason: "厂房损毁无修复价值") { version disposalPending } }`,
        { id: created.id, v: version },
      )) as { requestAssetDisposal: { version: number } }
    ).requestAssetDisposal.version;
    const decide = `mutation($id: String!, $v: Int!, $ok: Boolean!, $note: String) { decideAssetDisposal(id: $id, version: $v, approve: $ok, note: $note) { version status disposalPending } }`;
    expect(errorCode(await api.exec(tokens.township_officer, decide, { id: created.id, v: version, ok: true }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.exec(tokens.county_admin, decide, { id: created.id, v: version, ok: false }))).toBe(
      'BAD_USER_INPUT',
    );
    const approved = (await api.ok(tokens.county_admin, decide, { id: created.id, v: version, ok: true })) as {
      decideAssetDisposal: { status: string; disposalPending: boolean; version: number };
    };
    expect(approved.decideAssetDisposal).toMatchObject({ status: 'DISPOSED', disposalPending: false });
    expect(
      errorCode(
        await api.exec(
          tokens.county_admin,
          `mutation($id: String!, $v: Int!) { revalueAsset(id: $id, version: $v, bookValue: "1.00", note: "x") { id } }`,
          { id: created.id, v: approved.decideAssetDisposal.version },
        ),
      ),
    ).toBe('CONFLICT');

    const read = (await api.ok(tokens.city_admin, `query($id: String!) { asset(id: $id) { ${ASSET_FIELDS} } }`, {
      id: created.id,
    })) as { asset: { history: Array<Record<string, unknown>> } };
    expect(read.asset.history.map((h) => h.kind)).toEqual([
      'REGISTERED',
      'VALUE_CHANGED',
      'STATUS_CHANGED',
      'DISPOSAL_REQUESTED',
      'DISPOSAL_APPROVED',
    ]);
    expect(read.asset.history[1]).toMatchObject({
      fromValue: '320000.00',
      toValue: '290000.00',
      note: '年度评估折旧',
      actorName: 'township_officer',
    });
    expect(read.asset.history[2]).toMatchObject({ fromStatus: 'OPERATING', toStatus: 'IDLE', note: '承租企业退租' });
    expect(read.asset.history[4]).toMatchObject({
      fromStatus: 'IDLE',
      toStatus: 'DISPOSED',
      actorName: 'county_admin',
    });

    // Every write is in the audit log, with the actor and the changed fields.
    const audit = await api.sql<{ action: string; actor_name: string; changes: Record<string, unknown> }>(
      `select action, actor_name, changes from audit_entry where entity_name = 'Asset' and entity_id = ? order by at, id`,
      [created.id],
    );
    expect(audit.map((a) => a.action)).toContain('CREATE');
    expect(audit.filter((a) => a.action === 'UPDATE').length).toBeGreaterThanOrEqual(4);
    expect(audit.some((a) => a.actor_name === 'county_admin' && JSON.stringify(a.changes).includes('DISPOSED'))).toBe(
      true,
    );
  });

  it('the requester of a disposal cannot approve it', async () => {
    const created = (
      (await api.ok(tokens.county_admin, CreateAsset, { input: assetInput({ name: '县级登记资产' }) })) as {
        createAsset: { id: string; version: number };
      }
    ).createAsset;
    const requested = (await api.ok(
      tokens.county_admin,
      `mutation($id: String!, $v: Int!) { requestAssetDisposal(id: $id, version: $v, reason: "损毁") { version } }`,
      { id: created.id, v: created.version },
    )) as { requestAssetDisposal: { version: number } };
    const result = await api.exec(
      tokens.county_admin,
      `mutation($id: String!, $v: Int!) { decideAssetDisposal(id: $id, version: $v, approve: true) { id } }`,
      { id: created.id, v: requested.requestAssetDisposal.version },
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(errorMessage(result)).toContain('申请人');
  });
});

describe('折股量化 (seed 002: "折股量化的受益权…优先分配给无劳动能力的低保兜底户、有重大疾病患者家庭、残疾人家庭等特殊困难户")', () => {
  it('derives the priority households from the registry and flags shares that leave one out', async () => {
    const priority = await expectedPriority(DONGYING);
    expect(priority.length).toBeGreaterThan(0);
    const [pv] = await api.sql<{ id: string; version: number }>(
      `select id, version from asset where division_code = ? and type = 'PHOTOVOLTAIC'`,
      [DONGYING],
    );
    const check = `query($id: String!) { asset(id: $id) { version shareCheck { flagged priorityHouseholds { householdId reasons } leftOut { householdId } } shares { householdId shares } } }`;
    const seeded = (
      (await api.ok(tokens.county_admin, check, { id: pv.id })) as {
        asset: {
          version: number;
          shareCheck: { flagged: boolean; priorityHouseholds: Array<{ householdId: string; reasons: string[] }> };
        };
      }
    ).asset;
    expect(seeded.shareCheck.priorityHouseholds.map((p) => p.householdId).sort()).toEqual(priority);
    expect(seeded.shareCheck.priorityHouseholds.every((p) => p.reasons.length > 0)).toBe(true);
    expect(seeded.shareCheck.flagged).toBe(false);
    // Without pii.read the reasons (health data) are withheld.
    const masked = (
      (await api.ok(tokens.township_officer, check, { id: pv.id })) as {
        asset: { shareCheck: { priorityHouseholds: Array<{ reasons: string[] }> } };
      }
    ).asset;
    expect(masked.shareCheck.priorityHouseholds.every((p) => p.reasons.length === 0)).toBe(true);

    const others = await api.sql<{ id: string }>(
      `select id from household where division_code = ? and status = 'ACTIVE' and id::text <> all(string_to_array(?, ',')) order by id limit 3`,
      [DONGYING, priority.join(',')],
    );
    const leftOut = priority[0];
    const shares = [...priority.slice(1), ...others.map((o) => o.id)].map((householdId) => ({
      householdId,
      shares: 1,
    }));
    const set = `mutation($id: String!, $v: Int!, $shares: [AssetShareInput!]!, $j: String) { setAssetShares(assetId: $id, version: $v, shares: $shares, justification: $j) { version shareJustification } }`;
    const refused = await api.exec(tokens.county_admin, set, { id: pv.id, v: seeded.version, shares });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorMessage(refused)).toContain('优先户');
    await api.ok(tokens.county_admin, set, {
      id: pv.id,
      v: seeded.version,
      shares,
      j: '该户已纳入另一光伏电站收益分配',
    });
    const after = (
      (await api.ok(tokens.county_admin, check, { id: pv.id })) as {
        asset: { shareCheck: { flagged: boolean; leftOut: Array<{ householdId: string }> }; shares: unknown[] };
      }
    ).asset;
    expect(after.shareCheck.flagged).toBe(true);
    expect(after.shareCheck.leftOut.map((l) => l.householdId)).toEqual([leftOut]);
    expect(after.shares).toHaveLength(shares.length);
  });
});

describe('project flow (seed 003, 19: "镇（街）申报、新城审批、镇（街）村实施、镇（街）初检、新城验收、镇（街）报账")', () => {
  const Apply = `mutation($input: ApplyProjectInput!) { applyAssetProject(input: $input) { id version state noticeEndsOn availableActions } }`;
  const Act = `mutation($id: String!, $action: ProjectAction!, $v: Int!, $note: String) { actOnAssetProject(projectId: $id, action: $action, version: $v, note: $note) { id version state } }`;
  const holders: Record<string, string> = {
    VILLAGE: 'village_officer',
    TOWNSHIP: 'township_officer',
    COUNTY: 'county_admin',
  };

  async function apply(): Promise<{ id: string; version: number; noticeEndsOn: string }> {
    const beneficiaries = await api.sql<{ id: string }>(
      `select id from household where division_code = ? order by household_number limit 3`,
      [DONGYING],
    );
    const input = {
      name: '东营村设施农业大棚项目',
      divisionCode: DONGYING,
      fundingSources: [
        { source: 'SPECIAL_POVERTY_FUND', amount: '600000.00' },
        { source: 'SELF_RAISED', amount: '30000.01' },
      ],
      plannedAssets: [
        {
          name: '东营村日光温室（10栋）',
          assetClass: 'OPERATING',
          type: 'GREENHOUSE',
          divisionCode: DONGYING,
          bookValue: '420000.00',
          owner: '东营村股份经济合作社',
          usedBy: '种植合作社',
          manager: '东营村村民委员会',
          supervisor: '察素齐镇人民政府',
        },
        {
          name: '温室配套道路',
          assetClass: 'PUBLIC_WELFARE',
          type: 'ROAD',
          divisionCode: DONGYING,
          bookValue: '210000.00',
          owner: '东营村村民委员会',
          usedBy: '全体村民',
          manager: '护路员',
          supervisor: '察素齐镇人民政府',
        },
      ],
      beneficiaryIds: beneficiaries.map((b) => b.id),
    };
    expect(errorCode(await api.exec(tokens.village_officer, Apply, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(tokens.county_admin, Apply, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(tokens.bkq_township_officer, Apply, { input }))).toBe('FORBIDDEN');
    return (
      (await api.ok(tokens.township_officer, Apply, { input })) as {
        applyAssetProject: { id: string; version: number; noticeEndsOn: string };
      }
    ).applyAssetProject;
  }

  it('the township applies with its beneficiaries on public notice; the county approves only after it', async () => {
    const project = await apply();
    const [{ today }] = await api.sql<{ today: string }>(
      `select to_char((now() at time zone 'Asia/Shanghai')::date + 5, 'YYYY-MM-DD') as today`,
    );
    expect(project.noticeEndsOn).toBe(today);
    const early = await api.exec(tokens.county_admin, Act, { id: project.id, action: 'APPROVE', v: project.version });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(errorMessage(early)).toContain('公示期未满');
  });

  it('takes each legal step only at its level, refuses every illegal one, and an accepted project becomes ledger assets', async () => {
    const project = await apply();
    await api.sql(`update asset_project set notice_ends_on = current_date - 1 where id = ?`, [project.id]);
    let version = project.version;
    const order: ProjectAction[] = [
      ProjectAction.APPROVE,
      ProjectAction.START_IMPLEMENTATION,
      ProjectAction.PRE_CHECK,
      ProjectAction.ACCEPT,
      ProjectAction.REPORT_EXPENSE,
    ];
    for (const action of order) {
      const step = PROJECT_STEPS[action as keyof typeof PROJECT_STEPS];
      // Every action other than this one is illegal from here.
      for (const other of order.filter((a) => a !== action)) {
        expect(
          errorCode(await api.exec(tokens.county_admin, Act, { id: project.id, action: other, v: version })),
          `${other} from ${step.from}`,
        ).toBe('CONFLICT');
      }
      for (const [level, user] of Object.entries(holders)) {
        if (step.levels.includes(level as DivisionLevel)) continue;
        expect(
          errorCode(await api.exec(tokens[user], Act, { id: project.id, action, v: version })),
          `${action} by ${user}`,
        ).toBe('FORBIDDEN');
      }
      const taker = holders[step.levels[step.levels.length - 1]];
      const done = (await api.ok(tokens[taker], Act, { id: project.id, action, v: version })) as {
        actOnAssetProject: { state: string; version: number };
      };
      expect(done.actOnAssetProject.state).toBe(step.to);
      version = done.actOnAssetProject.version;
    }
    const read = (await api.ok(
      tokens.county_admin,
      `query($id: String!) { assetProject(id: $id) { state events { action toState actorName } beneficiaries { id } assets { name projectId bookValue acceptedOn status fundingSources { source amount } history { kind note } } } }`,
      { id: project.id },
    )) as {
      assetProject: {
        state: string;
        events: Array<{ action: string | null; toState: string }>;
        beneficiaries: unknown[];
        assets: Array<{
          name: string;
          bookValue: string;
          status: string;
          fundingSources: Array<{ source: string; amount: string }>;
          history: Array<{ kind: string }>;
        }>;
      };
    };
    expect(read.assetProject.state).toBe(ProjectState.EXPENSED);
    expect(read.assetProject.events.map((e) => e.toState)).toEqual([
      'APPLIED',
      'APPROVED',
      'IMPLEMENTING',
      'PRE_CHECKED',
      'ACCEPTED',
      'EXPENSED',
    ]);
    expect(read.assetProject.beneficiaries).toHaveLength(3);
    expect(read.assetProject.assets.map((a) => a.name).sort()).toEqual(
      ['温室配套道路', '东营村日光温室（10栋）'].sort(),
    );
    expect(read.assetProject.assets.every((a) => a.status === 'OPERATING' && a.history[0].kind === 'REGISTERED')).toBe(
      true,
    );
    // Funding split in proportion to the planned values (2:1), nothing lost to rounding.
    const special = read.assetProject.assets.map(
      (a) => a.fundingSources.find((f) => f.source === 'SPECIAL_POVERTY_FUND')!.amount,
    );
    expect(special.map(Number).sort((a, b) => a - b)).toEqual([200000, 400000]);
    const self = read.assetProject.assets.map((a) =>
      Number(a.fundingSources.find((f) => f.source === 'SELF_RAISED')!.amount),
    );
    expect(Math.round((self[0] + self[1]) * 100)).toBe(3000001);
    expect(
      errorCode(await api.exec(tokens.township_officer, Act, { id: project.id, action: 'REPORT_EXPENSE', v: version })),
    ).toBe('CONFLICT');
  });

  it('the county refuses an application or returns a failed acceptance, with a reason', async () => {
    const project = await apply();
    await api.sql(`update asset_project set notice_ends_on = current_date - 1 where id = ?`, [project.id]);
    expect(PROJECT_REJECTIONS[ProjectState.APPLIED]!.to).toBe(ProjectState.REJECTED);
    expect(
      errorCode(await api.exec(tokens.county_admin, Act, { id: project.id, action: 'REJECT', v: project.version })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await api.exec(tokens.township_officer, Act, {
          id: project.id,
          action: 'REJECT',
          v: project.version,
          note: '不予审批',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.exec(tokens.hlge_county_officer, Act, {
          id: project.id,
          action: 'REJECT',
          v: project.version,
          note: '不予审批',
        }),
      ),
    ).toBe('NOT_FOUND');
    const rejected = (await api.ok(tokens.county_admin, Act, {
      id: project.id,
      action: 'REJECT',
      v: project.version,
      note: '资金已安排其他项目',
    })) as { actOnAssetProject: { state: string; version: number } };
    expect(rejected.actOnAssetProject.state).toBe('REJECTED');
    expect(
      errorCode(
        await api.exec(tokens.county_admin, Act, {
          id: project.id,
          action: 'APPROVE',
          v: rejected.actOnAssetProject.version,
        }),
      ),
    ).toBe('CONFLICT');
  });
});

describe('SQL statements per request', () => {
  it('stay constant for ledger pages of 5 and of 40, nested history, shares, incomes, project and division included', async () => {
    await api.sql(`
      insert into asset (id, created_at, updated_at, name, asset_class, type, division_code, funding_sources, owner, used_by, manager, supervisor, book_value, status)
      select gen_random_uuid(), now(), now(), '批量资产' || n, 'PUBLIC_WELFARE', 'ROAD', d.code, '[{"source":"SELF_RAISED","amount":"1.00"}]', '村', '村', '村', '镇', n, 'OPERATING'
      from division d cross join generate_series(1, 2) n where d.code like '150121%' and d.level = 'VILLAGE'`);
    const query = `query($limit: Int) { assets(limit: $limit) { total items { id name division { name } history { kind } shares { shares household { householdNumber } } incomes { year amount } project { name } fundingSources { source amount } } } }`;
    const count = async (limit: number) => {
      api.resetQueries();
      const result = (await api.ok(tokens.county_admin, query, { limit })) as { assets: { items: unknown[] } };
      expect(result.assets.items).toHaveLength(limit);
      return api.queries.length;
    };
    const small = await count(5);
    const large = await count(40);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });
});
