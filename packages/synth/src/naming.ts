import { type County, type DepartmentKind, PHASES, TOWNSHIPS, VILLAGES } from "./names.ts";
import type { Prng } from "./prng.ts";

/** Project templates that are works, which real lists split into stages ("…（二期）"). */
const BUILT_IN_STAGES = /建设|改造|加固|治理|整治|配套|提升|提质|工程/;

/** The items of `list` in an order drawn from `prng` (Fisher–Yates), as a new array. */
function shuffled<T>(prng: Prng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    const swap = out[i] as T;
    out[i] = out[j] as T;
    out[j] = swap;
  }
  return out;
}

/**
 * `count` distinct project names for a department of `kind`. Up to as many as the kind has
 * project templates, each template once ("学生资助", "教师培训", …); beyond that the name parts
 * are combined with place and scope qualifiers as real 项目支出 lists read: a county-wide
 * programme ("农村公路提质改造"), one township's ("修山镇农村公路提质改造"), one village's
 * ("修山镇金竹村农村公路提质改造") or, for works, a stage of one ("修山镇危桥改造（二期）"). A name already
 * used is drawn again; when the combinations run out (thousands of projects) the name gets a
 * batch number ("公路养护（第3批）"). Reproducible: depends on `prng` only.
 * @example projectNames(createPrng("7:0:names"), kind, 3) // ["学生资助", "教师培训", "校舍维修改造"]
 */
export function projectNames(prng: Prng, kind: DepartmentKind, count: number): string[] {
  const templates = kind.projects;
  if (count <= templates.length) return shuffled(prng, templates).slice(0, count);
  const taken = new Set<string>();
  const out: string[] = [];
  const draw = (): string => {
    const template = prng.pick(templates);
    const tier = prng.int(1, 10);
    const township = prng.pick(TOWNSHIPS);
    if (tier <= 2) return template;
    if (tier <= 6) return `${township}${template}`;
    if (tier <= 8) return `${township}${prng.pick(VILLAGES)}村${template}`;
    const phase = prng.pick(PHASES);
    // Only works run in stages (二期): not a subsidy or a running cost, and never "续建配套（续建）".
    if (!BUILT_IN_STAGES.test(template) || template.includes(phase))
      return `${township}${template}`;
    return `${township}${template}（${phase}）`;
  };
  for (let i = 0; i < count; i++) {
    let name = draw();
    for (let tries = 0; taken.has(name) && tries < 30; tries++) name = draw();
    if (taken.has(name)) {
      const base = prng.pick(templates);
      for (let batch = 2; taken.has(name); batch++) name = `${base}（第${batch}批）`;
    }
    taken.add(name);
    out.push(name);
  }
  return out;
}

/**
 * `count` distinct 二级单位 names of a department: first the kind's county-level units, named
 * after the county ("桃江县不动产登记中心"), in a drawn order; then township stations of the
 * kind ("修山镇自然资源所"), one per township. Reproducible: depends on `prng` only.
 * @example subordinateUnits(prng, { zh: "桃江县", slug: "taojiang" }, kind, 2) // ["桃江县土地储备中心", "桃江县不动产登记中心"]
 */
export function subordinateUnits(
  prng: Prng,
  county: County,
  kind: DepartmentKind,
  count: number,
): string[] {
  const units = shuffled(prng, kind.units).map((u) => `${county.zh}${u}`);
  const stations = shuffled(prng, TOWNSHIPS).map((t) => `${t}${kind.station}`);
  return [...units, ...stations].slice(0, count);
}
