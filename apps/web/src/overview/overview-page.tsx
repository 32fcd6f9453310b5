import { useQueries, useQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Card, Empty, Input, Select, Space, Tag, Typography } from "antd";
import { lazy, Suspense, useMemo, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../api/trpc.ts";
import { ErrorView } from "../app/error-page.tsx";
import { PageLoading } from "../app/layout.tsx";
import { type DatasetStatus, STATUS_COLORS, STATUS_LABELS } from "../workspace/workflow.ts";
import { type OverviewRow, queryRows, type SortKey, scoreText } from "./overview-rows.ts";

const ScoreChart = lazy(() => import("./score-chart.tsx"));

const COLUMNS: { key: SortKey | "findings" | "updatedBy"; label: string; width: string }[] = [
  { key: "departmentName", label: "部门", width: "minmax(220px, 2fr)" },
  { key: "fiscalYear", label: "年度", width: "70px" },
  { key: "status", label: "状态", width: "90px" },
  { key: "score", label: "总分与等级", width: "140px" },
  { key: "errors", label: "勾稽校验（错误/警告/提示）", width: "190px" },
  { key: "updatedAt", label: "最后修改时间", width: "170px" },
  { key: "updatedBy", label: "修改人", width: "minmax(120px, 1fr)" },
];
const TEMPLATE = COLUMNS.map((c) => c.width).join(" ");
const ROW_HEIGHT = 34;

function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString("zh-CN", { hour12: false });
}

/**
 * 总览: every department-year the user may see, with status, 总分 and 等级 (or 待评), the
 * findings by severity and the last change; sorts, filters and searches, virtualised so hundreds
 * of rows stay fast; a bar chart compares the departments' scores.
 */
export function OverviewPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") as DatasetStatus | null) ?? null;
  const [search, setSearch] = useState("");
  const [fiscalYear, setFiscalYear] = useState<number | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: "departmentName",
    desc: false,
  });
  const datasets = useQuery(trpc.datasets.list.queryOptions({ limit: 500 }));
  const users = useQuery({ ...trpc.users.list.queryOptions(), retry: false });
  const evaluations = useQueries({
    queries: (datasets.data ?? []).map((d) =>
      trpc.evaluations.list.queryOptions({ datasetId: d.id }),
    ),
  });
  const names = useMemo(
    () => new Map((users.data ?? []).map((u) => [u.id, u.name || u.email])),
    [users.data],
  );
  const rows: OverviewRow[] = useMemo(
    () =>
      (datasets.data ?? []).map((d, i) => {
        const latest = evaluations[i]?.data?.[0];
        return {
          id: d.id,
          departmentName: d.departmentName,
          fiscalYear: d.fiscalYear,
          status: d.status,
          score: latest?.totalScore ?? null,
          grade: latest?.grade ?? null,
          provisional: latest?.provisional ?? false,
          findings: latest?.findingCounts ?? null,
          updatedAt: d.updatedAt,
          updatedBy: names.get(d.updatedBy) ?? d.updatedBy,
        };
      }),
    [datasets.data, evaluations, names],
  );
  const shown = useMemo(
    () => queryRows(rows, { search, status, fiscalYear, sort }),
    [rows, search, status, fiscalYear, sort],
  );
  const years = [...new Set(rows.map((r) => r.fiscalYear))].sort((a, b) => b - a);
  const bars = useMemo(
    () =>
      shown.flatMap((r) =>
        r.score === null ? [] : [{ name: `${r.departmentName} ${r.fiscalYear}`, score: r.score }],
      ),
    [shown],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  if (datasets.isPending) return <PageLoading />;
  if (datasets.error)
    return <ErrorView error={datasets.error} onRetry={() => void datasets.refetch()} />;

  const toggleSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, desc: !s.desc }
        : { key, desc: key === "score" || key === "updatedAt" },
    );

  return (
    <Space orientation="vertical" style={{ width: "100%" }} size={12}>
      <Card size="small" title={`部门 × 年度（${shown.length} / ${rows.length}）`}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Input.Search
            allowClear
            placeholder="搜索部门、年度、状态或等级"
            style={{ width: 280 }}
            onChange={(e) => setSearch(e.target.value)}
            aria-label="搜索"
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 120 }}
            value={status ?? undefined}
            onChange={(v?: DatasetStatus) =>
              setParams((p) => {
                const next = new URLSearchParams(p);
                if (v) next.set("status", v);
                else next.delete("status");
                return next;
              })
            }
            options={(Object.keys(STATUS_LABELS) as DatasetStatus[]).map((s) => ({
              value: s,
              label: STATUS_LABELS[s],
            }))}
          />
          <Select
            allowClear
            placeholder="年度"
            style={{ width: 110 }}
            value={fiscalYear ?? undefined}
            onChange={(v?: number) => setFiscalYear(v ?? null)}
            options={years.map((y) => ({ value: y, label: `${y}年` }))}
          />
        </Space>
        <div className="overview-table">
          <div className="overview-head" style={{ gridTemplateColumns: TEMPLATE }}>
            {COLUMNS.map((c) => (
              <div key={c.key}>
                {c.key === "findings" || c.key === "updatedBy" ? (
                  c.label
                ) : (
                  <button type="button" onClick={() => toggleSort(c.key as SortKey)}>
                    {c.label}
                    {sort.key === c.key ? (sort.desc ? " ▼" : " ▲") : ""}
                  </button>
                )}
              </div>
            ))}
          </div>
          {shown.length === 0 ? (
            <Empty description="没有符合条件的数据" />
          ) : (
            <div
              ref={scroller}
              style={{ maxHeight: 520, overflow: "auto" }}
              data-testid="overview-rows"
            >
              <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const row = shown[item.index] as OverviewRow;
                  return (
                    <Link
                      to={`/datasets/${row.id}`}
                      key={row.id}
                      className="overview-row"
                      data-dataset={row.id}
                      style={{
                        gridTemplateColumns: TEMPLATE,
                        position: "absolute",
                        top: 0,
                        left: 0,
                        right: 0,
                        height: ROW_HEIGHT,
                        transform: `translateY(${item.start}px)`,
                      }}
                    >
                      <div>{row.departmentName}</div>
                      <div>{row.fiscalYear}</div>
                      <div>
                        <Tag color={STATUS_COLORS[row.status]}>{STATUS_LABELS[row.status]}</Tag>
                      </div>
                      <div className="num">{scoreText(row)}</div>
                      <div>
                        {row.findings ? (
                          <Space size={4}>
                            <Tag color="red">{row.findings.error}</Tag>
                            <Tag color="orange">{row.findings.warning}</Tag>
                            <Tag color="blue">{row.findings.info}</Tag>
                          </Space>
                        ) : (
                          <Typography.Text type="secondary">未评价</Typography.Text>
                        )}
                      </div>
                      <div>{localTime(row.updatedAt)}</div>
                      <div>{row.updatedBy}</div>
                    </Link>
                  );
                })}
              </div>
            </div>
          )}
        </div>
      </Card>
      <Card size="small" title="各部门总分">
        {bars.length === 0 ? (
          <Empty description="尚无评分" />
        ) : (
          <Suspense fallback={<PageLoading />}>
            <ScoreChart bars={bars} />
          </Suspense>
        )}
      </Card>
    </Space>
  );
}

export default OverviewPage;
